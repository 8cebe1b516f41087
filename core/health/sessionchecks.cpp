// Session checks: connection use, idle-in-transaction sessions, long queries, lock chains.
#include "core/health/checkcontext.h"
#include "core/sql/sqlparser.h"

#include <QCoreApplication>

namespace dbpulse {

namespace {

// Findings are made to be shared: a statement's literals (a password in ALTER ROLE, personal
// data) are replaced by $n before the text is shortened, as pg_stat_statements shows it.
QString shownStatement(const QVariant &text, int maxChars)
{
    const QString normalized = normalizeSql(text.toString()).simplified();
    return normalized.size() > maxChars ? normalized.left(maxChars - 1) + QChar(0x2026) : normalized;
}

// Other sessions' state and query are NULL for a role without pg_read_all_stats: a check over
// them would report "all fine" while seeing nothing, so it says what it needs instead.
bool requireAllSessions(CheckContext &ctx)
{
    if (ctx.facts().seesAllSessions())
        return true;
    ctx.notChecked(QStringLiteral("pg_stat_activity"), NotChecked::Privilege,
                   QCoreApplication::translate("Doctor", "pg_read_all_stats to see other sessions (GRANT pg_monitor TO %1)")
                       .arg(ctx.quoteIdent(ctx.facts().user)));
    return false;
}

Severity bySeconds(double s, double warning, double critical)
{
    return s > critical ? Severity::Critical : s > warning ? Severity::Warning : Severity::Ok;
}

void connections(CheckContext &ctx)
{
    // Only client backends take max_connections slots (walsenders, autovacuum and background
    // workers have their own since PostgreSQL 12). Our own connection counts: it holds a slot.
    // Without pg_read_all_stats other sessions' backend_type reads NULL; a row with a database and
    // a user is then counted as a client (parallel workers are the only overcount).
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT count(*) FILTER (WHERE backend_type = 'client backend'"
        "  OR (backend_type IS NULL AND datid IS NOT NULL AND usesysid IS NOT NULL)),"
        " current_setting('max_connections')::int,"
        " current_setting('superuser_reserved_connections')::int"
        " FROM pg_stat_activity"));
    const double used = r.rows.at(0).at(0).toDouble();
    const double max = r.rows.at(0).at(1).toDouble();
    const double pct = max > 0 ? 100.0 * used / max : 0;
    const auto &t = ctx.thresholds();
    const Severity s = pct > t.connectionsCriticalPct ? Severity::Critical
                     : pct > t.connectionsWarningPct  ? Severity::Warning
                                                      : Severity::Ok;
    const QString value = QCoreApplication::translate("Doctor", "%1 of %2 (%3)").arg(used).arg(max).arg(formatPercent(pct));
    const QString threshold = QCoreApplication::translate("Doctor", "warning > %1, critical > %2")
                                  .arg(formatPercent(t.connectionsWarningPct), formatPercent(t.connectionsCriticalPct));
    if (s == Severity::Ok) {
        ctx.setOkDetail(QCoreApplication::translate("Doctor", "%1 of max_connections in use").arg(formatPercent(pct)), value, threshold);
        return;
    }
    ctx.add(s, QStringLiteral("max_connections"),
            QCoreApplication::translate("Doctor", "%1 client connections of %2 allowed (%3); new connections will soon be refused "
                           "(only %4 slots stay reserved for superusers)")
                .arg(used).arg(max).arg(formatPercent(pct)).arg(r.rows.at(0).at(2).toInt()),
            value, threshold,
            QCoreApplication::translate("Doctor", "-- find who holds them:\nSELECT usename, application_name, state, count(*) FROM pg_stat_activity"
                           " GROUP BY 1, 2, 3 ORDER BY 4 DESC;\n-- then use a connection pooler (PgBouncer) or raise max_connections"));
}

void idleInTransaction(CheckContext &ctx)
{
    if (!requireAllSessions(ctx))
        return;
    const auto &t = ctx.thresholds();
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT pid, usename, datname, application_name, state,"
        " extract(epoch FROM now() - state_change)::float8 AS idle_s,"
        " extract(epoch FROM now() - xact_start)::float8 AS xact_s, query,"
        " extract(epoch FROM backend_start)::text"
        " FROM pg_stat_activity"
        " WHERE state IN ('idle in transaction', 'idle in transaction (aborted)')"
        " AND pid <> pg_backend_pid() AND now() - state_change > make_interval(secs => $1)"
        " ORDER BY state_change LIMIT 50"),
        {QString::number(t.idleInTransactionWarningS)});
    for (const QVariantList &row : r.rows) {
        const double idle = row.at(5).toDouble();
        const QString pid = row.at(0).toString();
        ctx.add(bySeconds(idle, t.idleInTransactionWarningS, t.idleInTransactionCriticalS),
                QStringLiteral("pid %1 (%2@%3)").arg(pid, row.at(1).toString(), row.at(2).toString()),
                QCoreApplication::translate("Doctor", "%1 for %2 (transaction open %3); it holds its locks and its snapshot keeps "
                               "VACUUM from removing dead rows. Last statement: %4")
                    .arg(row.at(4).toString(), formatSeconds(idle), formatSeconds(row.at(6).toDouble()),
                         shownStatement(row.at(7), 200)),
                formatSeconds(idle), formatSeconds(t.idleInTransactionWarningS),
                QCoreApplication::translate("Doctor", "SELECT pg_terminate_backend(%1);\n-- and prevent it: "
                               "ALTER ROLE ... SET idle_in_transaction_session_timeout = '60s';").arg(pid),
                MaintenanceAction::signalBackend(pid.toInt(), row.at(8).toString(), true));
    }
}

void longQueries(CheckContext &ctx)
{
    if (!requireAllSessions(ctx))
        return;
    const auto &t = ctx.thresholds();
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT pid, usename, datname, extract(epoch FROM now() - query_start)::float8, query,"
        " wait_event_type, extract(epoch FROM backend_start)::text"
        " FROM pg_stat_activity"
        " WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
        " AND now() - query_start > make_interval(secs => $1)"
        " ORDER BY query_start LIMIT 50"),
        {QString::number(t.longQueryWarningS)});
    for (const QVariantList &row : r.rows) {
        const double secs = row.at(3).toDouble();
        const QString pid = row.at(0).toString();
        const QString waiting = row.at(5).toString();
        ctx.add(bySeconds(secs, t.longQueryWarningS, t.longQueryCriticalS),
                QStringLiteral("pid %1 (%2@%3)").arg(pid, row.at(1).toString(), row.at(2).toString()),
                QCoreApplication::translate("Doctor", "query running for %1%2: %3")
                    .arg(formatSeconds(secs),
                         waiting.isEmpty() ? QString() : QCoreApplication::translate("Doctor", " (waiting on %1)").arg(waiting),
                         shownStatement(row.at(4), 200)),
                formatSeconds(secs), formatSeconds(t.longQueryWarningS),
                QStringLiteral("SELECT pg_cancel_backend(%1);").arg(pid),
                MaintenanceAction::signalBackend(pid.toInt(), row.at(6).toString(), false));
    }
}

void blockingLocks(CheckContext &ctx)
{
    if (!requireAllSessions(ctx))
        return;
    const auto &t = ctx.thresholds();
    // One row per waiting session with the sessions that block it; the blocker's own state tells
    // whether it is itself waiting (a chain) or idle in a transaction (the usual root cause).
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT w.pid, w.usename, extract(epoch FROM now() - coalesce(l.waitstart, w.query_start))::float8,"
        " w.query, b.pid, b.usename, b.state, b.query,"
        " cardinality(pg_blocking_pids(b.pid)) > 0, extract(epoch FROM b.backend_start)::text"
        " FROM pg_stat_activity w"
        " CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)"
        " JOIN pg_stat_activity b ON b.pid = bp.pid"
        " LEFT JOIN LATERAL (SELECT min(waitstart) AS waitstart FROM pg_locks"
        "   WHERE pid = w.pid AND NOT granted) l ON true"
        " WHERE w.wait_event_type = 'Lock'"
        " ORDER BY 3 DESC LIMIT 50"));
    for (const QVariantList &row : r.rows) {
        const double secs = row.at(2).toDouble();
        const Severity s = bySeconds(secs, t.lockWaitWarningS, t.lockWaitCriticalS);
        if (s == Severity::Ok)
            continue;
        const QString blocker = row.at(4).toString();
        const bool chained = row.at(8).toString() == QLatin1String("t");
        ctx.add(s, QStringLiteral("pid %1 blocked by pid %2").arg(row.at(0).toString(), blocker),
                QCoreApplication::translate("Doctor", "pid %1 (%2) has waited %3 for a lock held by pid %4 (%5, %6%7): %8 ← %9")
                    .arg(row.at(0).toString(), row.at(1).toString(), formatSeconds(secs), blocker,
                         row.at(5).toString(), row.at(6).toString(),
                         chained ? QCoreApplication::translate("Doctor", ", itself blocked") : QString(),
                         shownStatement(row.at(3), 120), shownStatement(row.at(7), 120)),
                formatSeconds(secs), formatSeconds(t.lockWaitWarningS),
                QCoreApplication::translate("Doctor", "SELECT pg_cancel_backend(%1);  -- or, if it is idle in transaction:\n"
                               "SELECT pg_terminate_backend(%1);").arg(blocker),
                // An idle blocker has no query to cancel: only ending its session releases the locks.
                MaintenanceAction::signalBackend(blocker.toInt(), row.at(9).toString(),
                                                 row.at(6).toString().startsWith(QLatin1String("idle"))));
    }
}

} // namespace

void addSessionChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("connections"), connections}
           << HealthCheck{QStringLiteral("idle_in_transaction"), idleInTransaction}
           << HealthCheck{QStringLiteral("long_queries"), longQueries}
           << HealthCheck{QStringLiteral("blocking_locks"), blockingLocks};
}

} // namespace dbpulse
