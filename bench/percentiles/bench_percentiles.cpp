// Accuracy of the latency-percentile estimator against pgbench's own per-transaction log.
//
// Starts a throwaway cluster, runs pgbench with a mixed workload of single-statement scripts with
// different latency distributions (-l: one log line per transaction), samples pg_stat_statements
// every second with the real PgMonitorWorker, and compares each interval's estimated p50/p95/p99
// with the true percentiles of the transactions that finished in the same interval.
// Finally reports the server execution time of DB Pulse's own monitoring statements.
#include "core/monitor/pgmonitorworker.h"
#include "core/demo/localcluster.h"
#include "core/metrics/percentileestimator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <libpq-fe.h>
#include <vector>

using namespace dbpulse;

namespace {

struct Script
{
    const char *name;
    int weight;
    const char *text;
};

// Each script is one statement, so a pgbench "transaction" latency is one statement latency.
// The sleeps have distinct query shapes so pg_stat_statements keeps them apart.
const Script scripts[] = {
    {"lookup", 30, "\\set aid random(1, 100000)\nSELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n"},
    {"aggregate", 8, "\\set n random(1000, 20000)\nSELECT count(*), avg(abalance) FROM pgbench_accounts WHERE aid <= :n;\n"},
    {"lognormal", 35, "\\set g random_gaussian(-100000, 100000, 4.0)\n\\set d exp(ln(0.004) + 0.5 * :g / 25000.0)\n"
                      "SELECT pg_sleep(:d);\n"},
    {"exponential", 20, "\\set u random(1, 1000000)\n\\set d -0.010 * ln(:u / 1000000.0)\nSELECT 1 FROM pg_sleep(:d);\n"},
    {"uniform", 7, "\\set u random(20000, 60000)\nSELECT count(*) FROM pg_sleep(:u / 1000000.0);\n"},
};

struct Interval
{
    double from = 0;   // epoch seconds (server clock)
    double to = 0;
    LatencyPercentiles estimate;
    QList<StatementInterval> statements;
    std::vector<double> truth; // ms
};

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const size_t rank = size_t(std::ceil(q * double(v.size())));
    return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double median(std::vector<double> v)
{
    if (v.empty())
        return NAN;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool runBlocking(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromUtf8(p.readAll());
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int seconds = args.size() > 1 ? args.at(1).toInt() : 60;
    const int clients = args.size() > 2 ? args.at(2).toInt() : 8;
    const bool verbose = qEnvironmentVariableIsSet("BENCH_VERBOSE");

    QString binDir = LocalCluster::findServerBinDir();
    const QString pgbench = QDir(binDir).filePath(QStringLiteral("pgbench"));
    if (binDir.isEmpty() || !QFile::exists(pgbench)) {
        out << "pgbench not found (PostgreSQL server binaries)\n";
        return 1;
    }
    LocalCluster cluster;
    LocalClusterOptions options;
    options.extraSettings = {QStringLiteral("max_connections = 50"), QStringLiteral("log_min_messages = warning")};
    QString error;
    if (!cluster.create(options, &error)) {
        out << "cannot create cluster: " << error << '\n';
        return 1;
    }
    const QString uri = cluster.uri();
    QString log;
    if (!runBlocking(pgbench, {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("1"), uri}, &log)) {
        out << "pgbench -i failed: " << log << '\n';
        return 1;
    }

    QTemporaryDir dir;
    QStringList pgbenchArgs{QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("simple"),
                            QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"), QStringLiteral("2"),
                            QStringLiteral("-T"), QString::number(seconds), QStringLiteral("-l"),
                            QStringLiteral("--log-prefix=") + dir.filePath(QStringLiteral("pgbench_log"))};
    out << "workload (" << clients << " clients, " << seconds << " s):";
    for (const Script &s : scripts) {
        const QString path = dir.filePath(QString::fromLatin1(s.name) + QStringLiteral(".sql"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(s.text);
        f.close();
        pgbenchArgs << QStringLiteral("-f") << path + QLatin1Char('@') + QString::number(s.weight);
        out << ' ' << s.name << '@' << s.weight;
    }
    out << '\n';
    out.flush();

    // Reset so the bench sees only its own statements.
    if (PGconn *c = PQconnectdb(uri.toUtf8().constData())) {
        PQclear(PQexec(c, "SELECT pg_stat_statements_reset()"));
        PQfinish(c);
    }

    ConnectParams params;
    params.conninfo = uri;
    PgMonitorWorker worker(params);
    worker.setIntervalMs(1000);
    std::vector<Interval> intervals;
    std::vector<double> collectMs;
    QObject::connect(&worker, &MonitorWorker::metricsSampled, &app, [&](const MetricsSample &s) {
        collectMs.push_back(s.collectMs);
        if (s.statementsGap || !s.latencyMs)
            return;
        Interval i;
        i.to = double(s.time.toMSecsSinceEpoch()) / 1000.0;
        i.from = i.to - s.elapsedSeconds;
        i.estimate = *s.latencyMs;
        i.statements = s.statements;
        intervals.push_back(i);
    });

    QProcess bench;
    bench.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&bench, &QProcess::finished, &app, [&] { QTimer::singleShot(1200, &app, &QCoreApplication::quit); });
    worker.start();
    QTimer::singleShot(1500, &app, [&] { bench.start(pgbench, pgbenchArgs + QStringList{uri}); });
    app.exec();
    worker.stop();
    if (bench.exitCode() != 0) {
        out << "pgbench failed:\n" << bench.readAll() << '\n';
        return 1;
    }
    const QString summary = QString::fromUtf8(bench.readAll());
    for (const QString &line : summary.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("tps =")) || line.contains(QLatin1String("latency average")))
            out << "pgbench: " << line.trimmed() << '\n';
    }

    // pgbench -l: client_id transaction_no time(us) script_no time_epoch time_us
    std::vector<double> all;
    for (const QFileInfo &fi : QDir(dir.path()).entryInfoList({QStringLiteral("pgbench_log*")}, QDir::Files)) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QList<QByteArray> parts = f.readLine().simplified().split(' ');
            if (parts.size() < 6)
                continue;
            const double latencyMs = parts.at(2).toDouble() / 1000.0;
            const double end = parts.at(4).toDouble() + parts.at(5).toDouble() / 1e6;
            all.push_back(latencyMs);
            for (Interval &i : intervals) {
                if (end > i.from && end <= i.to) {
                    i.truth.push_back(latencyMs);
                    break;
                }
            }
        }
    }

    std::vector<double> e50, e95, e99;
    QList<PercentileEstimator::Component> mixture;
    int used = 0;
    if (verbose)
        out << "interval  n      true p50/p95/p99            estimated p50/p95/p99\n";
    for (const Interval &i : intervals) {
        if (i.truth.size() < 100)
            continue;
        ++used;
        const double t50 = percentile(i.truth, 0.50), t95 = percentile(i.truth, 0.95), t99 = percentile(i.truth, 0.99);
        e50.push_back(std::abs(i.estimate.p50 - t50) / t50);
        e95.push_back(std::abs(i.estimate.p95 - t95) / t95);
        e99.push_back(std::abs(i.estimate.p99 - t99) / t99);
        for (const StatementInterval &s : i.statements)
            mixture << PercentileEstimator::componentFor(s);
        if (verbose) {
            out << QStringLiteral("%1 %2  %3 %4 %5    %6 %7 %8\n").arg(used, 3).arg(i.truth.size(), 6)
                       .arg(t50, 7, 'f', 2).arg(t95, 7, 'f', 2).arg(t99, 7, 'f', 2)
                       .arg(i.estimate.p50, 7, 'f', 2).arg(i.estimate.p95, 7, 'f', 2).arg(i.estimate.p99, 7, 'f', 2);
        }
    }
    if (used == 0 || all.empty()) {
        out << "no usable intervals\n";
        return 1;
    }
    auto pct = [](double v) { return QString::number(v * 100, 'f', 1) + QLatin1Char('%'); };
    out << "intervals compared: " << used << " (transactions logged: " << all.size() << ")\n";
    out << "median relative error per interval: p50 " << pct(median(e50)) << ", p95 " << pct(median(e95))
        << ", p99 " << pct(median(e99)) << '\n';
    auto p90 = [](std::vector<double> v) { return percentile(v, 0.9); };
    out << "90th-percentile relative error:     p50 " << pct(p90(e50)) << ", p95 " << pct(p90(e95)) << ", p99 "
        << pct(p90(e99)) << '\n';
    const double all50 = percentile(all, 0.5), all95 = percentile(all, 0.95), all99 = percentile(all, 0.99);
    const double o50 = *PercentileEstimator::quantile(mixture, 0.5);
    const double o95 = *PercentileEstimator::quantile(mixture, 0.95);
    const double o99 = *PercentileEstimator::quantile(mixture, 0.99);
    out << QStringLiteral("overall: true p50 %1 p95 %2 p99 %3 ms; estimated %4 %5 %6 ms; errors %7 %8 %9\n")
               .arg(all50, 0, 'f', 2).arg(all95, 0, 'f', 2).arg(all99, 0, 'f', 2)
               .arg(o50, 0, 'f', 2).arg(o95, 0, 'f', 2).arg(o99, 0, 'f', 2)
               .arg(pct(std::abs(o50 - all50) / all50), pct(std::abs(o95 - all95) / all95), pct(std::abs(o99 - all99) / all99));
    out << "collect_ms (client wall time per refresh): median " << QString::number(median(collectMs), 'f', 2)
        << ", max " << QString::number(*std::max_element(collectMs.begin(), collectMs.end()), 'f', 2) << '\n';

    // Server execution time of our own monitoring statements, from pg_stat_statements itself.
    if (PGconn *c = PQconnectdb(uri.toUtf8().constData())) {
        PGresult *r = PQexec(c, "SELECT substring(query from '/\\* dbpulse:([a-z ]+)') AS q, calls, mean_exec_time, "
                                "max_exec_time FROM pg_stat_statements WHERE query LIKE '/* dbpulse:metrics%' ORDER BY 1");
        double perRefresh = 0;
        for (int row = 0; row < PQntuples(r); ++row) {
            const double mean = QByteArray(PQgetvalue(r, row, 2)).toDouble();
            if (QByteArray(PQgetvalue(r, row, 0)) != "metrics texts")
                perRefresh += mean;
            out << "server time " << PQgetvalue(r, row, 0) << ": calls " << PQgetvalue(r, row, 1) << ", mean "
                << QString::number(mean, 'f', 3) << " ms, max " << QString::number(QByteArray(PQgetvalue(r, row, 3)).toDouble(), 'f', 3) << " ms\n";
        }
        out << "server time per refresh (server + statements queries, mean): " << QString::number(perRefresh, 'f', 3) << " ms\n";
        PQclear(r);
        PQfinish(c);
    }
    return 0;
}
