// Maintenance checks: cache hit ratios, dead tuples, autovacuum lag, transaction ID wraparound.
#include "core/health/checkcontext.h"
#include "core/io/datasize.h"

#include <QCoreApplication>

namespace dbpulse {

namespace {

void cacheHit(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT (SELECT coalesce(sum(heap_blks_hit), 0)::float8 FROM pg_statio_user_tables),"
        " (SELECT coalesce(sum(heap_blks_read), 0)::float8 FROM pg_statio_user_tables),"
        " (SELECT coalesce(sum(idx_blks_hit), 0)::float8 FROM pg_statio_user_indexes),"
        " (SELECT coalesce(sum(idx_blks_read), 0)::float8 FROM pg_statio_user_indexes)"));
    const QVariantList row = r.rows.at(0);
    QStringList okParts;
    const auto judge = [&](const QString &what, bool tables, double hit, double read, double limit) {
        const double total = hit + read;
        if (total < t.cacheMinBlocks) {
            okParts << (tables ? QCoreApplication::translate("Doctor", "tables: too few blocks read to judge (%1 < %2)")
                               : QCoreApplication::translate("Doctor", "indexes: too few blocks read to judge (%1 < %2)"))
                           .arg(total).arg(t.cacheMinBlocks);
            return;
        }
        const double pct = 100.0 * hit / total;
        if (pct >= limit) {
            okParts << (tables ? QCoreApplication::translate("Doctor", "tables %1") : QCoreApplication::translate("Doctor", "indexes %1")).arg(formatPercent(pct));
            return;
        }
        ctx.add(Severity::Warning, QStringLiteral("%1 of database %2").arg(what, ctx.facts().database),
                (tables ? QCoreApplication::translate("Doctor", "tables cache hit ratio %1 over %2 blocks is below %3: reads go to disk")
                        : QCoreApplication::translate("Doctor", "indexes cache hit ratio %1 over %2 blocks is below %3: reads go to disk"))
                    .arg(formatPercent(pct)).arg(total).arg(formatPercent(limit)),
                formatPercent(pct), formatPercent(limit),
                QCoreApplication::translate("Doctor", "-- raise shared_buffers (needs a restart) or find the scans behind it:\n"
                               "SELECT relname, heap_blks_read FROM pg_statio_user_tables ORDER BY 2 DESC LIMIT 10;"));
    };
    judge(QStringLiteral("tables"), true, row.at(0).toDouble(), row.at(1).toDouble(), t.tableHitWarningPct);
    judge(QStringLiteral("indexes"), false, row.at(2).toDouble(), row.at(3).toDouble(), t.indexHitWarningPct);
    ctx.setOkDetail(okParts.join(QStringLiteral("; ")));
}

void deadTuples(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT schemaname, relname, n_dead_tup, n_live_tup,"
        " 100.0 * n_dead_tup / greatest(n_live_tup + n_dead_tup, 1) AS dead_pct,"
        " pg_total_relation_size(relid)::float8"
        " FROM pg_stat_user_tables"
        " WHERE n_dead_tup >= $1 AND 100.0 * n_dead_tup / greatest(n_live_tup + n_dead_tup, 1) > $2"
        " ORDER BY n_dead_tup DESC LIMIT 50"),
        {QString::number(qint64(t.deadTupleMinRows)), QString::number(t.deadTupleWarningPct)});
    for (const QVariantList &row : r.rows) {
        const double pct = row.at(4).toDouble();
        const QString table = ctx.qualified(row.at(0).toString(), row.at(1).toString());
        ctx.add(pct > t.deadTupleCriticalPct ? Severity::Critical : Severity::Warning, table,
                QCoreApplication::translate("Doctor", "%1 dead rows against %2 live (%3 dead, table %4): scans read the dead rows and the "
                               "table stays bloated until VACUUM")
                    .arg(row.at(2).toString(), row.at(3).toString(), formatPercent(pct), formatDataSize(qint64(row.at(5).toDouble()))),
                formatPercent(pct), formatPercent(t.deadTupleWarningPct),
                QStringLiteral("VACUUM (ANALYZE, VERBOSE) %1;").arg(table), MaintenanceAction::vacuumAnalyze(table));
    }
}

void autovacuumLag(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    // A table is lagging when its dead rows passed autovacuum's own trigger (per-table settings
    // win over the global ones) and autovacuum has not been there for a while — or cannot come,
    // because it is switched off for the table or for the server.
    const QueryResult r = ctx.query(QStringLiteral(
        "WITH s AS ("
        " SELECT st.schemaname, st.relname, st.n_dead_tup,"
        "  coalesce((SELECT option_value FROM pg_options_to_table(c.reloptions) WHERE option_name = 'autovacuum_vacuum_threshold'),"
        "   current_setting('autovacuum_vacuum_threshold'))::float8"
        "  + coalesce((SELECT option_value FROM pg_options_to_table(c.reloptions) WHERE option_name = 'autovacuum_vacuum_scale_factor'),"
        "   current_setting('autovacuum_vacuum_scale_factor'))::float8 * greatest(c.reltuples, 0) AS trigger_at,"
        "  coalesce((SELECT option_value FROM pg_options_to_table(c.reloptions) WHERE option_name = 'autovacuum_enabled'),"
        "   'on')::bool AND current_setting('autovacuum')::bool AS enabled,"
        "  extract(epoch FROM now() - greatest(st.last_autovacuum, st.last_vacuum))::float8 AS since_s"
        " FROM pg_stat_user_tables st JOIN pg_class c ON c.oid = st.relid)"
        " SELECT schemaname, relname, n_dead_tup, trigger_at, enabled, since_s FROM s"
        " WHERE n_dead_tup > trigger_at AND (NOT enabled OR since_s IS NULL OR since_s > $1)"
        " ORDER BY n_dead_tup DESC LIMIT 50"),
        {QString::number(t.autovacuumLagHours * 3600)});
    for (const QVariantList &row : r.rows) {
        const QString table = ctx.qualified(row.at(0).toString(), row.at(1).toString());
        const bool enabled = row.at(4).toString() == QLatin1String("t");
        const QString since = row.at(5).toString().isEmpty() ? QCoreApplication::translate("Doctor", "never vacuumed")
                                                             : QCoreApplication::translate("Doctor", "last vacuum %1 ago").arg(formatSeconds(row.at(5).toDouble()));
        ctx.add(Severity::Warning, table,
                QCoreApplication::translate("Doctor", "%1 dead rows, past the autovacuum trigger of %2; %3%4")
                    .arg(row.at(2).toString()).arg(qRound64(row.at(3).toDouble())).arg(since,
                         enabled ? QString() : QCoreApplication::translate("Doctor", "; autovacuum is disabled for this table")),
                row.at(2).toString(), QString::number(qRound64(row.at(3).toDouble())),
                enabled ? QStringLiteral("VACUUM (ANALYZE) %1;").arg(table)
                        : QStringLiteral("VACUUM (ANALYZE) %1;\nALTER TABLE %1 RESET (autovacuum_enabled);").arg(table),
                MaintenanceAction::vacuumAnalyze(table));
    }
}

void xidWraparound(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    // Wraparound stops writes at about 2^31 transactions of age; the thresholds are shares of it.
    constexpr double limit = 2147483648.0;
    const auto severityOf = [&](double age) {
        const double pct = 100.0 * age / limit;
        return pct > t.xidCriticalPct ? Severity::Critical : pct > t.xidWarningPct ? Severity::Warning : Severity::Ok;
    };
    // Every database, template0 too: one that cannot be connected to still stops the cluster.
    const QueryResult dbs = ctx.query(QStringLiteral(
        "SELECT datname, age(datfrozenxid)::float8 FROM pg_database ORDER BY 2 DESC"));
    double oldest = 0;
    for (const QVariantList &row : dbs.rows) {
        const double age = row.at(1).toDouble();
        oldest = std::max(oldest, age);
        if (const Severity s = severityOf(age); s != Severity::Ok)
            ctx.add(s, QStringLiteral("database %1").arg(row.at(0).toString()),
                    QCoreApplication::translate("Doctor", "oldest unfrozen transaction ID is %1 transactions old (%2 of the wraparound limit)")
                        .arg(qRound64(age)).arg(formatPercent(100.0 * age / limit)),
                    formatPercent(100.0 * age / limit), formatPercent(t.xidWarningPct),
                    QCoreApplication::translate("Doctor", "-- in database %1, freeze the oldest tables first (see the table findings):\n"
                                   "VACUUM (FREEZE, VERBOSE);").arg(row.at(0).toString()));
    }
    const QueryResult tables = ctx.query(QStringLiteral(
        "SELECT n.nspname, c.relname, age(c.relfrozenxid)::float8 FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('r', 'm', 't') AND c.relfrozenxid <> '0'::xid"
        " AND age(c.relfrozenxid) > $1 ORDER BY 3 DESC LIMIT 20"),
        {QString::number(qint64(limit * t.xidWarningPct / 100))});
    for (const QVariantList &row : tables.rows) {
        const double age = row.at(2).toDouble();
        const QString table = ctx.qualified(row.at(0).toString(), row.at(1).toString());
        ctx.add(severityOf(age), table,
                QCoreApplication::translate("Doctor", "relfrozenxid is %1 transactions old (%2 of the wraparound limit)")
                    .arg(qRound64(age)).arg(formatPercent(100.0 * age / limit)),
                formatPercent(100.0 * age / limit), formatPercent(t.xidWarningPct),
                QStringLiteral("VACUUM (FREEZE, VERBOSE) %1;").arg(table));
    }
    ctx.setOkDetail(QCoreApplication::translate("Doctor", "oldest database is %1 of the way to wraparound").arg(formatPercent(100.0 * oldest / limit)),
                    formatPercent(100.0 * oldest / limit), formatPercent(t.xidWarningPct));
}

} // namespace

void addMaintenanceChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("cache_hit"), cacheHit}
           << HealthCheck{QStringLiteral("dead_tuples"), deadTuples}
           << HealthCheck{QStringLiteral("autovacuum_lag"), autovacuumLag}
           << HealthCheck{QStringLiteral("xid_wraparound"), xidWraparound};
}

} // namespace dbpulse
