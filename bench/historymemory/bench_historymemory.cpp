// Memory of one monitored server's 24 h of in-app history: fills the charts' ring buffers
// (MetricsHistory and ActivityHistory, as each ServerState keeps them) with 86,400 one-second
// samples and reports the resident-set growth. The samples carry a realistic statement list
// (only the newest full sample is kept, so it must not multiply). Goal: ≤ 20 MB per server.
// The per-statement StatementHistory the Queries page's ranges read is measured apart: it keeps
// every statement of every interval of the last hour, so it grows with the statements that run.

#include "models/activityhistory.h"
#include "models/metricshistory.h"
#include "core/metrics/statementhistory.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <memory>
#include <malloc.h>
#include <unistd.h>

using namespace dbpulse;

namespace {

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
                             : 0.0;
}

MetricsSample metricsSample(qint64 ms, int i)
{
    MetricsSample s;
    s.time = QDateTime::fromMSecsSinceEpoch(ms);
    s.connections = ConnectionCounts{40 + i % 7, 5 + i % 3, 30, 2, i % 2, 100};
    s.rates.transactionsPerSecond = 800 + i % 50;
    s.statementsAvailable = true;
    s.statementsPerSecond = 2400 + i % 90;
    s.cacheHitRatio.table = 0.99;
    s.cacheHitRatio.index = 0.995;
    s.latencyMs = LatencyPercentiles{0.4, 3.2, 11.0 + i % 5};
    for (int k = 0; k < 50; ++k) {
        StatementInterval st;
        st.queryId = 1000 + k;
        st.calls = 40 + k;
        st.totalMs = 12.5 * k;
        st.p95Ms = 1.5 * k;
        st.dbId = 16384;
        st.database = QStringLiteral("app");
        st.users = {QStringLiteral("app_user")};
        s.statements << st;
    }
    return s;
}

ActivitySample activitySample(qint64 ms, int i)
{
    ActivitySample a;
    a.time = QDateTime::fromMSecsSinceEpoch(ms);
    a.total = 40 + i % 7;
    a.active = 5 + i % 3;
    a.idle = 30;
    a.idleInTransaction = 2;
    a.waiting = i % 2;
    a.other = std::max(0, a.total - a.active - a.idle - a.idleInTransaction - a.waiting);
    a.maxConnections = 100;
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int servers = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 4;
    constexpr int samples = 86400;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(samples) * 1000;

    const double before = residentMiB();
    std::vector<std::unique_ptr<MetricsHistory>> metrics;
    std::vector<std::unique_ptr<ActivityHistory>> activity;
    for (int s = 0; s < servers; ++s) {
        // The capacities ServerState uses.
        metrics.push_back(std::make_unique<MetricsHistory>());
        activity.push_back(std::make_unique<ActivityHistory>(86400));
        for (int i = 0; i < samples; ++i) {
            const qint64 ms = start + qint64(i) * 1000;
            metrics.back()->append(metricsSample(ms, i));
            activity.back()->append(activitySample(ms, i));
        }
    }
    const double after = residentMiB();
    out << "servers: " << servers << ", samples each: " << samples << '\n';
    out << "resident before " << QString::number(before, 'f', 1) << " MiB, after " << QString::number(after, 'f', 1)
        << " MiB\n";
    out << "per server (24 h at 1 s): " << QString::number((after - before) / servers, 'f', 2) << " MiB (goal <= 20)\n";

    // One server's statement history: 50 statements with calls in each of 86,400 intervals.
    const double statementsBefore = residentMiB();
    {
        StatementHistory statements;
        for (int i = 0; i < samples; ++i)
            statements.add(metricsSample(start + qint64(i) * 1000, i).statements, start + qint64(i) * 1000);
        const double grown = residentMiB() - statementsBefore;
        malloc_trim(0); // what the allocator kept from folding's churn, apart from the live data
        out << "statement history (50 statements every 1 s for 24 h): " << statements.size() << " buckets, "
            << QString::number(grown, 'f', 2) << " MiB resident growth, "
            << QString::number(residentMiB() - statementsBefore, 'f', 2) << " MiB after malloc_trim\n";
    }
    return 0;
}
