#pragma once

#include "core/advisor/explainparameters.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace dbpulse {

/// \brief One row per $n of a normalised statement: its type, a value, and a NULL box. Typing a
/// value clears NULL; ticking NULL clears the value, so an empty value ('') stays expressible.
/// Hidden when the statement has no parameters. GUI thread.
class PlanParametersForm : public QWidget
{
    Q_OBJECT
public:
    explicit PlanParametersForm(QWidget *parent = nullptr);

    /// Rebuilds the rows: numbers, types (empty: not known yet) and values (null: NULL).
    void setParameters(const QList<ExplainParameter> &parameters);
    /// Updates the type shown for each $n without touching what was typed.
    void setTypes(const QList<ExplainParameter> &described);
    /// The rows as they stand: values typed, null where NULL is ticked.
    QList<ExplainParameter> parameters() const;
    /// values()[i] is $(i+1)'s value, null for NULL: what explainStatement() takes.
    QStringList values() const;
    /// Fills $n's row (a test's, or a person's typing); a null \a value ticks NULL.
    void setValue(int number, const QString &value);
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    /// A value or a NULL box changed (not when rows are rebuilt).
    void edited();

private:
    struct Row
    {
        ExplainParameter parameter;
        QLabel *name = nullptr;
        QLabel *type = nullptr;
        QLineEdit *value = nullptr;
        QCheckBox *null = nullptr;
    };
    static QString typeText(const ExplainParameter &parameter);

    QLabel *m_heading;
    QScrollArea *m_scroll;
    QWidget *m_rowsWidget;
    QGridLayout *m_grid;
    QList<Row> m_rows;
};

} // namespace dbpulse
