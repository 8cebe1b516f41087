#pragma once

#include "core/metrics/metricssample.h"

#include <QHash>
#include <QString>

namespace dbpulse {

/// \brief Performance budgets by query class (simple 10 ms, complex 100 ms, analytics 1 s,
/// bulk 5 s by default), with the class of a statement inferred from its text. Value type, any thread.
class QueryBudget
{
public:
    enum class QueryClass { Simple, Complex, Analytics, Bulk };

    QueryBudget();

    /// Infers the class from the statement's shape: bulk (COPY, INSERT … SELECT, multi-row VALUES,
    /// UPDATE/DELETE without WHERE, maintenance), analytics (GROUP BY, window functions, aggregates,
    /// WITH RECURSIVE), complex (joins, subqueries, set operations), otherwise simple.
    static QueryClass classify(const QString &queryText);
    static QString className(QueryClass queryClass);

    double budgetMs(QueryClass queryClass) const { return m_budgets.value(queryClass); }
    void setBudgetMs(QueryClass queryClass, double ms) { m_budgets[queryClass] = ms; }

    /// The statements of \a statements whose estimated p95 exceeds their class's budget;
    /// \a classes maps queryid to class (statements without a known class are skipped).
    QList<BudgetBreach> breaches(const QList<StatementInterval> &statements,
                                 const QHash<qint64, QueryClass> &classes) const;

private:
    QHash<QueryClass, double> m_budgets;
};

} // namespace dbpulse
