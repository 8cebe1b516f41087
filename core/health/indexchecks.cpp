// Index checks: unused and duplicate indexes.
// TODO(advisor): when core/advisor's IndexAdvisor is stable, take unused/duplicate/redundant
// findings from it instead of these two focused catalog queries.
#include "core/health/checkcontext.h"

namespace dbpulse {

namespace {

void unusedIndexes(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    // Indexes behind constraints (primary key, unique, exclusion) are needed even if never
    // scanned; the counters only mean something since the last statistics reset.
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT s.schemaname, s.indexrelname, s.relname, pg_relation_size(s.indexrelid)::float8,"
        " (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database())"
        " FROM pg_stat_user_indexes s JOIN pg_index i ON i.indexrelid = s.indexrelid"
        " WHERE s.idx_scan = 0 AND i.indisvalid AND NOT i.indisunique AND NOT i.indisprimary"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = s.indexrelid)"
        " AND pg_relation_size(s.indexrelid) >= $1"
        " ORDER BY 4 DESC LIMIT 50"),
        {QString::number(qint64(t.unusedIndexMinBytes))});
    for (const QVariantList &row : r.rows) {
        const QString index = ctx.qualified(row.at(0).toString(), row.at(1).toString());
        const QString since = row.at(4).toString().isEmpty() ? QStringLiteral("since statistics began")
                                                             : QStringLiteral("since %1").arg(row.at(4).toString());
        ctx.add(Severity::Info, index,
                QStringLiteral("never scanned %1 (%2 on %3): it slows every write; check replicas before dropping")
                    .arg(since, formatBytes(row.at(3).toDouble()), row.at(2).toString()),
                QStringLiteral("0 scans"), QStringLiteral("> 0 scans"),
                QStringLiteral("DROP INDEX CONCURRENTLY %1;").arg(index));
    }
}

void duplicateIndexes(CheckContext &ctx)
{
    // Same table, columns/expressions, operator classes, collations and predicate: one of them
    // is pure write cost. Keep the one behind a constraint, else the oldest (lowest oid).
    const QueryResult r = ctx.query(QStringLiteral(
        "WITH idx AS ("
        " SELECT i.indexrelid, i.indrelid, i.indisunique OR i.indisprimary"
        "   OR EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) AS needed,"
        "  (i.indrelid, i.indkey::text, i.indclass::text, i.indcollation::text,"
        "   coalesce(pg_get_expr(i.indexprs, i.indrelid), ''), coalesce(pg_get_expr(i.indpred, i.indrelid), ''))::text AS shape"
        " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%')"
        " SELECT kn.nspname, k.relname, dn.nspname, d.relname, t.relname, pg_relation_size(dup.indexrelid)::float8"
        " FROM idx keep JOIN idx dup ON dup.shape = keep.shape AND dup.indexrelid <> keep.indexrelid"
        "  AND NOT dup.needed AND (keep.needed OR keep.indexrelid < dup.indexrelid)"
        " JOIN pg_class k ON k.oid = keep.indexrelid JOIN pg_namespace kn ON kn.oid = k.relnamespace"
        " JOIN pg_class d ON d.oid = dup.indexrelid JOIN pg_namespace dn ON dn.oid = d.relnamespace"
        " JOIN pg_class t ON t.oid = dup.indrelid"
        " WHERE NOT EXISTS (SELECT 1 FROM idx k2 WHERE k2.shape = keep.shape AND k2.indexrelid <> keep.indexrelid"
        "  AND (k2.needed AND NOT keep.needed OR k2.needed = keep.needed AND k2.indexrelid < keep.indexrelid))"
        " ORDER BY 3, 4 LIMIT 50"));
    for (const QVariantList &row : r.rows) {
        const QString dup = ctx.qualified(row.at(2).toString(), row.at(3).toString());
        ctx.add(Severity::Warning, dup,
                QStringLiteral("duplicates %1 on %2 (same columns, operator classes and predicate); %3 of write "
                               "cost for nothing")
                    .arg(ctx.qualified(row.at(0).toString(), row.at(1).toString()), row.at(4).toString(),
                         formatBytes(row.at(5).toDouble())),
                formatBytes(row.at(5).toDouble()), QString(),
                QStringLiteral("DROP INDEX CONCURRENTLY %1;").arg(dup));
    }
}

} // namespace

void addIndexChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("unused_indexes"), QStringLiteral("Unused indexes"), unusedIndexes}
           << HealthCheck{QStringLiteral("duplicate_indexes"), QStringLiteral("Duplicate indexes"), duplicateIndexes};
}

} // namespace dbpulse
