#include "core/metrics/counterdelta.h"

#include <QTest>

using namespace dbpulse;

namespace {

ServerSnapshot base()
{
    ServerSnapshot s;
    s.serverTime = 1000.0;
    s.postmasterStart = 500.0;
    s.statsReset = 0;
    s.commits = 1000;
    s.rollbacks = 10;
    s.blocksHit = 9000;
    s.blocksRead = 1000;
    s.tempFiles = 1;
    s.tempBytes = 4096;
    s.deadlocks = 0;
    s.tableBlocksHit = 800;
    s.tableBlocksRead = 200;
    s.indexBlocksHit = 500;
    s.indexBlocksRead = 0;
    return s;
}

} // namespace

class TestCounterDelta : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delta_data()
    {
        QTest::addColumn<qint64>("previous");
        QTest::addColumn<qint64>("current");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("grows") << qint64(10) << qint64(25) << true << qint64(15);
        QTest::newRow("unchanged") << qint64(10) << qint64(10) << true << qint64(0);
        QTest::newRow("reset to zero") << qint64(10) << qint64(0) << false << qint64(0);
        QTest::newRow("went backwards") << qint64(1'000'000) << qint64(3) << false << qint64(0);
        QTest::newRow("large") << qint64(1) << (qint64(1) << 50) << true << ((qint64(1) << 50) - 1);
    }
    void delta()
    {
        QFETCH(qint64, previous);
        QFETCH(qint64, current);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const auto d = CounterDelta::delta(previous, current);
        QCOMPARE(d.has_value(), valid);
        if (valid)
            QCOMPARE(*d, expected);
    }

    void rate_data()
    {
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<double>("elapsed");
        QTest::addColumn<double>("expected");
        QTest::newRow("one second") << qint64(100) << 1.0 << 100.0;
        QTest::newRow("late tick uses real time") << qint64(100) << 1.25 << 80.0;
        QTest::newRow("long outage") << qint64(3000) << 30.0 << 100.0;
        QTest::newRow("zero elapsed") << qint64(100) << 0.0 << 0.0;
        QTest::newRow("negative elapsed") << qint64(100) << -1.0 << 0.0;
    }
    void rate()
    {
        QFETCH(qint64, delta);
        QFETCH(double, elapsed);
        QFETCH(double, expected);
        QCOMPARE(CounterDelta::rate(delta, elapsed), expected);
    }

    void hitRatio_data()
    {
        QTest::addColumn<qint64>("hit");
        QTest::addColumn<qint64>("read");
        QTest::addColumn<bool>("present");
        QTest::addColumn<double>("expected");
        QTest::newRow("all hits") << qint64(50) << qint64(0) << true << 1.0;
        QTest::newRow("all reads") << qint64(0) << qint64(5) << true << 0.0;
        QTest::newRow("mixed") << qint64(90) << qint64(10) << true << 0.9;
        QTest::newRow("nothing read") << qint64(0) << qint64(0) << false << 0.0;
        QTest::newRow("negative") << qint64(-1) << qint64(3) << false << 0.0;
    }
    void hitRatio()
    {
        QFETCH(qint64, hit);
        QFETCH(qint64, read);
        QFETCH(bool, present);
        QFETCH(double, expected);
        const auto r = CounterDelta::hitRatio(hit, read);
        QCOMPARE(r.has_value(), present);
        if (present)
            QCOMPARE(*r, expected);
    }

    void interval_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason");
        QTest::newRow("normal") << 0 << true << QString();
        QTest::newRow("first sample") << 1 << false << QStringLiteral("first sample");
        QTest::newRow("restart") << 2 << false << QStringLiteral("server restarted");
        QTest::newRow("stats reset") << 3 << false << QStringLiteral("statistics reset");
        QTest::newRow("counter backwards") << 4 << false << QStringLiteral("counters went backwards");
        QTest::newRow("clock stalled") << 5 << false << QStringLiteral("clock did not advance");
        QTest::newRow("restart with bigger counters") << 6 << false << QStringLiteral("server restarted");
    }
    void interval()
    {
        QFETCH(int, change);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        ServerSnapshot previous = base();
        ServerSnapshot current = base();
        current.serverTime += 2.0;
        current.commits += 200;
        current.rollbacks += 2;
        current.tableBlocksHit += 90;
        current.tableBlocksRead += 10;
        switch (change) {
        case 1: previous = ServerSnapshot(); break;
        case 2: current.postmasterStart += 100; current.commits = 5; break;
        case 3: current.statsReset = 1500; break;
        case 4: current.deadlocks = -1; current.blocksRead = 10; break;
        case 5: current.serverTime = previous.serverTime; break;
        case 6: current.postmasterStart += 100; current.commits += 1'000'000; break;
        default: break;
        }
        MetricsSample sample;
        CounterDelta::apply(previous, current, sample);
        QCOMPARE(!sample.gap, valid);
        QVERIFY2(sample.gapReason.contains(reason), qPrintable(sample.gapReason));
        if (valid) {
            QCOMPARE(sample.elapsedSeconds, 2.0);
            QCOMPARE(sample.rates.commitsPerSecond, 100.0);
            QCOMPARE(sample.rates.rollbacksPerSecond, 1.0);
            QCOMPARE(sample.rates.transactionsPerSecond, 101.0);
            QCOMPARE(*sample.cacheHitRatio.table, 0.9);
            QVERIFY2(!sample.cacheHitRatio.index, "no index block was requested in the interval");
        } else {
            // A gap never carries a rate: no negative value, no spike.
            QCOMPARE(sample.rates.transactionsPerSecond, 0.0);
            QCOMPARE(sample.rates.commitsPerSecond, 0.0);
            QVERIFY(!sample.cacheHitRatio.table);
        }
    }

    // The server's per-database list: a database in both reads gets a rate, one that appeared
    // (created) or whose counters went backwards (its statistics reset) gets none, one that
    // disappeared (dropped) is not listed; the target's rate is the one given (ours left out).
    void perDatabase_data()
    {
        QTest::addColumn<qint64>("before");      // transactions at the previous read; -1: absent
        QTest::addColumn<qint64>("after");
        QTest::addColumn<bool>("valid");         // the server's interval
        QTest::addColumn<bool>("target");
        QTest::addColumn<double>("expected");    // -1: no rate
        QTest::newRow("steady") << qint64(100) << qint64(300) << true << false << 100.0;
        QTest::newRow("idle") << qint64(100) << qint64(100) << true << false << 0.0;
        QTest::newRow("appeared") << qint64(-1) << qint64(300) << true << false << -1.0;
        QTest::newRow("went backwards") << qint64(300) << qint64(100) << true << false << -1.0;
        QTest::newRow("server gap") << qint64(100) << qint64(300) << false << false << -1.0;
        QTest::newRow("target: its own rate") << qint64(100) << qint64(300) << true << true << 7.0;
    }

    void perDatabase()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, after);
        QFETCH(bool, valid);
        QFETCH(bool, target);
        QFETCH(double, expected);
        QHash<quint32, DatabaseCounters> previous, current;
        if (before >= 0)
            previous.insert(42, {QStringLiteral("b"), 0, before, 10, 10});
        previous.insert(7, {QStringLiteral("dropped"), 1, 5, 0, 0});
        current.insert(42, {QStringLiteral("b"), 3, after, 19, 11});
        current.insert(9, {QStringLiteral("a"), 0, 0, 0, 0});
        const QList<DatabaseActivity> list
            = CounterDelta::perDatabase(previous, current, 2.0, valid, target ? 42 : 1, 7.0);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, QStringLiteral("a")); // by name; "dropped" is gone
        const DatabaseActivity &b = list.at(1);
        QCOMPARE(b.dbId, 42u);
        QCOMPARE(b.connections, 3);
        QCOMPARE(b.transactionsPerSecond.value_or(-1), expected);
        if (expected >= 0 && !target)
            QCOMPARE(b.cacheHit.value_or(-1), 0.9); // 9 hits, 1 read in the interval
    }
};

QTEST_GUILESS_MAIN(TestCounterDelta)
#include "tst_counterdelta.moc"
