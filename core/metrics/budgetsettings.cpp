#include "core/metrics/budgetsettings.h"

#include <QSettings>

namespace dbpulse {

namespace {
const QString group = QStringLiteral("budgets");
const QString intervalsKey = QStringLiteral("alertIntervals");
const QString overridesGroup = QStringLiteral("classOverrides");

QString budgetKey(QueryBudget::QueryClass c)
{
    return QueryBudget::className(c) + QStringLiteral("Ms");
}
} // namespace

BudgetSettings BudgetSettings::load(QSettings &settings)
{
    BudgetSettings s;
    settings.beginGroup(group);
    for (QueryBudget::QueryClass c : QueryBudget::allClasses()) {
        bool ok = false;
        const double ms = settings.value(budgetKey(c)).toDouble(&ok);
        if (ok && ms > 0)
            s.budget.setBudgetMs(c, ms);
    }
    bool ok = false;
    const int intervals = settings.value(intervalsKey).toInt(&ok);
    if (ok && intervals >= 1)
        s.alertIntervals = intervals;
    settings.beginGroup(overridesGroup);
    for (const QString &id : settings.childKeys()) {
        bool idOk = false;
        const qint64 queryId = id.toLongLong(&idOk);
        const std::optional<QueryBudget::QueryClass> c = QueryBudget::classFromName(settings.value(id).toString());
        if (idOk && c)
            s.budget.setClassOverride(queryId, c);
    }
    settings.endGroup();
    settings.endGroup();
    return s;
}

void BudgetSettings::save(QSettings &settings) const
{
    settings.beginGroup(group);
    for (QueryBudget::QueryClass c : QueryBudget::allClasses())
        settings.setValue(budgetKey(c), budget.budgetMs(c));
    settings.setValue(intervalsKey, alertIntervals);
    // Rewritten whole, so an override set back to "automatic" disappears.
    settings.remove(overridesGroup);
    settings.beginGroup(overridesGroup);
    for (auto it = budget.classOverrides().cbegin(); it != budget.classOverrides().cend(); ++it)
        settings.setValue(QString::number(it.key()), QueryBudget::className(it.value()));
    settings.endGroup();
    settings.endGroup();
}

} // namespace dbpulse
