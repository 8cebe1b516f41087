// Server execution time of DB Pulse's own monitoring queries per refresh on a busy catalogue:
// a throwaway cluster with 5,000 distinct pg_stat_statements entries and 100 idle connections,
// sampled every second by the real PgMonitorWorker. The cost is read from pg_stat_statements
// itself (total_exec_time of our marked statements, over the measured refreshes only, after a
// warm-up in which every statement text is fetched once). Goal: ≤ 5 ms per refresh.
//
// Also printed: the planning time (with --track-planning, pg_stat_statements.track_planning = on)
// and the CPU time of the monitoring backend (/proc/PID/schedstat: parse, plan, execute and send,
// on the CPU only, so less sensitive to a busy machine than the wall-clock execution time).
// --pg-activity runs Debian's pg_activity side by side during the warm-up and the measured window,
// as its own role with only pg_monitor, at its default 2 s refresh, and prints the same figures
// for it (its statements are those of its role; its refreshes, the calls of its server query).

#include "core/monitor/pgmonitorworker.h"
#include "core/demo/localcluster.h"
#include "core/metrics/metricsqueries.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <libpq-fe.h>
#include <vector>

using namespace dbpulse;
using namespace Qt::StringLiterals;

namespace {

constexpr int tables = 50;
constexpr int shapesPerTable = 100; // 50 × 100 = 5,000 distinct statements
constexpr int idleConnections = 100;

const char *const pgActivityRole = "pga_monitor";

struct Cost
{
    double calls = 0;
    double totalMs = 0;
    double planMs = 0;
};

QMap<QString, Cost> costsOf(PGconn *c, const char *sql)
{
    QMap<QString, Cost> costs;
    PGresult *r = PQexec(c, sql);
    for (int row = 0; row < PQntuples(r); ++row)
        costs.insert(QString::fromUtf8(PQgetvalue(r, row, 0)),
                     Cost{QByteArray(PQgetvalue(r, row, 1)).toDouble(), QByteArray(PQgetvalue(r, row, 2)).toDouble(),
                          QByteArray(PQgetvalue(r, row, 3)).toDouble()});
    PQclear(r);
    return costs;
}

// Our statements by kind ("metrics server", "metrics statements", "metrics texts").
QMap<QString, Cost> ownCosts(PGconn *c)
{
    return costsOf(c, "SELECT trim(substring(query from '/\\* dbpulse:([a-z ]+)')), sum(calls), sum(total_exec_time),"
                      " sum(total_plan_time) FROM pg_stat_statements WHERE query LIKE '/* dbpulse:%' GROUP BY 1");
}

// pg_activity's statements, all of its role: "refresh" is its server query, run once a refresh.
QMap<QString, Cost> pgActivityCosts(PGconn *c)
{
    return costsOf(c, "SELECT CASE WHEN query LIKE '%Get the server information%' THEN 'refresh' ELSE 'other' END,"
                      " sum(calls), sum(total_exec_time), sum(total_plan_time) FROM pg_stat_statements"
                      " WHERE userid = 'pga_monitor'::regrole GROUP BY 1");
}

Cost difference(const QMap<QString, Cost> &atEnd, const QMap<QString, Cost> &atStart, const QString &kind)
{
    const Cost end = atEnd.value(kind), start = atStart.value(kind);
    return Cost{end.calls - start.calls, end.totalMs - start.totalMs, end.planMs - start.planMs};
}

// CPU time (ns) the backend of the session with this application_name has used so far.
double backendCpuNs(PGconn *c, const char *applicationName)
{
    const char *values[1] = {applicationName};
    PGresult *r = PQexecParams(c, "SELECT pid FROM pg_stat_activity WHERE application_name = $1 LIMIT 1", 1, nullptr,
                               values, nullptr, nullptr, 0);
    const QByteArray pid = PQntuples(r) > 0 ? QByteArray(PQgetvalue(r, 0, 0)) : QByteArray();
    PQclear(r);
    QFile schedstat(QStringLiteral("/proc/%1/schedstat").arg(QString::fromLatin1(pid)));
    if (pid.isEmpty() || !schedstat.open(QIODevice::ReadOnly))
        return -1;
    return schedstat.readAll().split(' ').value(0).toDouble();
}

// pg_activity needs a terminal: script(1) gives it one, of a fixed size.
bool startPgActivity(LocalCluster &cluster, PGconn *admin, QProcess &process, QTextStream &out)
{
    const QByteArray role(pgActivityRole);
    PGresult *r = PQexec(admin, "CREATE ROLE " + role + " LOGIN; GRANT pg_monitor TO " + role);
    const bool created = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    QString error;
    if (!created || !cluster.addPasswordLogin(QString::fromLatin1(role), &error)) {
        out << "cannot create " << role << ": " << PQerrorMessage(admin) << error << '\n';
        return false;
    }
    const QString uri = cluster.uri(QStringLiteral("postgres"), QString::fromLatin1(role));
    process.setProgram(QStringLiteral("script"));
    process.setArguments({QStringLiteral("-qfc"),
                          QStringLiteral("stty cols 200 rows 50; TERM=xterm exec pg_activity --refresh 2 '%1'").arg(uri),
                          QStringLiteral("/dev/null")});
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(5000)) {
        out << "cannot start pg_activity under script: " << process.errorString() << '\n';
        return false;
    }
    return true;
}

QString ms(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

bool exec(PGconn *c, const QByteArray &sql, QTextStream &out)
{
    PGresult *r = PQexec(c, sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        out << "failed: " << sql.left(80) << ": " << PQerrorMessage(c) << '\n';
    PQclear(r);
    return ok;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = app.arguments().mid(1);
    const bool trackPlanning = arguments.removeAll(QStringLiteral("--track-planning")) > 0;
    const bool withPgActivity = arguments.removeAll(QStringLiteral("--pg-activity")) > 0;
    const int seconds = arguments.isEmpty() ? 30 : arguments.first().toInt();
    constexpr int warmupSeconds = 15;

    LocalCluster cluster;
    LocalClusterOptions options;
    options.extraSettings = {QStringLiteral("max_connections = 150"), QStringLiteral("pg_stat_statements.max = 10000"),
                             QStringLiteral("log_min_messages = warning")};
    if (trackPlanning)
        options.extraSettings << QStringLiteral("pg_stat_statements.track_planning = on");
    QString error;
    if (!cluster.create(options, &error)) {
        out << "cannot create cluster: " << error << '\n';
        return 1;
    }
    const QByteArray uri = cluster.uri().toUtf8();
    PGconn *admin = PQconnectdb(uri.constData());
    if (PQstatus(admin) != CONNECTION_OK) {
        out << "cannot connect: " << PQerrorMessage(admin) << '\n';
        return 1;
    }
    // Distinct shapes, not distinct constants (those are normalised into one entry): each table
    // with 1…100 "+ 1" terms is its own queryid.
    for (int t = 0; t < tables; ++t) {
        if (!exec(admin, QByteArrayLiteral("CREATE TABLE t") + QByteArray::number(t) + " (a int)", out))
            return 1;
    }
    exec(admin, "SELECT pg_stat_statements_reset()", out);
    for (int t = 0; t < tables; ++t) {
        for (int k = 1; k <= shapesPerTable; ++k)
            exec(admin, "SELECT a" + QByteArray(" + 1").repeated(k) + " FROM t" + QByteArray::number(t), out);
    }
    std::vector<PGconn *> idle;
    for (int i = 0; i < idleConnections; ++i) {
        idle.push_back(PQconnectdb(uri.constData()));
        if (PQstatus(idle.back()) != CONNECTION_OK) {
            out << "idle connection " << i << " failed: " << PQerrorMessage(idle.back()) << '\n';
            return 1;
        }
    }
    PGresult *count = PQexec(admin, "SELECT count(*) FROM pg_stat_statements");
    out << "pg_stat_statements entries: " << PQgetvalue(count, 0, 0) << ", idle connections: " << idleConnections << '\n';
    PQclear(count);

    ConnectParams params;
    params.conninfo = cluster.uri();
    PgMonitorWorker worker(params);
    worker.setIntervalMs(1000);
    std::vector<double> collectMs;
    int statementRows = 0;
    int statementReads = 0;
    int statementsEvery = 1;
    bool measuring = false;
    QMap<QString, Cost> atStart, pgActivityAtStart;
    double cpuAtStart = 0, pgActivityCpuAtStart = 0;
    QProcess pgActivity;
    if (withPgActivity && !startPgActivity(cluster, admin, pgActivity, out))
        return 1;
    QObject::connect(&worker, &MonitorWorker::metricsSampled, &app, [&](const MetricsSample &s) {
        if (!measuring)
            return;
        collectMs.push_back(s.collectMs);
        statementRows = std::max(statementRows, int(s.statements.size()));
        statementReads += s.statementsFresh ? 1 : 0;
        statementsEvery = s.statementsEvery;
    });
    // A little load so some statements have calls in each interval, as on a live server.
    QTimer load;
    int loadStep = 0;
    QObject::connect(&load, &QTimer::timeout, &app, [&] {
        exec(admin, "SELECT a" + QByteArray(" + 1").repeated(1 + loadStep % shapesPerTable) + " FROM t"
                        + QByteArray::number(loadStep % tables), out);
        ++loadStep;
    });
    load.start(20);
    // The reads of the costs are statements too: run them once now, so their texts are fetched in
    // the warm-up and a new statement's one-off text read does not fall into the measured window.
    ownCosts(admin);
    pgActivityCosts(admin);
    backendCpuNs(admin, "dbpulse");
    worker.start();
    QTimer::singleShot(warmupSeconds * 1000, &app, [&] {
        atStart = ownCosts(admin);
        pgActivityAtStart = pgActivityCosts(admin);
        cpuAtStart = backendCpuNs(admin, "dbpulse");
        pgActivityCpuAtStart = backendCpuNs(admin, "pg_activity");
        measuring = true;
    });
    QTimer::singleShot((warmupSeconds + seconds) * 1000 + 300, &app, &QCoreApplication::quit);
    app.exec();
    // The backends' CPU while they still run; the statements once ours has stopped.
    const double cpuAtEnd = backendCpuNs(admin, "dbpulse");
    const double pgActivityCpuAtEnd = backendCpuNs(admin, "pg_activity");
    load.stop();
    worker.stop();
    const QMap<QString, Cost> atEnd = ownCosts(admin);
    const QMap<QString, Cost> pgActivityAtEnd = pgActivityCosts(admin);
    pgActivity.terminate();
    pgActivity.waitForFinished(5000);

    Cost total;
    double refreshes = 0;
    for (auto it = atEnd.cbegin(); it != atEnd.cend(); ++it) {
        const Cost kind = difference(atEnd, atStart, it.key());
        out << "server time " << it.key() << ": " << kind.calls << " calls, "
            << ms(kind.calls > 0 ? kind.totalMs / kind.calls : 0) << " ms per call"
            << (trackPlanning ? u" + "_s + ms(kind.calls > 0 ? kind.planMs / kind.calls : 0) + u" ms planning"_s : QString())
            << '\n';
        if (it.key() == QLatin1String("metrics server"))
            refreshes = kind.calls;
        total.totalMs += kind.totalMs;
        total.planMs += kind.planMs;
    }
    const double perRefresh = refreshes > 0 ? total.totalMs / refreshes : 0;
    out << "refreshes measured: " << refreshes << ", statements per interval (max): " << statementRows << '\n';
    out << "samples: " << collectMs.size() << ", of which read statements: " << statementReads
        << ", statements read every " << statementsEvery << " refreshes at the end\n";
    out << "server time per refresh (all our statements): " << ms(perRefresh) << " ms (goal <= 5)\n";
    if (trackPlanning && refreshes > 0)
        out << "  with planning: " << ms((total.totalMs + total.planMs) / refreshes) << " ms per refresh\n";
    if (cpuAtStart >= 0 && cpuAtEnd >= 0 && refreshes > 0)
        out << "backend CPU per refresh: " << ms((cpuAtEnd - cpuAtStart) / 1e6 / refreshes) << " ms\n";
    out << "collect_ms (client wall time per refresh): median " << ms(median(collectMs), 2) << '\n';
    if (withPgActivity) {
        const Cost refresh = difference(pgActivityAtEnd, pgActivityAtStart, QStringLiteral("refresh"));
        const Cost other = difference(pgActivityAtEnd, pgActivityAtStart, QStringLiteral("other"));
        const double n = refresh.calls;
        const double execMs = refresh.totalMs + other.totalMs, planMs = refresh.planMs + other.planMs;
        out << "pg_activity (role " << pgActivityRole << ", pg_monitor only, refresh 2 s): " << n << " refreshes\n";
        if (n > 0) {
            out << "  server time per refresh: " << ms(execMs / n) << " ms"
                << (trackPlanning ? u", with planning "_s + ms((execMs + planMs) / n) + u" ms"_s : QString()) << '\n';
            if (pgActivityCpuAtStart >= 0 && pgActivityCpuAtEnd >= 0)
                out << "  backend CPU per refresh: " << ms((pgActivityCpuAtEnd - pgActivityCpuAtStart) / 1e6 / n) << " ms\n";
            out << "  per second: pg_activity " << ms(execMs / seconds) << " ms, DB Pulse " << ms(total.totalMs / seconds)
                << " ms; ratio " << ms(total.totalMs / execMs, 2) << " (goal <= 0.5)\n";
        }
    }

    // Where the time goes: the plans of the statements query with its real timings, reading
    // everything and then only what changed since (the client's copy is the full read's result).
    const QByteArray statementsSql = MetricsQueries::statements(QStringLiteral("public")).toUtf8();
    QByteArray known[4] = {"{}", "{}", "{}", "{}"};
    const char *values[4] = {known[0].constData(), known[1].constData(), known[2].constData(), known[3].constData()};
    PGresult *full = PQexecParams(admin, statementsSql.constData(), 4, nullptr, values, nullptr, nullptr, 0);
    QByteArrayList lists[4];
    const int columns[4] = {PQfnumber(full, "queryid"), PQfnumber(full, "userid"), PQfnumber(full, "dbid"),
                            PQfnumber(full, "calls")};
    for (int row = 0; row < PQntuples(full); ++row) {
        for (int i = 0; i < 4; ++i)
            lists[i] << QByteArray(PQgetvalue(full, row, columns[i]));
    }
    PQclear(full);
    for (int step = 0; step < 2; ++step) {
        out << (step == 0 ? "EXPLAIN ANALYZE, full read:\n" : "EXPLAIN ANALYZE, changed-only read:\n");
        const QByteArray explain = "EXPLAIN (ANALYZE, BUFFERS) " + statementsSql;
        PGresult *plan = PQexecParams(admin, explain.constData(), 4, nullptr, values, nullptr, nullptr, 0);
        for (int row = 0; row < PQntuples(plan); ++row)
            out << "  " << PQgetvalue(plan, row, 0) << '\n';
        if (PQresultStatus(plan) != PGRES_TUPLES_OK)
            out << "  failed: " << PQerrorMessage(admin) << '\n';
        PQclear(plan);
        for (int i = 0; i < 4; ++i) {
            known[i] = '{' + lists[i].join(',') + '}';
            values[i] = known[i].constData();
        }
    }
    for (PGconn *c : idle)
        PQfinish(c);
    PQfinish(admin);
    return 0;
}
