#pragma once

#include "core/metrics/metricssample.h"

#include <QHash>
#include <QString>
#include <optional>

namespace dbpulse {

/// \brief Performance budgets by query class (simple 10 ms, complex 100 ms, analytics 1 s,
/// bulk 5 s by default), with the class of a statement inferred from its text. Value type, any thread.
class QueryBudget
{
public:
    enum class QueryClass { Simple, Complex, Analytics, Bulk };

    QueryBudget();

    /// Infers the class from the statement's parse tree (core/sql/statementshape.h): bulk (COPY,
    /// INSERT … SELECT, 10+ VALUES rows, UPDATE/DELETE without WHERE, maintenance), else analytics
    /// (GROUP BY, window functions, aggregates, WITH RECURSIVE), else complex (joins, subqueries,
    /// set operations, CTEs), otherwise simple. A text the parser refuses is read by its keywords.
    static QueryClass classify(const QString &queryText);
    static QString className(QueryClass queryClass);

    static std::optional<QueryClass> classFromName(const QString &name);
    static QList<QueryClass> allClasses();

    double budgetMs(QueryClass queryClass) const { return m_budgets.value(queryClass); }
    /// The smallest budget of any class: a statement slower than this may breach one.
    double lowestBudgetMs() const;
    void setBudgetMs(QueryClass queryClass, double ms) { m_budgets[queryClass] = ms; }

    /// A user's choice of class for one statement, used instead of the inferred one; nullopt
    /// goes back to inferring it.
    void setClassOverride(qint64 queryId, std::optional<QueryClass> queryClass);
    std::optional<QueryClass> classOverride(qint64 queryId) const;
    const QHash<qint64, QueryClass> &classOverrides() const { return m_overrides; }

    /// The statements of \a statements whose estimated p95 exceeds their class's budget; the
    /// class is the override, else \a classes' inferred one (statements with neither are skipped).
    QList<BudgetBreach> breaches(const QList<StatementInterval> &statements,
                                 const QHash<qint64, QueryClass> &classes) const;

private:
    QHash<QueryClass, double> m_budgets;
    QHash<qint64, QueryClass> m_overrides;
};

} // namespace dbpulse
