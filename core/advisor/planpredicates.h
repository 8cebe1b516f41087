#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief A column restriction an index could serve, taken from a plan's Filter. Value type.
struct ColumnPredicate
{
    enum class Op { Equality, In, Range };
    QString column;  ///< raw column name (unquoted)
    Op op = Op::Equality;
    bool operator==(const ColumnPredicate &o) const { return column == o.column && op == o.op; }
};

/// \brief A sequential scan in an EXPLAIN (FORMAT JSON, VERBOSE) plan, or an index scan that may
/// read its whole index (see indexScans()). Value type.
struct SeqScanNode
{
    QString schema, relation, alias;
    /// An Index Scan or Index Only Scan: the index it walks; empty for a sequential scan. Its
    /// predicates come from both its Index Cond and its Filter.
    QString indexName;
    double planRows = 0;
    int parallelWorkers = 0;       ///< from the Gather above it; plan rows are per process then
    QString filter;
    QList<ColumnPredicate> predicates;
    /// Equality join keys on this relation, from the Hash/Merge Cond or Join Filter of joins above it.
    QList<ColumnPredicate> joinPredicates;
    /// ORDER BY columns of a Sort above this scan when the scan is the only relation it sorts.
    QStringList sortColumns;
};

/// Splits the top-level AND of a Filter and keeps the conjuncts "col OP value" on \a alias (each read by
/// PostgreSQL's parser, libpg_query) where OP is
/// =, = ANY, <, <=, >, >= and value does not mention \a alias. ORs, expressions on the column and
/// LIKE are left out: an index on the plain column would not serve them. Any thread.
QList<ColumnPredicate> parseFilter(const QString &filter, const QString &alias);

/// Every Seq Scan (parallel or not) in a plan, with its predicates, join keys and sort columns.
/// \a plan is the element of the EXPLAIN JSON array. Any thread.
QList<SeqScanNode> seqScans(const QJsonObject &plan);

/// Every Index Scan and Index Only Scan in a plan, with the column predicates of its Index Cond and
/// Filter, join keys and sort columns as for seqScans(). When none of them is on the index's first
/// key, the scan reads the whole index (a btree evaluates conditions on later keys inside the
/// index, or the scan walks it only for its order): the caller, which knows the index, tells.
/// Any thread.
QList<SeqScanNode> indexScans(const QJsonObject &plan);

/// The plain columns of \a alias at the start of a Sort Key list ("o.at DESC", …), up to the first
/// key that is an expression or another relation's column. Any thread.
QStringList parseSortKeys(const QStringList &keys, const QString &alias);

/// "Total Cost" of the top plan node of the EXPLAIN JSON array element.
double planTotalCost(const QJsonObject &plan);

/// Names of all indexes the plan uses ("Index Name").
QStringList planIndexNames(const QJsonObject &plan);

} // namespace dbpulse
