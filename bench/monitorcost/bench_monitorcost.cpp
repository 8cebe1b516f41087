// Server execution time of DB Pulse's own monitoring queries per refresh on a busy catalogue:
// a throwaway cluster with 5,000 distinct pg_stat_statements entries and 100 idle connections,
// sampled every second by the real PgMonitorWorker. The cost is read from pg_stat_statements
// itself (total_exec_time of our marked statements, over the measured refreshes only, after a
// warm-up in which every statement text is fetched once). Goal: ≤ 5 ms per refresh.

#include "core/monitor/pgmonitorworker.h"
#include "core/demo/localcluster.h"
#include "core/metrics/metricsqueries.h"

#include <QCoreApplication>
#include <QMap>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <libpq-fe.h>
#include <vector>

using namespace dbpulse;

namespace {

constexpr int tables = 50;
constexpr int shapesPerTable = 100; // 50 × 100 = 5,000 distinct statements
constexpr int idleConnections = 100;

struct Cost
{
    double calls = 0;
    double totalMs = 0;
};

// Our statements by kind ("metrics server", "metrics statements", "metrics texts").
QMap<QString, Cost> ownCosts(PGconn *c)
{
    QMap<QString, Cost> costs;
    PGresult *r = PQexec(c, "SELECT trim(substring(query from '/\\* dbpulse:([a-z ]+)')), sum(calls), sum(total_exec_time)"
                            " FROM pg_stat_statements WHERE query LIKE '/* dbpulse:%' GROUP BY 1");
    for (int row = 0; row < PQntuples(r); ++row)
        costs.insert(QString::fromUtf8(PQgetvalue(r, row, 0)),
                     Cost{QByteArray(PQgetvalue(r, row, 1)).toDouble(), QByteArray(PQgetvalue(r, row, 2)).toDouble()});
    PQclear(r);
    return costs;
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
    const int seconds = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 30;
    constexpr int warmupSeconds = 15;

    LocalCluster cluster;
    LocalClusterOptions options;
    options.extraSettings = {QStringLiteral("max_connections = 150"), QStringLiteral("pg_stat_statements.max = 10000"),
                             QStringLiteral("log_min_messages = warning")};
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
    QMap<QString, Cost> atStart;
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
    worker.start();
    QTimer::singleShot(warmupSeconds * 1000, &app, [&] {
        atStart = ownCosts(admin);
        measuring = true;
    });
    QTimer::singleShot((warmupSeconds + seconds) * 1000 + 300, &app, &QCoreApplication::quit);
    app.exec();
    load.stop();
    worker.stop();

    const QMap<QString, Cost> atEnd = ownCosts(admin);
    double perRefresh = 0;
    double refreshes = 0;
    for (auto it = atEnd.cbegin(); it != atEnd.cend(); ++it) {
        const Cost before = atStart.value(it.key());
        const double calls = it->calls - before.calls;
        const double ms = it->totalMs - before.totalMs;
        out << "server time " << it.key() << ": " << calls << " calls, " << QString::number(calls > 0 ? ms / calls : 0, 'f', 3)
            << " ms per call\n";
        if (it.key() == QLatin1String("metrics server"))
            refreshes = calls;
    }
    for (auto it = atEnd.cbegin(); it != atEnd.cend(); ++it)
        perRefresh += refreshes > 0 ? (it->totalMs - atStart.value(it.key()).totalMs) / refreshes : 0;
    out << "refreshes measured: " << refreshes << ", statements per interval (max): " << statementRows << '\n';
    out << "samples: " << collectMs.size() << ", of which read statements: " << statementReads
        << ", statements read every " << statementsEvery << " refreshes at the end\n";
    out << "server time per refresh (all our statements): " << QString::number(perRefresh, 'f', 3)
        << " ms (goal <= 5)\n";
    out << "collect_ms (client wall time per refresh): median " << QString::number(median(collectMs), 'f', 2) << '\n';

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
