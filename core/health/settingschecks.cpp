// Settings checks: pg_stat_statements, risky configuration, performance budgets per query class
// (on the estimated p95 of each statement).
#include "core/health/checkcontext.h"
#include "core/db/pgsession.h"
#include "core/sql/sqlparser.h"
#include "core/metrics/percentileestimator.h"
#include "core/metrics/querybudget.h"

#include <QRegularExpression>
#include <QSet>

namespace dbpulse {

namespace {

QString statementName(const QString &text, QSet<QString> *taken)
{
    constexpr int shortChars = 60;
    const QString line = text.simplified();
    QString name = line.size() > shortChars ? line.left(shortChars - 1) + QChar(0x2026) : line;
    // Two statements may start alike; the object of a finding names one.
    const QString first = name;
    for (int n = 2; taken->contains(name); ++n)
        name = QStringLiteral("%1 #%2").arg(first, QString::number(n));
    taken->insert(name);
    return name;
}

QString explainSuggestion(const QString &text)
{
    // EXPLAIN ANALYZE runs the statement, and any statement may write (an UPDATE, a data-modifying
    // CTE, a function): the suggestion rolls back whatever it changed.
    return QStringLiteral("-- look at its plan (dbpulse-cli indexes TARGET suggests indexes);\n"
                          "-- EXPLAIN ANALYZE runs the statement, so roll back what it changes:\n"
                          "BEGIN;\nEXPLAIN (ANALYZE, BUFFERS) %1;\nROLLBACK;")
        .arg(text);
}

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

// A timeout as PostgreSQL writes it ("0", "30000", "30s", "5min") in milliseconds, its default
// unit; -1 when it cannot be read.
double timeoutMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*'?\\s*(\\d+(?:\\.\\d+)?)\\s*(us|ms|s|min|h|d)?\\s*'?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    static const QHash<QString, double> factor{{QString(), 1}, {QStringLiteral("us"), 0.001}, {QStringLiteral("ms"), 1},
                                              {QStringLiteral("s"), 1000}, {QStringLiteral("min"), 60000},
                                              {QStringLiteral("h"), 3600000}, {QStringLiteral("d"), 86400000}};
    return m.captured(1).toDouble() * factor.value(m.captured(2));
}

void riskySwitches(CheckContext &ctx, const QHash<QString, QString> &s)
{
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
}

void sharedBuffers(CheckContext &ctx, const QHash<QString, QString> &s)
{
    const auto &t = ctx.thresholds();
    // shared_buffers is counted in blocks. The server's RAM is not visible over SQL: judged
    // against it only when the thresholds say how much there is, else against a fixed floor.
    const double sharedMB = s.value(QStringLiteral("shared_buffers")).toDouble() * s.value(QStringLiteral("block_size")).toDouble() / 1048576.0;
    const bool knowsRam = t.ramMB > 0;
    // "Very low" is under half the usual advice of a quarter of RAM.
    const double floorMB = knowsRam ? t.ramMB / 8 : t.sharedBuffersMinMB;
    if (sharedMB >= floorMB)
        return;
    const QString advice = knowsRam ? QStringLiteral("%1MB").arg(qRound(t.ramMB / 4)) : QStringLiteral("1GB");
    ctx.add(Severity::Info, QStringLiteral("shared_buffers"),
            knowsRam ? QStringLiteral("shared_buffers is %1 MB, under 1/8 of the %2 MB of RAM given as ram_mb; most servers want about 25% of RAM")
                           .arg(qRound(sharedMB)).arg(qRound(t.ramMB))
                     : QStringLiteral("shared_buffers is %1 MB, under the fixed floor of %2 MB; most servers want about 25% of RAM "
                                      "(the server's RAM cannot be read over SQL: give it as ram_mb in --thresholds to judge against it)")
                           .arg(qRound(sharedMB)).arg(qRound(t.sharedBuffersMinMB)),
            QStringLiteral("%1 MB").arg(qRound(sharedMB)),
            knowsRam ? QStringLiteral("%1 MB (1/8 of %2 MB RAM)").arg(qRound(floorMB)).arg(qRound(t.ramMB))
                     : QStringLiteral("%1 MB").arg(qRound(floorMB)),
            QStringLiteral("ALTER SYSTEM SET shared_buffers = '%1';  -- about 25% of RAM; needs a restart").arg(advice));
}

// The doctor's own session runs with its own statement_timeout, so its current value says
// nothing: what counts is what every other session of the database starts with — the database's
// own setting (ALTER DATABASE … SET), else one for all roles (ALTER ROLE ALL SET), else the
// server's (postgresql.conf, command line, built-in default). Roles with a value of their own are
// named, since the application's role may be one of them.
void timeouts(CheckContext &ctx)
{
    const QueryResult r = ctx.query(QStringLiteral(
        "WITH entries AS ("
        "  SELECT d.setdatabase, d.setrole, split_part(e, '=', 1) AS name, substr(e, strpos(e, '=') + 1) AS value"
        "  FROM pg_db_role_setting d CROSS JOIN LATERAL unnest(d.setconfig) e"
        "  WHERE split_part(e, '=', 1) IN ('statement_timeout', 'idle_in_transaction_session_timeout')),"
        " me AS (SELECT (SELECT oid FROM pg_database WHERE datname = current_database()) AS db,"
        "  (SELECT oid FROM pg_roles WHERE rolname = current_user) AS role)"
        " SELECT s.name, s.reset_val, s.boot_val,"
        "  EXISTS (SELECT 1 FROM entries e WHERE e.name = s.name AND e.setdatabase IN (0, me.db) AND e.setrole IN (0, me.role)),"
        "  (SELECT e.value FROM entries e WHERE e.name = s.name AND e.setrole = 0 AND e.setdatabase = me.db),"
        "  (SELECT e.value FROM entries e WHERE e.name = s.name AND e.setrole = 0 AND e.setdatabase = 0),"
        "  (SELECT string_agg(quote_ident(ro.rolname) || ' ' || e.value, ', ' ORDER BY ro.rolname)"
        "   FROM entries e JOIN pg_roles ro ON ro.oid = e.setrole WHERE e.name = s.name AND e.setdatabase IN (0, me.db))"
        " FROM pg_settings s, me WHERE s.name IN ('statement_timeout', 'idle_in_transaction_session_timeout') ORDER BY 1 DESC"));
    const QString database = ctx.quoteIdent(ctx.facts().database);
    for (const QVariantList &row : r.rows) {
        const QString name = row.at(0).toString();
        QString value;
        QString source;
        if (!row.at(4).toString().isNull()) {
            value = row.at(4).toString();
            source = QStringLiteral("set for database %1").arg(database);
        } else if (!row.at(5).toString().isNull()) {
            value = row.at(5).toString();
            source = QStringLiteral("set for all roles");
        } else if (row.at(3).toString() != QLatin1String("t")) {
            // Nothing database- or role-level applies to our session: its reset value is the server's.
            value = row.at(1).toString();
            source = QStringLiteral("the server's setting");
        } else {
            // Our role's own value hides the server's; the configuration file still shows it.
            const QueryResult file = ctx.facts().settingsReadable
                ? ctx.tryQuery(QStringLiteral("SELECT setting FROM pg_file_settings WHERE name = $1 AND applied AND error IS NULL"
                                              " ORDER BY seqno DESC LIMIT 1"), {name})
                : QueryResult{};
            if (file.ok && !file.rows.isEmpty()) {
                value = file.rows.at(0).at(0).toString();
                source = QStringLiteral("the server's configuration file");
            } else {
                value = row.at(2).toString();
                source = ctx.facts().settingsReadable
                    ? QStringLiteral("the built-in default")
                    : QStringLiteral("the built-in default; reading the configuration file needs pg_read_all_settings");
            }
        }
        if (timeoutMs(value) != 0)
            continue;
        const QString roles = row.at(6).toString().isEmpty()
            ? QStringLiteral("no role sets its own")
            : QStringLiteral("roles with their own: %1").arg(row.at(6).toString());
        if (name == QLatin1String("statement_timeout"))
            ctx.add(Severity::Info, name,
                    QStringLiteral("no statement_timeout for sessions in database %1 (0, %2; %3): a runaway query can run "
                                   "(and hold locks) forever").arg(database, source, roles),
                    QStringLiteral("0"), QStringLiteral("> 0"),
                    QStringLiteral("ALTER DATABASE %1 SET statement_timeout = '30s';\n"
                                   "-- or per application role: ALTER ROLE app_user SET statement_timeout = '30s';").arg(database));
        else
            ctx.add(Severity::Info, name,
                    QStringLiteral("no idle_in_transaction_session_timeout for sessions in database %1 (0, %2; %3): a forgotten "
                                   "transaction holds locks and blocks VACUUM").arg(database, source, roles),
                    QStringLiteral("0"), QStringLiteral("> 0"),
                    QStringLiteral("ALTER SYSTEM SET idle_in_transaction_session_timeout = '5min';\nSELECT pg_reload_conf();\n"
                                   "-- or for this database only: ALTER DATABASE %1 SET idle_in_transaction_session_timeout = '5min';")
                        .arg(database));
    }
}

void settings(CheckContext &ctx)
{
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'full_page_writes', 'shared_buffers', 'block_size')"));
    QHash<QString, QString> s;
    for (const QVariantList &row : r.rows)
        s.insert(row.at(0).toString(), row.at(1).toString());
    riskySwitches(ctx, s);
    sharedBuffers(ctx, s);
    timeouts(ctx);
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
    // Named through the extension's own schema: the session's search_path is pinned to pg_catalog.
    const QString view = ctx.session() ? ctx.session()->extensionObject(QStringLiteral("pg_stat_statements"),
                                                                         QStringLiteral("pg_stat_statements"))
                                       : QString();
    if (view.isEmpty())
        return;
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT s.queryid, s.calls, s.mean_exec_time, s.stddev_exec_time, s.min_exec_time, s.max_exec_time,"
        " left(s.query, 8192)"
        " FROM %1 s JOIN pg_database d ON d.oid = s.dbid"
        " WHERE d.datname = current_database() AND s.calls >= $1 AND s.query NOT LIKE '/* dbpulse:%'"
        " ORDER BY s.total_exec_time DESC LIMIT 500").arg(view),
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
    QSet<QString> named;
    for (const BudgetBreach &b : budget.breaches(statements, classes)) {
        const QVariantList &row = r.rows.at(b.queryId);
        // pg_stat_statements keeps utility statements' literals (ALTER ROLE … PASSWORD '…'): a
        // finding is made to be shared, so its text is normalised here too.
        const QString text = normalizeSql(row.at(6).toString());
        const QString p95 = QString::number(b.p95Ms, 'f', 1);
        ctx.add(Severity::Warning, statementName(text, &named),
                QStringLiteral("%1 query: estimated p95 %2 ms (lognormal fit of mean %3 ms, stddev %4 ms, max %5 ms "
                               "over %6 calls), budget %7 ms (queryid %8): %9")
                    .arg(b.queryClass, p95, QString::number(row.at(2).toDouble(), 'f', 1),
                         QString::number(row.at(3).toDouble(), 'f', 1), QString::number(row.at(5).toDouble(), 'f', 1),
                         QString::number(b.calls), QString::number(b.budgetMs), row.at(0).toString(),
                         text.left(200).simplified()),
                QStringLiteral("p95 ≈ %1 ms (estimated)").arg(p95), QStringLiteral("%1 ms").arg(b.budgetMs),
                explainSuggestion(text.left(2000)));
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
