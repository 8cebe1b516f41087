// Accuracy of the latency-percentile estimator against pgbench's own per-transaction log.
//
// Starts a throwaway cluster, runs pgbench with single-statement scripts of known latency shapes
// (-l: one log line per transaction), samples pg_stat_statements every second with the real
// PgMonitorWorker, and compares the estimated p50/p95/p99 with the true percentiles of the
// transactions that finished in the same interval: for all statements together and for each one.
// Shape "mix": five statements of different shapes. Shape "bimodal": one statement with two
// latency modes (0.2 ms hit, 40 ms miss, 9:1); the server's own statement log is the control
// truth there (pgbench's latency adds the round trip and the client's scheduling).
// Finally reports the server execution time of DB Pulse's own monitoring statements.
#include "core/demo/localcluster.h"
#include "core/metrics/percentileestimator.h"
#include "core/metrics/statementrange.h"
#include "core/monitor/pgmonitorworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <libpq-fe.h>
#include <vector>

using namespace dbpulse;

namespace {

struct Script
{
    const char *name;
    int weight;
    const char *text;
    const char *match;  ///< a part of its text in pg_stat_statements and in the server log
};

// Each script is one statement, so a pgbench "transaction" latency is one statement latency.
// The sleeps have distinct query shapes so pg_stat_statements keeps them apart.
const std::vector<Script> mixScripts = {
    {"lookup", 30, "\\set aid random(1, 100000)\nSELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n", "WHERE aid ="},
    {"aggregate", 8, "\\set n random(1000, 20000)\nSELECT count(*), avg(abalance) FROM pgbench_accounts WHERE aid <= :n;\n",
     "WHERE aid <="},
    {"lognormal", 35, "\\set g random_gaussian(-100000, 100000, 4.0)\n\\set d exp(ln(0.004) + 0.5 * :g / 25000.0)\n"
                      "SELECT pg_sleep(:d);\n", "SELECT pg_sleep("},
    {"exponential", 20, "\\set u random(1, 1000000)\n\\set d -0.010 * ln(:u / 1000000.0)\nSELECT 1 FROM pg_sleep(:d);\n",
     "SELECT $1 FROM pg_sleep"},
    {"uniform", 7, "\\set u random(20000, 60000)\nSELECT count(*) FROM pg_sleep(:u / 1000000.0);\n", "count(*) FROM pg_sleep"},
};

// One statement text, two modes: counting 3,000 rows (≈ 0.2 ms, the "hit") and, one call in ten,
// a 40 ms sleep on top (the "miss"). random() decides inside the statement, so
// pg_stat_statements sees a single entry.
const std::vector<Script> bimodalScripts = {
    {"bimodal", 1, "SELECT pg_sleep(CASE WHEN random() < 0.1 THEN 0.04 ELSE 0 END), count(*) FROM generate_series(1, 3000);\n",
     "WHEN random() <"},
};

struct Call
{
    double end = 0;      ///< epoch seconds
    double latencyMs = 0;
    int script = -1;
};

struct Interval
{
    double from = 0;     ///< epoch seconds (server clock)
    double to = 0;
    LatencyPercentiles estimate;
    QList<StatementInterval> statements;
};

struct Errors
{
    std::vector<double> p50, p95, p99;
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

QString pct(double v)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v * 100, 'f', 1) + QLatin1Char('%');
}

double relativeError(double estimate, double truth)
{
    return std::abs(estimate - truth) / truth;
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

/// pgbench -l: client_id transaction_no time(us) script_no time_epoch time_us
std::vector<Call> readPgbenchLog(const QString &dir)
{
    std::vector<Call> calls;
    for (const QFileInfo &fi : QDir(dir).entryInfoList({QStringLiteral("pgbench_log*")}, QDir::Files)) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QList<QByteArray> parts = f.readLine().simplified().split(' ');
            if (parts.size() >= 6)
                calls.push_back({parts.at(4).toDouble() + parts.at(5).toDouble() / 1e6, parts.at(2).toDouble() / 1000.0,
                                 parts.at(3).toInt()});
        }
    }
    return calls;
}

/// The server's own duration of each script statement (log_min_duration_statement = 0 with an
/// epoch prefix): parse, plan and execution, without the round trip.
std::vector<Call> readServerLog(const QString &path, const std::vector<Script> &scripts)
{
    std::vector<Call> calls;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return calls;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        const qsizetype at = line.indexOf(" LOG:  duration: ");
        if (at < 0)
            continue;
        for (size_t s = 0; s < scripts.size(); ++s) {
            if (line.contains(scripts[s].match)) {
                const QByteArray duration = line.mid(at + 17).split(' ').value(0);
                calls.push_back({line.left(line.indexOf(' ')).toDouble(), duration.toDouble(), int(s)});
                break;
            }
        }
    }
    return calls;
}

/// Which queryid each script's statement got, by its text.
QHash<int, qint64> queryIdsOf(const QString &uri, const std::vector<Script> &scripts)
{
    QHash<int, qint64> ids;
    PGconn *c = PQconnectdb(uri.toUtf8().constData());
    PGresult *r = PQexec(c, "SELECT queryid, query FROM pg_stat_statements WHERE query NOT LIKE '%dbpulse:%'");
    for (int row = 0; row < PQntuples(r); ++row) {
        const QByteArray text = PQgetvalue(r, row, 1);
        for (size_t s = 0; s < scripts.size(); ++s) {
            if (text.contains(scripts[s].match) && !ids.contains(int(s)))
                ids.insert(int(s), QByteArray(PQgetvalue(r, row, 0)).toLongLong());
        }
    }
    PQclear(r);
    PQfinish(c);
    return ids;
}

/// The latencies of \a calls (of \a script, or all for -1) that ended in \a i.
std::vector<double> truthIn(const std::vector<Call> &calls, const Interval &i, int script)
{
    std::vector<double> v;
    for (const Call &c : calls) {
        if (c.end > i.from && c.end <= i.to && (script < 0 || c.script == script))
            v.push_back(c.latencyMs);
    }
    return v;
}

void addErrors(Errors &e, const LatencyPercentiles &estimate, const std::vector<double> &truth)
{
    e.p50.push_back(relativeError(estimate.p50, percentile(truth, 0.50)));
    e.p95.push_back(relativeError(estimate.p95, percentile(truth, 0.95)));
    e.p99.push_back(relativeError(estimate.p99, percentile(truth, 0.99)));
}

QString errorLine(const Errors &e)
{
    auto p90 = [](const std::vector<double> &v) { return v.empty() ? NAN : percentile(v, 0.9); };
    return QStringLiteral("intervals %1, median error p50 %2 p95 %3 p99 %4 (90th pct of the errors: %5 %6 %7)")
        .arg(e.p50.size())
        .arg(pct(median(e.p50)), pct(median(e.p95)), pct(median(e.p99)), pct(p90(e.p50)), pct(p90(e.p95)), pct(p90(e.p99)));
}

QString wholeRunLine(const LatencyPercentiles &est, const std::vector<double> &truth)
{
    const double t50 = percentile(truth, 0.5), t95 = percentile(truth, 0.95), t99 = percentile(truth, 0.99);
    return QStringLiteral("true p50 %1 p95 %2 p99 %3 ms; estimated %4 %5 %6 ms; errors %7 %8 %9")
        .arg(t50, 0, 'f', 2).arg(t95, 0, 'f', 2).arg(t99, 0, 'f', 2)
        .arg(est.p50, 0, 'f', 2).arg(est.p95, 0, 'f', 2).arg(est.p99, 0, 'f', 2)
        .arg(pct(relativeError(est.p50, t50)), pct(relativeError(est.p95, t95)), pct(relativeError(est.p99, t99)));
}

/// Per-interval and whole-run errors of one statement (or of all: queryId 0) against \a calls.
void reportAgainst(QTextStream &out, const char *truthName, const std::vector<Call> &calls,
                   const std::vector<Interval> &intervals, int script, qint64 queryId)
{
    Errors errors;
    int twoModes = 0; // intervals the estimator read as two latency modes
    QList<StatementInterval> all;
    QList<StatementBucket> buckets;
    for (const Interval &i : intervals) {
        QList<StatementInterval> mine;
        for (const StatementInterval &s : i.statements) {
            if (queryId == 0 || s.queryId == queryId)
                mine << s;
        }
        all << mine;
        for (const StatementInterval &s : std::as_const(mine)) {
            buckets << StatementBucket::fromInterval(s, qint64(i.to * 1000));
            twoModes += PercentileEstimator::componentsFor(s).size() > 1 ? 1 : 0;
        }
        const std::vector<double> truth = truthIn(calls, i, script);
        if (truth.size() < 100 || mine.isEmpty())
            continue;
        addErrors(errors, queryId == 0 ? i.estimate : *PercentileEstimator::estimate(mine), truth);
    }
    std::vector<double> truth;
    for (const Call &c : calls) {
        if (script < 0 || c.script == script)
            truth.push_back(c.latencyMs);
    }
    if (truth.empty() || all.isEmpty())
        return;
    out << "  vs " << truthName << " (" << truth.size() << " calls): " << errorLine(errors) << '\n';
    if (queryId != 0)
        out << "    statement-intervals read as two modes: " << twoModes << " of " << all.size() << '\n';
    out << "    whole run: " << wholeRunLine(*PercentileEstimator::estimate(all), truth) << '\n';
    if (queryId != 0) {
        // What the Queries page shows for the range: p95/p99 from the stored buckets.
        const StatementRangeRow row = StatementRange::summarize(buckets, 0, qint64(1) << 50).constFirst();
        out << QStringLiteral("    range (Queries page): p95 %1 p99 %2 ms; errors %3 %4\n")
                   .arg(row.p95Ms, 0, 'f', 2).arg(row.p99Ms, 0, 'f', 2)
                   .arg(pct(relativeError(row.p95Ms, percentile(truth, 0.95))), pct(relativeError(row.p99Ms, percentile(truth, 0.99))));
    }
}

void reportOwnServerTime(QTextStream &out, const QString &uri)
{
    PGconn *c = PQconnectdb(uri.toUtf8().constData());
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

/// Samples every second while pgbench runs; the intervals with statement values.
std::vector<Interval> sampleWhile(QCoreApplication &app, const QString &uri, QProcess &bench, const QString &pgbench,
                                  const QStringList &args, std::vector<double> *collectMs)
{
    ConnectParams params;
    params.conninfo = uri;
    PgMonitorWorker worker(params);
    worker.setIntervalMs(1000);
    std::vector<Interval> intervals;
    QObject::connect(&worker, &MonitorWorker::metricsSampled, &app, [&](const MetricsSample &s) {
        collectMs->push_back(s.collectMs);
        if (s.statementsGap || !s.latencyMs || !s.statementsFresh)
            return;
        Interval i;
        i.to = double(s.time.toMSecsSinceEpoch()) / 1000.0;
        i.from = i.to - (s.statementsWindowSeconds > 0 ? s.statementsWindowSeconds : s.elapsedSeconds);
        i.estimate = *s.latencyMs;
        i.statements = s.statements;
        intervals.push_back(i);
    });
    bench.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&bench, &QProcess::finished, &app, [&] { QTimer::singleShot(1200, &app, &QCoreApplication::quit); });
    worker.start();
    QTimer::singleShot(1500, &app, [&] { bench.start(pgbench, args + QStringList{uri}); });
    app.exec();
    worker.stop();
    return intervals;
}

/// Writes one pgbench script file per statement and adds it with its weight to \a args.
bool writeScripts(const QTemporaryDir &dir, const std::vector<Script> &scripts, QStringList *args, QTextStream &out)
{
    for (const Script &s : scripts) {
        const QString path = dir.filePath(QString::fromLatin1(s.name) + QStringLiteral(".sql"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(s.text);
        f.close();
        *args << QStringLiteral("-f") << path + QLatin1Char('@') + QString::number(s.weight);
        out << ' ' << s.name << '@' << s.weight;
    }
    out << '\n';
    out.flush();
    return true;
}

/// BENCH_VERBOSE: every interval's true and estimated percentiles, all statements together.
void printEveryInterval(QTextStream &out, const std::vector<Call> &calls, const std::vector<Interval> &intervals)
{
    out << "interval  n      true p50/p95/p99            estimated p50/p95/p99\n";
    int n = 0;
    for (const Interval &i : intervals) {
        const std::vector<double> truth = truthIn(calls, i, -1);
        if (truth.size() < 100)
            continue;
        out << QStringLiteral("%1 %2  %3 %4 %5    %6 %7 %8\n").arg(++n, 3).arg(truth.size(), 6)
                   .arg(percentile(truth, 0.5), 7, 'f', 2).arg(percentile(truth, 0.95), 7, 'f', 2).arg(percentile(truth, 0.99), 7, 'f', 2)
                   .arg(i.estimate.p50, 7, 'f', 2).arg(i.estimate.p95, 7, 'f', 2).arg(i.estimate.p99, 7, 'f', 2);
    }
}

/// A fresh cluster with pgbench's tables; in bimodal mode it logs every statement's duration.
bool startCluster(LocalCluster &cluster, bool bimodal, const QString &pgbench, QTextStream &out)
{
    LocalClusterOptions options;
    options.extraSettings = {QStringLiteral("max_connections = 50"), QStringLiteral("log_min_messages = warning")};
    if (bimodal) // the control truth: every statement's server duration, stamped with the epoch
        options.extraSettings << QStringLiteral("log_min_duration_statement = 0") << QStringLiteral("log_line_prefix = '%n '");
    QString error;
    if (!cluster.create(options, &error)) {
        out << "cannot create cluster: " << error << '\n';
        return false;
    }
    QString log;
    if (!runBlocking(pgbench, {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("1"), cluster.uri()}, &log)) {
        out << "pgbench -i failed: " << log << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int seconds = args.size() > 1 ? args.at(1).toInt() : 60;
    const int clients = args.size() > 2 ? args.at(2).toInt() : 8;
    const QString shape = args.size() > 3 ? args.at(3) : QStringLiteral("mix");
    if (shape != QLatin1String("mix") && shape != QLatin1String("bimodal")) {
        out << "usage: bench_percentiles [SECONDS] [CLIENTS] [mix|bimodal]\n";
        return 2;
    }
    const bool bimodal = shape == QLatin1String("bimodal");
    const std::vector<Script> &scripts = bimodal ? bimodalScripts : mixScripts;

    QString binDir = LocalCluster::findServerBinDir();
    const QString pgbench = QDir(binDir).filePath(QStringLiteral("pgbench"));
    if (binDir.isEmpty() || !QFile::exists(pgbench)) {
        out << "pgbench not found (PostgreSQL server binaries)\n";
        return 1;
    }
    LocalCluster cluster;
    if (!startCluster(cluster, bimodal, pgbench, out))
        return 1;
    const QString uri = cluster.uri();

    QTemporaryDir dir;
    QStringList pgbenchArgs{QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("simple"),
                            QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"), QStringLiteral("2"),
                            QStringLiteral("-T"), QString::number(seconds), QStringLiteral("-l"),
                            QStringLiteral("--log-prefix=") + dir.filePath(QStringLiteral("pgbench_log"))};
    out << "workload " << shape << " (" << clients << " clients, " << seconds << " s):";
    if (!writeScripts(dir, scripts, &pgbenchArgs, out))
        return 1;

    // Reset so the bench sees only its own statements.
    if (PGconn *c = PQconnectdb(uri.toUtf8().constData())) {
        PQclear(PQexec(c, "SELECT pg_stat_statements_reset()"));
        PQfinish(c);
    }

    QProcess bench;
    std::vector<double> collectMs;
    const std::vector<Interval> intervals = sampleWhile(app, uri, bench, pgbench, pgbenchArgs, &collectMs);
    if (bench.exitCode() != 0) {
        out << "pgbench failed:\n" << bench.readAll() << '\n';
        return 1;
    }
    const QString summary = QString::fromUtf8(bench.readAll());
    for (const QString &line : summary.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("tps =")) || line.contains(QLatin1String("latency average")))
            out << "pgbench: " << line.trimmed() << '\n';
    }
    const std::vector<Call> calls = readPgbenchLog(dir.path());
    const std::vector<Call> serverCalls =
        bimodal ? readServerLog(cluster.baseDir() + QStringLiteral("/server.log"), scripts) : std::vector<Call>{};
    if (intervals.empty() || calls.empty()) {
        out << "no usable intervals\n";
        return 1;
    }

    if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
        printEveryInterval(out, calls, intervals);
    out << "all statements (" << intervals.size() << " intervals sampled):\n";
    reportAgainst(out, "pgbench log", calls, intervals, -1, 0);
    const QHash<int, qint64> ids = queryIdsOf(uri, scripts);
    for (size_t s = 0; s < scripts.size(); ++s) {
        if (!ids.contains(int(s)))
            continue;
        out << "statement " << scripts[s].name << ":\n";
        reportAgainst(out, "pgbench log", calls, intervals, int(s), ids.value(int(s)));
        if (!serverCalls.empty())
            reportAgainst(out, "server log", serverCalls, intervals, int(s), ids.value(int(s)));
    }
    out << "collect_ms (client wall time per refresh): median " << QString::number(median(collectMs), 'f', 2)
        << ", max " << QString::number(*std::max_element(collectMs.begin(), collectMs.end()), 'f', 2) << '\n';
    reportOwnServerTime(out, uri);
    return 0;
}
