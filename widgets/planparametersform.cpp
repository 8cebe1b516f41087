#include "widgets/planparametersform.h"

#include "widgets/themedstyle.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace dbpulse {

PlanParametersForm::PlanParametersForm(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_rowsWidget(new QWidget)
    , m_grid(new QGridLayout(m_rowsWidget))
{
    setObjectName(QStringLiteral("planParameters"));
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Parameter values: bound as parameters, never pasted into the SQL; NULL where "
                          "ticked. Kept until DB Pulse closes."));
    setTextRole(m_heading, ThemeRole::SecondaryText);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(2, 1);
    m_scroll->setWidget(m_rowsWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_rowsWidget->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll);
    setVisible(false);
}

QString PlanParametersForm::typeText(const ExplainParameter &parameter)
{
    return parameter.type.isEmpty() ? tr("type not known yet") : parameter.type;
}

void PlanParametersForm::setParameters(const QList<ExplainParameter> &parameters)
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.name;
        delete row.type;
        delete row.value;
        delete row.null;
    }
    m_rows.clear();
    for (const ExplainParameter &p : parameters) {
        Row row;
        row.parameter = p;
        row.name = new QLabel(QStringLiteral("<b>$%1</b>").arg(p.number), m_rowsWidget);
        row.type = new QLabel(typeText(p), m_rowsWidget);
        setTextRole(row.type, ThemeRole::SecondaryText);
        row.value = new QLineEdit(m_rowsWidget);
        row.value->setObjectName(QStringLiteral("parameterValue%1").arg(p.number));
        row.value->setPlaceholderText(tr("NULL"));
        row.value->setText(p.value);
        row.null = new QCheckBox(tr("NULL"), m_rowsWidget);
        row.null->setObjectName(QStringLiteral("parameterNull%1").arg(p.number));
        row.null->setChecked(p.value.isNull());
        const int r = int(m_rows.size());
        m_grid->addWidget(row.name, r, 0);
        m_grid->addWidget(row.type, r, 1);
        m_grid->addWidget(row.value, r, 2);
        m_grid->addWidget(row.null, r, 3);
        QLineEdit *value = row.value;
        QCheckBox *null = row.null;
        connect(value, &QLineEdit::textEdited, this, [this, null] {
            null->setChecked(false);
            Q_EMIT edited();
        });
        connect(null, &QCheckBox::clicked, this, [this, value](bool checked) {
            if (checked)
                value->clear();
            Q_EMIT edited();
        });
        m_rows << row;
    }
    // As tall as the rows, up to about five: a statement with a long IN list has dozens, and they
    // scroll instead of pushing the plan away.
    const int rowHeight = m_rows.isEmpty() ? 0 : m_rows.first().value->sizeHint().height() + m_grid->verticalSpacing();
    m_scroll->setFixedHeight(std::min(m_rowsWidget->sizeHint().height(), rowHeight * 5));
    setVisible(!m_rows.isEmpty());
}

void PlanParametersForm::setTypes(const QList<ExplainParameter> &described)
{
    for (Row &row : m_rows) {
        for (const ExplainParameter &d : described) {
            if (d.number == row.parameter.number) {
                row.parameter.type = d.type;
                row.parameter.typeOid = d.typeOid;
                row.type->setText(typeText(row.parameter));
            }
        }
    }
}

QList<ExplainParameter> PlanParametersForm::parameters() const
{
    QList<ExplainParameter> out;
    for (const Row &row : m_rows) {
        ExplainParameter p = row.parameter;
        // Ticked NULL is SQL NULL; an empty, unticked value is the empty string.
        p.value = row.null->isChecked() ? QString() : (row.value->text().isNull() ? QStringLiteral("") : row.value->text());
        out << p;
    }
    return out;
}

QStringList PlanParametersForm::values() const
{
    QStringList out;
    for (const ExplainParameter &p : parameters())
        out << p.value;
    return out;
}

void PlanParametersForm::setValue(int number, const QString &value)
{
    for (Row &row : m_rows) {
        if (row.parameter.number != number)
            continue;
        const QSignalBlocker blockValue(row.value);
        const QSignalBlocker blockNull(row.null);
        row.value->setText(value);
        row.null->setChecked(value.isNull());
        Q_EMIT edited();
    }
}

} // namespace dbpulse
