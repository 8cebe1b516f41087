#pragma once

#include "core/metrics/budgetsettings.h"

#include <QDialog>
#include <QMap>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace dbpulse {

class ServerRegistry;

/// \brief Edits the performance budgets: one p95 budget per query class and how many intervals
/// in a row a statement must break its budget before the alert. Per-statement class overrides are
/// kept (they are set from the Queries page); the dialog only shows how many there are. GUI thread.
class BudgetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BudgetDialog(const BudgetSettings &settings, QWidget *parent = nullptr);
    /// Opens the dialog (window-modal) on the budget settings of \a servers; accepting applies and saves them.
    static void edit(ServerRegistry *servers, QWidget *parent);

    /// The edited settings (the overrides as given).
    BudgetSettings settings() const;
    void setBudgetMs(QueryBudget::QueryClass queryClass, double ms);
    void setAlertIntervals(int intervals);

private:
    BudgetSettings m_settings;
    QMap<QueryBudget::QueryClass, QDoubleSpinBox *> m_budgets;
    QSpinBox *m_intervals;
};

} // namespace dbpulse
