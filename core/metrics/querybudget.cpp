#include "core/metrics/querybudget.h"

#include <algorithm>
#include <limits>

#include "core/sql/statementshape.h"

namespace dbpulse {

QueryBudget::QueryBudget()
{
    m_budgets = {{QueryClass::Simple, 10.0},
                 {QueryClass::Complex, 100.0},
                 {QueryClass::Analytics, 1000.0},
                 {QueryClass::Bulk, 5000.0}};
}

QueryBudget::QueryClass QueryBudget::classify(const QString &queryText)
{
    // The heaviest thing the statement does decides: an INSERT … SELECT with a GROUP BY is a load.
    const StatementShape shape = statementShape(queryText);
    if (shape.bulk)
        return QueryClass::Bulk;
    if (shape.analytics)
        return QueryClass::Analytics;
    if (shape.complex)
        return QueryClass::Complex;
    return QueryClass::Simple;
}

QString QueryBudget::className(QueryClass queryClass)
{
    switch (queryClass) {
    case QueryClass::Simple:
        return QStringLiteral("simple");
    case QueryClass::Complex:
        return QStringLiteral("complex");
    case QueryClass::Analytics:
        return QStringLiteral("analytics");
    case QueryClass::Bulk:
        return QStringLiteral("bulk");
    }
    return {};
}

std::optional<QueryBudget::QueryClass> QueryBudget::classFromName(const QString &name)
{
    for (QueryClass c : allClasses()) {
        if (className(c) == name)
            return c;
    }
    return std::nullopt;
}

QList<QueryBudget::QueryClass> QueryBudget::allClasses()
{
    return {QueryClass::Simple, QueryClass::Complex, QueryClass::Analytics, QueryClass::Bulk};
}

void QueryBudget::setClassOverride(qint64 queryId, std::optional<QueryClass> queryClass)
{
    if (queryClass)
        m_overrides.insert(queryId, *queryClass);
    else
        m_overrides.remove(queryId);
}

std::optional<QueryBudget::QueryClass> QueryBudget::classOverride(qint64 queryId) const
{
    const auto it = m_overrides.constFind(queryId);
    return it != m_overrides.cend() ? std::optional<QueryClass>(*it) : std::nullopt;
}

double QueryBudget::lowestBudgetMs() const
{
    double lowest = std::numeric_limits<double>::infinity();
    for (QueryClass queryClass : allClasses())
        lowest = std::min(lowest, budgetMs(queryClass));
    return lowest;
}

QList<BudgetBreach> QueryBudget::breaches(const QList<StatementInterval> &statements,
                                          const QHash<qint64, QueryClass> &classes) const
{
    QList<BudgetBreach> result;
    for (const StatementInterval &s : statements) {
        if (s.calls <= 0)
            continue;
        std::optional<QueryClass> queryClass = classOverride(s.queryId);
        if (!queryClass) {
            const auto it = classes.constFind(s.queryId);
            if (it == classes.cend())
                continue;
            queryClass = *it;
        }
        const double budget = budgetMs(*queryClass);
        if (s.p95Ms > budget)
            result << BudgetBreach{s.queryId, className(*queryClass), budget, s.p95Ms, s.calls};
    }
    return result;
}

} // namespace dbpulse
