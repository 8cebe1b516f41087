#include "tests/support/collectorrun.h"

#include "core/db/pgconnection.h"
#include "core/metrics/metricscollector.h"

#include <QSignalSpy>
#include <QTest>

namespace dbpulse::test {

bool openMonitorConnection(PgConnection &connection, const QString &uri)
{
    ConnectParams params;
    params.conninfo = uri;
    QSignalSpy opened(&connection, &PgConnection::opened);
    connection.open(params);
    return QTest::qWaitFor([&] { return opened.size() == 1; }, 10000);
}

bool collectFreshStatements(MetricsCollector &collector, MetricsSample *out)
{
    // The slowest cadence reads statements every tenth refresh; a few more cover a gap.
    for (int attempt = 0; attempt < 12; ++attempt) {
        bool done = false, ok = false;
        collector.collect([&](bool good, const ActivitySample &, const MetricsSample &s) {
            ok = good;
            *out = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
            return false;
        if (out->statementsFresh)
            return out->statementsAvailable;
    }
    return false;
}

} // namespace dbpulse::test
