// Settings checks: pg_stat_statements, risky configuration, performance budgets per query class
// (on the estimated p95 of each statement).
#include "core/health/budgethistory.h"
#include "core/health/budgetwaits.h"
#include "core/health/checkcontext.h"
#include "core/health/healthlogging.h"
#include "core/io/datasize.h"
#include "core/db/pgsession.h"
#include "core/sql/sqlparser.h"
#include "core/metrics/percentileestimator.h"
#include "core/metrics/querybudget.h"
#include "core/metrics/statementdelta.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>
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
    return QCoreApplication::translate("Doctor", "-- look at its plan (dbpulse-cli indexes TARGET suggests indexes);\n"
                          "-- EXPLAIN ANALYZE runs the statement, so roll back what it changes:\n"
                          "BEGIN;\nEXPLAIN (ANALYZE, BUFFERS) %1;\nROLLBACK;")
        .arg(text);
}

// Where the samples say its time went decides the next step: a lock or server-internal wait is
// not in the plan (EXPLAIN would only show a fast plan); I/O is, in part.
QString budgetFix(const WaitJudgement &where, const QString &queryId, const QString &text)
{
    const QString step = waitNextStep(where, queryId);
    if (where.bound == WaitJudgement::Bound::Lock || where.bound == WaitJudgement::Bound::LwLock)
        return step;
    return step.isEmpty() ? explainSuggestion(text) : step + QLatin1Char('\n') + explainSuggestion(text);
}

void statStatements(CheckContext &ctx)
{
    const PgFacts &f = ctx.facts();
    if (!f.statementsInstalled && !f.settingsReadable)
        ctx.add(Severity::Info, QStringLiteral("pg_stat_statements"),
                QCoreApplication::translate("Doctor", "pg_stat_statements is not created in database %1 (whether it is loaded needs "
                               "pg_read_all_settings)").arg(f.database),
                QCoreApplication::translate("Doctor", "not created"), QCoreApplication::translate("Doctor", "created"),
                QCoreApplication::translate("Doctor", "CREATE EXTENSION pg_stat_statements;  -- after adding it to shared_preload_libraries"));
    else if (!f.statementsLoaded)
        ctx.add(Severity::Info, QStringLiteral("pg_stat_statements"),
                QCoreApplication::translate("Doctor", "pg_stat_statements is not loaded: no per-query statistics, no performance budgets"),
                QCoreApplication::translate("Doctor", "not loaded"), QCoreApplication::translate("Doctor", "loaded"),
                QCoreApplication::translate("Doctor", "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements';  -- keep existing entries\n"
                               "-- restart the server, then:\nCREATE EXTENSION pg_stat_statements;"));
    else if (!f.statementsInstalled)
        ctx.add(Severity::Info, QStringLiteral("pg_stat_statements"),
                QCoreApplication::translate("Doctor", "pg_stat_statements is loaded but not created in database %1").arg(f.database),
                QCoreApplication::translate("Doctor", "not created"), QCoreApplication::translate("Doctor", "created"),
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
    // A crash can then cost the whole cluster: critical, unless the user said its data may be lost.
    const bool throwaway = ctx.thresholds().throwawayCluster;
    const Severity severity = throwaway ? Severity::Info : Severity::Critical;
    const QString note = throwaway ? QCoreApplication::translate("Doctor", " (acceptable here: marked as a throwaway cluster)")
                                   : QCoreApplication::translate("Doctor", " (mark the connection as a throwaway cluster if its data may be lost)");
    if (off("fsync"))
        ctx.add(severity, QStringLiteral("fsync"),
                QCoreApplication::translate("Doctor", "fsync is off: a crash or power loss can corrupt the whole cluster%1").arg(note),
                QStringLiteral("off"), QStringLiteral("on"), QStringLiteral("ALTER SYSTEM SET fsync = on;\nSELECT pg_reload_conf();"));
    if (off("full_page_writes"))
        ctx.add(severity, QStringLiteral("full_page_writes"),
                QCoreApplication::translate("Doctor", "full_page_writes is off: torn pages after a crash cannot be repaired%1").arg(note),
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
    // PostgreSQL's own unit syntax in the fix ('MB' is 1024² there); sizes shown are IEC.
    const QString advice = knowsRam ? QStringLiteral("%1MB").arg(qRound(t.ramMB / 4)) : QStringLiteral("1GB");
    const auto size = [](double mb) { return formatDataSize(qint64(mb * 1048576.0)); };
    ctx.add(Severity::Info, QStringLiteral("shared_buffers"),
            knowsRam ? QCoreApplication::translate("Doctor", "shared_buffers is %1, under 1/8 of the %2 of RAM given as ram_mb; most servers want about 25% of RAM")
                           .arg(size(sharedMB), size(t.ramMB))
                     : QCoreApplication::translate("Doctor", "shared_buffers is %1, under the fixed floor of %2; most servers want about 25% of RAM "
                                      "(the server's RAM cannot be read over SQL: give it as ram_mb in --thresholds to judge against it)")
                           .arg(size(sharedMB), size(t.sharedBuffersMinMB)),
            size(sharedMB),
            knowsRam ? QCoreApplication::translate("Doctor", "%1 (1/8 of %2 RAM)").arg(size(floorMB), size(t.ramMB)) : size(floorMB),
            QCoreApplication::translate("Doctor", "ALTER SYSTEM SET shared_buffers = '%1';  -- about 25% of RAM; needs a restart").arg(advice));
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
            source = QCoreApplication::translate("Doctor", "set for database %1").arg(database);
        } else if (!row.at(5).toString().isNull()) {
            value = row.at(5).toString();
            source = QCoreApplication::translate("Doctor", "set for all roles");
        } else if (row.at(3).toString() != QLatin1String("t")) {
            // Nothing database- or role-level applies to our session: its reset value is the server's.
            value = row.at(1).toString();
            source = QCoreApplication::translate("Doctor", "the server's setting");
        } else {
            // Our role's own value hides the server's; the configuration file still shows it.
            const QueryResult file = ctx.facts().settingsReadable
                ? ctx.tryQuery(QStringLiteral("SELECT setting FROM pg_file_settings WHERE name = $1 AND applied AND error IS NULL"
                                              " ORDER BY seqno DESC LIMIT 1"), {name})
                : QueryResult{};
            if (file.ok && !file.rows.isEmpty()) {
                value = file.rows.at(0).at(0).toString();
                source = QCoreApplication::translate("Doctor", "the server's configuration file");
            } else {
                value = row.at(2).toString();
                source = ctx.facts().settingsReadable
                    ? QCoreApplication::translate("Doctor", "the built-in default")
                    : QCoreApplication::translate("Doctor", "the built-in default; reading the configuration file needs pg_read_all_settings");
            }
        }
        if (timeoutMs(value) != 0)
            continue;
        const QString roles = row.at(6).toString().isEmpty()
            ? QCoreApplication::translate("Doctor", "no role sets its own")
            : QCoreApplication::translate("Doctor", "roles with their own: %1").arg(row.at(6).toString());
        if (name == QLatin1String("statement_timeout"))
            ctx.add(Severity::Info, name,
                    QCoreApplication::translate("Doctor", "no statement_timeout for sessions in database %1 (0, %2; %3): a runaway query can run "
                                   "(and hold locks) forever").arg(database, source, roles),
                    QStringLiteral("0"), QStringLiteral("> 0"),
                    QCoreApplication::translate("Doctor", "ALTER DATABASE %1 SET statement_timeout = '30s';\n"
                                   "-- or per application role: ALTER ROLE app_user SET statement_timeout = '30s';").arg(database));
        else
            ctx.add(Severity::Info, name,
                    QCoreApplication::translate("Doctor", "no idle_in_transaction_session_timeout for sessions in database %1 (0, %2; %3): a forgotten "
                                   "transaction holds locks and blocks VACUUM").arg(database, source, roles),
                    QStringLiteral("0"), QStringLiteral("> 0"),
                    QCoreApplication::translate("Doctor", "ALTER SYSTEM SET idle_in_transaction_session_timeout = '5min';\nSELECT pg_reload_conf();\n"
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
        ctx.notChecked(QStringLiteral("pg_stat_statements"), NotChecked::Extension,
                       QCoreApplication::translate("Doctor", "pg_stat_statements (see that check)"));
        return;
    }
    if (!f.seesAllSessions()) {
        // Without it other roles' texts read "<insufficient privilege>" and cannot be classified.
        ctx.notChecked(QStringLiteral("pg_stat_statements"), NotChecked::Privilege,
                       QCoreApplication::translate("Doctor", "pg_read_all_stats to read other roles' statements (GRANT pg_monitor TO %1)")
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
    // One entry per role and queryid (top-level and nested entries of one statement summed
    // through their sums of squares): the key the history remembers between runs.
    const QueryResult r = ctx.query(QStringLiteral(
        "SELECT s.userid::text || ':' || s.queryid::text, sum(s.calls)::float8, sum(s.total_exec_time)::float8,"
        " sum(s.calls * (s.stddev_exec_time ^ 2 + s.mean_exec_time ^ 2))::float8,"
        " min(s.min_exec_time)::float8, max(s.max_exec_time)::float8, left(min(s.query), 8192), s.queryid"
        " FROM %1 s JOIN pg_database d ON d.oid = s.dbid"
        " WHERE d.datname = current_database() AND s.query NOT LIKE '/* dbpulse:%'"
        " GROUP BY s.userid, s.queryid HAVING sum(s.calls) >= $1"
        " ORDER BY sum(s.total_exec_time) DESC LIMIT 500").arg(view),
        {QString::number(qint64(t.budgetMinCalls))});
    // A reset starts every statement afresh (pg_stat_statements_info exists from PostgreSQL 14).
    const QueryResult info = ctx.tryQuery(QStringLiteral("SELECT stats_reset::text FROM %1")
                                              .arg(ctx.session()->extensionObject(QStringLiteral("pg_stat_statements"),
                                                                                  QStringLiteral("pg_stat_statements_info"))));
    const QString statsReset = info.ok && !info.rows.isEmpty() ? info.rows.at(0).at(0).toString() : QString();
    // Without a history (never loaded or saved) every run judges its own interval alone.
    BudgetHistory unkept{QString(), QString()};
    BudgetHistory &history = ctx.budgetHistory() ? *ctx.budgetHistory() : unkept;
    QString error;
    if (ctx.budgetHistory() && !history.load(&error))
        qCWarning(lcHealth) << "budget history unreadable, starting afresh:" << error;

    // Each statement is judged on the interval since the last doctor run (on its whole history
    // the first time): its calls, mean and variance in that interval, its p95 estimated from a
    // lognormal fitted to them (the dashboard's estimator). Rows are keyed by position.
    QList<StatementCounters> baselines; // what the next run diffs against, per row
    QList<StatementInterval> intervals;
    QHash<qint64, QueryBudget::QueryClass> classes;
    QHash<qint64, bool> sinceLastRun;
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const QVariantList &row = r.rows.at(i);
        StatementCounters c;
        c.calls = qint64(row.at(1).toDouble());
        c.totalMs = row.at(2).toDouble();
        c.meanMs = c.calls > 0 ? c.totalMs / double(c.calls) : 0;
        c.stddevMs = c.calls > 0 ? std::sqrt(std::max(0.0, row.at(3).toDouble() / double(c.calls) - c.meanMs * c.meanMs)) : 0;
        c.minMs = row.at(4).toDouble();
        c.maxMs = row.at(5).toDouble();
        const std::optional<StatementCounters> previous = history.previous(row.at(0).toString(), statsReset);
        // An interval with too few calls is not judged and not ended either: the next run's
        // interval starts where this one did, so a rarely called statement is judged at all.
        baselines << (previous && c.calls >= previous->calls ? *previous : c);
        // Counters that went backwards (the entry was evicted and came back): all of it is new.
        std::optional<StatementInterval> interval = StatementDelta::diff(i, previous.value_or(StatementCounters{}), c);
        if (!interval && previous && c.calls < previous->calls)
            interval = StatementDelta::diff(i, StatementCounters{}, c);
        if (!interval || interval->calls < qint64(t.budgetMinCalls))
            continue;
        baselines[i] = c;
        sinceLastRun.insert(i, previous.has_value());
        intervals << *interval;
        classes.insert(i, QueryBudget::classify(row.at(6).toString()));
    }
    PercentileEstimator::estimateEach(intervals);
    QHash<qint64, BudgetBreach> breaches;
    for (const BudgetBreach &b : budget.breaches(intervals, classes))
        breaches.insert(b.queryId, b);
    QHash<qint64, StatementInterval> judged;
    for (const StatementInterval &s : std::as_const(intervals))
        judged.insert(s.queryId, s);

    const int needed = int(t.budgetSustainedIntervals);
    const int window = int(t.budgetWindowIntervals);
    // What the running executions wait on, kept over the same window of runs: a statement that
    // waited on another session's row lock is not made faster by its plan. Statements seen
    // running that pg_stat_statements does not list yet (none of their executions finished)
    // are remembered too: their waits belong to the interval the next run judges.
    const WaitSamples samples = sampleStatementWaits(ctx, int(t.budgetWaitSamples), int(t.budgetWaitIntervalMs));
    QSet<QString> listed;
    for (const QVariantList &row : r.rows)
        listed.insert(row.at(0).toString());
    for (const QString &key : listed)
        history.recordWaits(key, samples.byStatement.value(key, WaitTally{samples.taken, 0, {}}));
    for (auto it = samples.byStatement.cbegin(); it != samples.byStatement.cend(); ++it)
        if (!listed.contains(it.key()))
            history.recordWaits(it.key(), it.value());
    QSet<QString> named;
    int sustained = 0;
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const QVariantList &row = r.rows.at(i);
        const QString key = row.at(0).toString();
        history.record(key, baselines.at(i), judged.contains(i) ? std::optional<bool>(breaches.contains(i)) : std::nullopt);
        const BudgetStanding standing = budgetStanding(history.verdicts(key), needed, window);
        const bool breachedNow = breaches.contains(i);
        if (!standing.sustained && !breachedNow)
            continue;
        // pg_stat_statements keeps utility statements' literals (ALTER ROLE … PASSWORD '…'): a
        // finding is made to be shared, so its text is normalised here too.
        const QString text = normalizeSql(row.at(6).toString());
        // Classified above when judged; parsing the text again costs as much again.
        const QueryBudget::QueryClass inferred = classes.contains(i) ? classes.value(i) : QueryBudget::classify(row.at(6).toString());
        const QString queryClass = QueryBudget::className(inferred);
        const double budgetMs = budget.budgetMs(inferred);
        QString latest;
        QString value;
        if (judged.contains(i)) {
            const StatementInterval &s = judged.value(i);
            const QString p95 = QString::number(s.p95Ms, 'f', 1);
            latest = QCoreApplication::translate("Doctor", "estimated p95 %1 ms %2 (lognormal fit of mean %3 ms, stddev %4 ms, max %5 ms over %6 calls)")
                         .arg(p95, sinceLastRun.value(i) ? QCoreApplication::translate("Doctor", "since the last doctor run") : QCoreApplication::translate("Doctor", "since its statistics began"),
                              QString::number(s.meanMs, 'f', 1), QString::number(std::sqrt(s.varianceMs2), 'f', 1),
                              QString::number(s.maxMs, 'f', 1), QString::number(s.calls));
            value = QCoreApplication::translate("Doctor", "p95 ≈ %1 ms (estimated)").arg(p95);
        } else {
            latest = QCoreApplication::translate("Doctor", "fewer than %1 calls since the last doctor run").arg(qint64(t.budgetMinCalls));
            value = QStringLiteral("–");
        }
        const QString standingText = QCoreApplication::translate("Doctor", "over budget in %1 of the last %n measured interval(s) between doctor runs", nullptr, standing.measured)
                                         .arg(standing.breached);
        const QList<WaitTally> waits = history.waits(key);
        const WaitJudgement where = judgeWaits(waits.mid(std::max<qsizetype>(0, waits.size() - window)), samples.unavailable);
        const QString detail = QCoreApplication::translate("Doctor", "%1 query: %2, budget %3 ms; %4; %5 (queryid %6): %7")
                                   .arg(queryClass, latest, QString::number(budgetMs), standingText, where.sentence,
                                        row.at(7).toString(), text.left(200).simplified());
        const QString fix = budgetFix(where, row.at(7).toString(), text.left(2000));
        if (standing.sustained) {
            ++sustained;
            ctx.add(Severity::Warning, statementName(text, &named), QCoreApplication::translate("Doctor", "sustained: %1").arg(detail), value,
                    QStringLiteral("%1 ms").arg(budgetMs), fix);
        } else {
            // One slow interval is not a trend: shown, not scored, until it happens again.
            ctx.add(Severity::Info, statementName(text, &named),
                    QCoreApplication::translate("Doctor", "transient (sustained needs %1 of the last %2 intervals; not scored): %3").arg(needed).arg(window).arg(detail),
                    value, QStringLiteral("%1 ms").arg(budgetMs), fix)
                .transient = true;
        }
    }
    if (ctx.budgetHistory() && !history.save(statsReset, window, &error))
        qCWarning(lcHealth) << "cannot keep the budget history:" << error;
    ctx.setOkDetail(QCoreApplication::translate("Doctor", "%n statement(s) judged since the last doctor run, none over budget in %1 of the last %2 intervals", nullptr, int(intervals.size()))
                        .arg(needed).arg(window));
}

} // namespace

void addSettingsChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("pg_stat_statements"), statStatements}
           << HealthCheck{QStringLiteral("settings"), settings}
           << HealthCheck{QStringLiteral("query_budgets"), queryBudgets};
}

} // namespace dbpulse
