// A target names a database, and its figures are that database's: two databases of one real
// cluster, one busy (a load loop of short transactions on its own connection) and one quiet.
// The quiet one shows no transactions, no statements and its own connections; the busy one its
// load; the server's figures are the same seen from either.
#include "core/db/pgconnection.h"
#include "core/metrics/metricscollector.h"
#include "tests/support/collectorrun.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int loadTransactions = 400;

/// What one target's collector counted over several intervals.
struct Totals
{
    double transactions = 0;        ///< the database's, from its rates
    double serverTransactions = 0;  ///< the server's
    qint64 statementCalls = 0;      ///< of statements that ran in the target database
    qint64 otherDatabaseCalls = 0;  ///< listed, but of other databases
    int intervals = 0;

    void add(const MetricsSample &s)
    {
        QVERIFY2(!s.gap && !s.server.gap && !s.statementsGap,
                 qPrintable(s.gapReason + s.server.gapReason + s.statementsGapReason));
        transactions += s.rates.transactionsPerSecond * s.elapsedSeconds;
        serverTransactions += s.server.rates.transactionsPerSecond * s.elapsedSeconds;
        for (const StatementInterval &st : s.statements) {
            QVERIFY(!st.database.isEmpty());
            QCOMPARE(st.database == s.database, s.inDatabase(st));
            (s.inDatabase(st) ? statementCalls : otherDatabaseCalls) += st.calls;
        }
        ++intervals;
    }
};

/// The monitor of one target: its own session and collector.
struct Monitor
{
    PgConnection connection;
    MetricsCollector collector{&connection};
    MetricsSample last;
    Totals totals;
};

} // namespace

class TestDatabaseScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void busyAndQuietDatabases()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString busyUri = freshDatabase(cluster, u"scope_busy"_s);
        const QString quietUri = freshDatabase(cluster, u"scope_quiet"_s);
        QVERIFY(!busyUri.isEmpty() && !quietUri.isEmpty());

        // Idle sessions: two in the quiet database, three in the busy one (plus its load).
        std::vector<std::unique_ptr<PlainConnection>> idle;
        for (const QString &uri : {quietUri, quietUri, busyUri, busyUri, busyUri}) {
            idle.push_back(std::make_unique<PlainConnection>(uri));
            QVERIFY(idle.back()->ok());
        }
        PlainConnection load(busyUri);
        QVERIFY(load.ok());
        QCOMPARE(load.exec(u"CREATE TABLE scope_load (id int PRIMARY KEY)"_s), QString());

        Monitor busy, quiet;
        QVERIFY(openMonitorConnection(busy.connection, busyUri));
        QVERIFY(openMonitorConnection(quiet.connection, quietUri));
        QVERIFY(collectFreshStatements(busy.collector, &busy.last));
        QVERIFY(collectFreshStatements(quiet.collector, &quiet.last));
        QCOMPARE(busy.last.database, u"scope_busy"_s);
        QCOMPARE(quiet.last.database, u"scope_quiet"_s);
        QVERIFY(busy.last.databaseId != quiet.last.databaseId);

        // The load: many short transactions, each its own commit.
        for (int i = 0; i < loadTransactions; ++i)
            QCOMPARE(load.exec(u"SELECT count(*) FROM scope_load WHERE id = %1"_s.arg(i)), QString());

        // pg_stat_database hears of a backend's commits when it flushes its statistics (at most
        // once a second, once idle): refresh both until the busy database has counted them all.
        // The quiet target's per-database list counts the busy database's load too (it is the
        // server's list), and the quiet database's own transactions without DB Pulse's session.
        double busyListed = 0, quietListed = 0;
        const auto refreshBoth = [&] {
            for (Monitor *m : {&busy, &quiet}) {
                if (!collectFreshStatements(m->collector, &m->last))
                    return false;
                m->totals.add(m->last);
            }
            for (const DatabaseActivity &d : quiet.last.server.databases) {
                if (d.name == u"scope_busy"_s)
                    busyListed += d.transactionsPerSecond.value_or(0) * quiet.last.elapsedSeconds;
                if (d.name == u"scope_quiet"_s)
                    quietListed += d.transactionsPerSecond.value_or(0) * quiet.last.elapsedSeconds;
            }
            return busy.totals.transactions >= loadTransactions - 0.5 && busy.totals.statementCalls >= loadTransactions;
        };
        QVERIFY2(QTest::qWaitFor(refreshBoth, 60000),
                 qPrintable(u"busy counted %1 transactions, %2 calls"_s.arg(busy.totals.transactions)
                                .arg(busy.totals.statementCalls)));
        // One more round, so the quiet side covers every moment the busy side does.
        QVERIFY(refreshBoth() || true);

        qInfo().noquote() << u"busy: %1 tx over %2 intervals; quiet: %3 tx; server (either): %4 / %5 tx"_s
                                 .arg(busy.totals.transactions).arg(busy.totals.intervals)
                                 .arg(quiet.totals.transactions)
                                 .arg(busy.totals.serverTransactions).arg(quiet.totals.serverTransactions);

        // The quiet database ran nothing: DB Pulse's own monitoring is left out of its rates
        // and statements, and the busy database's load is not its.
        QVERIFY2(quiet.totals.transactions < 10, qPrintable(QString::number(quiet.totals.transactions)));
        QCOMPARE(quiet.totals.statementCalls, qint64(0));
        QVERIFY2(quiet.totals.otherDatabaseCalls >= loadTransactions,
                 "the busy database's statements are listed with their database, for the Queries page");
        QVERIFY(busy.totals.statementCalls >= loadTransactions);
        // The server's rates hold the load, seen from either database.
        QVERIFY(busy.totals.serverTransactions >= loadTransactions - 0.5);
        QVERIFY(quiet.totals.serverTransactions >= loadTransactions - 0.5);

        // Connections to each database are its own (our monitoring session included)…
        QCOMPARE(quiet.last.connections.total, 2 + 1);
        QCOMPARE(busy.last.connections.total, 3 + 1 + 1);
        QCOMPARE(quiet.last.connections.idle, 2);
        // …and the server's are every database's, the same from both targets.
        QCOMPARE(busy.last.server.connections.total, quiet.last.server.connections.total);
        QVERIFY(quiet.last.server.connections.total >= quiet.last.connections.total + busy.last.connections.total);
        QCOMPARE(busy.last.server.connections.max, quiet.last.server.connections.max);
        QVERIFY(quiet.last.server.connections.max > 0);
        // Uptime is the server's: the same start time from both.
        const auto started = [](const MetricsSample &s) {
            return s.time.toMSecsSinceEpoch() / 1000.0 - s.server.uptimeSeconds;
        };
        QVERIFY(qAbs(started(busy.last) - started(quiet.last)) < 0.01);
        // The server's per-database list, the same databases from both targets, each with its
        // own connections; transactions summed over the run from the quiet target's list.
        const auto find = [](const MetricsSample &s, const QString &name) -> const DatabaseActivity * {
            for (const DatabaseActivity &d : s.server.databases) {
                if (d.name == name)
                    return &d;
            }
            return nullptr;
        };
        for (const Monitor *m : {&busy, &quiet}) {
            QVERIFY2(find(m->last, u"scope_busy"_s) && find(m->last, u"scope_quiet"_s) && find(m->last, u"postgres"_s),
                     qPrintable(QString::number(m->last.server.databases.size())));
            QCOMPARE(find(m->last, u"scope_quiet"_s)->connections, quiet.last.connections.total);
            QCOMPARE(find(m->last, u"scope_busy"_s)->connections, busy.last.connections.total);
        }
        QVERIFY(busyListed >= loadTransactions - 0.5);
        QVERIFY2(quietListed < 10, qPrintable(QString::number(quietListed)));
        QVERIFY(busy.last.server.checkpoints.has_value());
        QVERIFY(busy.last.server.walBytesPerSecond >= 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseScope)
#include "tst_databasescope.moc"
