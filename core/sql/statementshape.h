#pragma once

#include <QString>

namespace dbpulse {

/// \brief What a statement does that costs time, read from PostgreSQL's parse tree: the facts the
/// query classes of the performance budgets (core/metrics/querybudget.h) are made of.
struct StatementShape
{
    /// Read from the parse tree. False when the parser refused the text (cut short, or grammar
    /// newer than PostgreSQL 15's): then the facts come from its keywords (see statementShape()).
    bool parsed = false;
    /// Moves or rewrites many rows: COPY, VACUUM, ANALYZE, CLUSTER, REINDEX, CREATE INDEX,
    /// REFRESH MATERIALIZED VIEW, CREATE TABLE/MATERIALIZED VIEW … AS, SELECT … INTO,
    /// INSERT … SELECT … FROM, INSERT with 10 or more VALUES rows, UPDATE/DELETE without WHERE.
    bool bulk = false;
    /// Aggregates: GROUP BY (also GROUPING SETS, ROLLUP, CUBE), HAVING, window functions, WITH
    /// RECURSIVE, a call of a built-in aggregate (count, sum …) or of any function with an
    /// aggregate's syntax (DISTINCT, ORDER BY or FILTER in the call, WITHIN GROUP).
    bool analytics = false;
    /// Reads more than one relation: joins (also UPDATE … FROM, DELETE … USING, MERGE), set
    /// operations, sublinks (subqueries, EXISTS, IN (SELECT …)), subqueries in FROM, CTEs, more
    /// than one FROM item.
    bool complex = false;
};

/// The shape of \a sql, one statement or several (their facts combined). Only the first
/// shapeTextLimit characters are read; a longer text is read as if cut there.
///
/// When the parser refuses the text, the keywords PostgreSQL's scanner finds stand in (strings,
/// comments and "quoted names" still never count): bulk when it starts with one of the bulk
/// commands, is an INSERT with SELECT or with 10 rows visible, or an UPDATE/DELETE with no WHERE
/// visible (a text cut before its WHERE reads as bulk); analytics on GROUP BY, HAVING, OVER,
/// WITHIN GROUP, RECURSIVE, GROUPING, ROLLUP, CUBE or a built-in aggregate's call; complex on
/// JOIN, UNION, INTERSECT, EXCEPT, EXISTS, WITH, "(SELECT" or a comma between FROM items.
/// Tens of microseconds for a typical statement, about a millisecond at the limit (bench/querybudget). Any thread.
StatementShape statementShape(const QString &sql);

/// Characters of a statement's text statementShape() reads. A longer one (a load of many VALUES
/// rows, an IN list of thousands) is read as if cut here, so by its keywords; the parse tree of
/// 8 Ki characters costs about a millisecond, of 64 Ki tens of milliseconds (bench/README.md).
constexpr int shapeTextLimit = 8192;

} // namespace dbpulse
