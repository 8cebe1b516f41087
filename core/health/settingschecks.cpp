// Settings checks: pg_stat_statements, risky configuration, performance budgets per query class
// (on the estimated p95 of each statement).
#include "core/health/checkcontext.h"
#include "core/metrics/percentileestimator.h"
#include "core/metrics/querybudget.h"

namespace dbpulse {

namespace {

void statStatements(CheckContext &ctx)
{
    const PgFacts &f = ctx.facts();
    if (!f.statementsInstalled && !f.settingsReadable)
        ctx.add(Severity::Info, QStringLiteral("pg_stat_statements"),
                QStringLiteral("pg_stat_statements is not created in database %1 (whether it is loaded needs "
                               "pg_read_all_settings)").arg(f.database),
                QStringLiteral("not created"), QStringLiteral("created"),
                QStringLiteral("CREATE EXTENSION pg_stat_statements;  -- after adding it to shared_preload_libraries"));
    else if (!f.statementsLoaded)
        ctx.add(Severity::Info, QStringLiteral("pg_stat_statements"),
                QStringLiteral("pg_stat_statements is not loaded: no per-query statistics, no performance budgets"),
                QStringLiteral("not loaded"), QStringLiteral("loaded"),
                QStringLiteral("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements';  -- keep existing entries\n"
                               "-- restart the server, then:\nCREATE EXTENSION pg_stat_statements;"));
    else if (!f.statementsInstalled)
        ctx.add(Severity::Info, QStringLiteral("pg_stat_statements"),
                QStringLiteral("pg_stat_statements is loaded but not created in database %1").arg(f.database),
                QStringLiteral("not created"), QStringLiteral("created"),
                QStringLiteral("CREATE EXTENSION pg_stat_statements;"));
}

void settings(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT name, setting, unit FROM pg_settings WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit',"
        " 'shared_buffers', 'statement_timeout', 'idle_in_transaction_session_timeout', 'block_size')"));
    QHash<QString, QString> s;
    for (const QVariantList &row : r.rows)
        s.insert(row.at(0).toString(), row.at(1).toString());
    const auto off = [&](const char *name) { return s.value(QLatin1String(name)) == QLatin1String("off"); };
    if (off("fsync"))
        ctx.add(Severity::Info, QStringLiteral("fsync"),
                QStringLiteral("fsync is off: a crash or power loss can corrupt the whole cluster"),
                QStringLiteral("off"), QStringLiteral("on"), QStringLiteral("ALTER SYSTEM SET fsync = on;\nSELECT pg_reload_conf();"));
    if (off("full_page_writes"))
        ctx.add(Severity::Info, QStringLiteral("full_page_writes"),
                QStringLiteral("full_page_writes is off: torn pages after a crash cannot be repaired"),
                QStringLiteral("off"), QStringLiteral("on"),
                QStringLiteral("ALTER SYSTEM SET full_page_writes = on;\nSELECT pg_reload_conf();"));
    // shared_buffers is counted in blocks; the server's RAM is not visible over SQL, so the
    // comparison is with an absolute floor.
    const double sharedMB = s.value(QStringLiteral("shared_buffers")).toDouble() * s.value(QStringLiteral("block_size")).toDouble() / 1048576.0;
    if (sharedMB < t.sharedBuffersMinMB)
        ctx.add(Severity::Info, QStringLiteral("shared_buffers"),
                QStringLiteral("shared_buffers is %1 MB; most servers want about 25% of RAM").arg(qRound(sharedMB)),
                QStringLiteral("%1 MB").arg(qRound(sharedMB)), QStringLiteral("%1 MB").arg(t.sharedBuffersMinMB),
                QStringLiteral("ALTER SYSTEM SET shared_buffers = '1GB';  -- about 25% of RAM; needs a restart"));
    if (s.value(QStringLiteral("statement_timeout")) == QLatin1String("0"))
        ctx.add(Severity::Info, QStringLiteral("statement_timeout"),
                QStringLiteral("no statement_timeout: a runaway query can run (and hold locks) forever"),
                QStringLiteral("0"), QStringLiteral("> 0"),
                QStringLiteral("ALTER ROLE app_user SET statement_timeout = '30s';  -- per application role"));
    if (s.value(QStringLiteral("idle_in_transaction_session_timeout")) == QLatin1String("0"))
        ctx.add(Severity::Info, QStringLiteral("idle_in_transaction_session_timeout"),
                QStringLiteral("no idle_in_transaction_session_timeout: a forgotten transaction holds locks and blocks VACUUM"),
                QStringLiteral("0"), QStringLiteral("> 0"),
                QStringLiteral("ALTER SYSTEM SET idle_in_transaction_session_timeout = '5min';\nSELECT pg_reload_conf();"));
}

void queryBudgets(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    const PgFacts &f = ctx.facts();
    if (!f.statementsLoaded || !f.statementsInstalled) {
        ctx.notChecked(QStringLiteral("pg_stat_statements"), QStringLiteral("pg_stat_statements (see that check)"));
        return;
    }
    if (!f.seesAllSessions()) {
        // Without it other roles' texts read "<insufficient privilege>" and cannot be classified.
        ctx.notChecked(QStringLiteral("pg_stat_statements"),
                       QStringLiteral("pg_read_all_stats to read other roles' statements (GRANT pg_monitor TO %1)")
                           .arg(ctx.quoteIdent(f.user)));
        return;
    }
    QueryBudget budget;
    budget.setBudgetMs(QueryBudget::QueryClass::Simple, t.budgetSimpleMs);
    budget.setBudgetMs(QueryBudget::QueryClass::Complex, t.budgetComplexMs);
    budget.setBudgetMs(QueryBudget::QueryClass::Analytics, t.budgetAnalyticsMs);
    budget.setBudgetMs(QueryBudget::QueryClass::Bulk, t.budgetBulkMs);
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT s.queryid, s.calls, s.mean_exec_time, s.stddev_exec_time, s.min_exec_time, s.max_exec_time,"
        " left(s.query, 8192)"
        " FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid"
        " WHERE d.datname = current_database() AND s.calls >= $1 AND s.query NOT LIKE '/* dbpulse:%'"
        " ORDER BY s.total_exec_time DESC LIMIT 500"),
        {QString::number(qint64(t.budgetMinCalls))});
    // A budget is about the slow calls, not the average one: each statement's p95 is estimated
    // from a lognormal fitted to its lifetime mean and stddev (the dashboard's estimator). The
    // same queryid can appear once per role, so rows are keyed by position, not queryid.
    QList<StatementInterval> statements;
    QHash<qint64, QueryBudget::QueryClass> classes;
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const QVariantList &row = r.rows.at(i);
        StatementInterval s;
        s.queryId = i;
        s.calls = row.at(1).toLongLong();
        s.meanMs = row.at(2).toDouble();
        s.varianceMs2 = row.at(3).toDouble() * row.at(3).toDouble();
        s.minMs = row.at(4).toDouble();
        s.maxMs = row.at(5).toDouble();
        statements << s;
        classes.insert(i, QueryBudget::classify(row.at(6).toString()));
    }
    PercentileEstimator::estimateEach(statements);
    for (const BudgetBreach &b : budget.breaches(statements, classes)) {
        const QVariantList &row = r.rows.at(b.queryId);
        const QString text = row.at(6).toString();
        const QString p95 = QString::number(b.p95Ms, 'f', 1);
        ctx.add(Severity::Warning, QStringLiteral("queryid %1").arg(row.at(0).toString()),
                QStringLiteral("%1 query: estimated p95 %2 ms (lognormal fit of mean %3 ms, stddev %4 ms, max %5 ms "
                               "over %6 calls), budget %7 ms: %8")
                    .arg(b.queryClass, p95, QString::number(row.at(2).toDouble(), 'f', 1),
                         QString::number(row.at(3).toDouble(), 'f', 1), QString::number(row.at(5).toDouble(), 'f', 1))
                    .arg(b.calls).arg(b.budgetMs).arg(text.left(200).simplified()),
                QStringLiteral("p95 ≈ %1 ms (estimated)").arg(p95), QStringLiteral("%1 ms").arg(b.budgetMs),
                QStringLiteral("-- look at its plan (dbpulse-cli indexes TARGET suggests indexes):\nEXPLAIN (ANALYZE, BUFFERS) %1;")
                    .arg(text.left(2000)));
    }
    ctx.setOkDetail(QStringLiteral("%1 statement(s) with an estimated p95 within their class budget").arg(statements.size()));
}

} // namespace

void addSettingsChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("pg_stat_statements"), QStringLiteral("pg_stat_statements"), statStatements}
           << HealthCheck{QStringLiteral("settings"), QStringLiteral("Risky settings"), settings}
           << HealthCheck{QStringLiteral("query_budgets"), QStringLiteral("Performance budgets"), queryBudgets};
}

} // namespace dbpulse
