#pragma once

#include "core/metrics/querybudget.h"

class QSettings;

namespace dbpulse {

/// \brief The user's performance budgets: the four class budgets, per-statement class overrides
/// (by queryid) and how many intervals in a row a p95 must break its budget before an alert.
/// Persisted in QSettings (group "budgets"). Value type, any thread.
struct BudgetSettings
{
    QueryBudget budget;
    int alertIntervals = 3;

    /// Reads \a settings; missing or invalid values keep their defaults.
    static BudgetSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace dbpulse
