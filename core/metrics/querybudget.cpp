#include "core/metrics/querybudget.h"

#include <algorithm>
#include <limits>

#include <QRegularExpression>

namespace dbpulse {

namespace {

QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

QueryBudget::QueryBudget()
{
    m_budgets = {{QueryClass::Simple, 10.0},
                 {QueryClass::Complex, 100.0},
                 {QueryClass::Analytics, 1000.0},
                 {QueryClass::Bulk, 5000.0}};
}

QueryBudget::QueryClass QueryBudget::classify(const QString &queryText)
{
    // Only the shape matters; a megabyte literal list says "bulk" within the first few KB.
    const QString q = queryText.left(8192).simplified();
    static const QRegularExpression bulkStart = words(
        "^(?:/\\*.*?\\*/\\s*)*(copy|vacuum|analyze|cluster|reindex|create\\s+(unique\\s+)?index|refresh\\s+materialized|create\\s+table\\s+\\S+\\s+as|select\\s.*\\binto\\s+(temp|temporary|unlogged|table)?\\b)");
    static const QRegularExpression insertSelect = words("^(?:/\\*.*?\\*/\\s*)*insert\\s+into\\s.*?\\bselect\\b");
    static const QRegularExpression multiValues = words("\\)\\s*,\\s*\\(");
    static const QRegularExpression insertStart = words("^(?:/\\*.*?\\*/\\s*)*insert\\b");
    static const QRegularExpression writeNoWhere = words("^(?:/\\*.*?\\*/\\s*)*(update|delete)\\b(?!.*\\bwhere\\b)");
    static const QRegularExpression analytic = words(
        "\\bgroup\\s+by\\b|\\bover\\s*\\(|\\bwith\\s+recursive\\b|\\b(count|sum|avg|min|max|stddev|variance|percentile_cont|percentile_disc|string_agg|array_agg|json_agg)\\s*\\(|\\bgrouping\\s+sets\\b|\\brollup\\b|\\bcube\\s*\\(");
    static const QRegularExpression complex = words(
        "\\bjoin\\b|\\bunion\\b|\\bintersect\\b|\\bexcept\\b|\\(\\s*select\\b|\\bexists\\s*\\(|\\bwith\\b|\\bfrom\\s+[^()]*?,");

    if (bulkStart.match(q).hasMatch() || insertSelect.match(q).hasMatch() || writeNoWhere.match(q).hasMatch())
        return QueryClass::Bulk;
    if (insertStart.match(q).hasMatch() && q.count(multiValues) >= 9)
        return QueryClass::Bulk;
    if (analytic.match(q).hasMatch())
        return QueryClass::Analytics;
    if (complex.match(q).hasMatch())
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
