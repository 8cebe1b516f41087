#include "core/metrics/statementdelta.h"

#include <QTest>
#include <cmath>
#include <numeric>
#include <vector>

using namespace dbpulse;

namespace {

// What pg_stat_statements would report after these calls: n, mean, population stddev.
StatementCounters countersOf(const std::vector<double> &calls)
{
    StatementCounters c;
    c.calls = qint64(calls.size());
    if (calls.empty())
        return c;
    const double n = double(calls.size());
    c.totalMs = std::accumulate(calls.begin(), calls.end(), 0.0);
    c.meanMs = c.totalMs / n;
    double ss = 0;
    for (double x : calls)
        ss += (x - c.meanMs) * (x - c.meanMs);
    c.stddevMs = std::sqrt(ss / n);
    c.minMs = *std::min_element(calls.begin(), calls.end());
    c.maxMs = *std::max_element(calls.begin(), calls.end());
    c.rows = c.calls;
    c.sharedBlksHit = 3 * c.calls;
    return c;
}

double meanOf(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double varianceOf(const std::vector<double> &v)
{
    const double m = meanOf(v);
    double ss = 0;
    for (double x : v)
        ss += (x - m) * (x - m);
    return ss / double(v.size());
}

using Values = std::vector<double>;

} // namespace

Q_DECLARE_METATYPE(Values)

class TestStatementDelta : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intervalMoments_data()
    {
        QTest::addColumn<Values>("before");
        QTest::addColumn<Values>("during");
        QTest::newRow("simple") << Values{1, 2, 3} << Values{10, 20};
        QTest::newRow("one call in interval") << Values{5, 5, 7} << Values{42};
        QTest::newRow("constant interval") << Values{1, 100, 3} << Values{2, 2, 2, 2};
        QTest::newRow("first ever calls") << Values{} << Values{3, 4, 5};
        QTest::newRow("long history, short interval")
            << Values(100000, 1.0) << Values{1.5, 0.5, 1.0, 2.0};
        QTest::newRow("slow outliers") << Values{0.1, 0.2, 0.1} << Values{0.1, 0.1, 900.0};
    }
    void intervalMoments()
    {
        QFETCH(Values, before);
        QFETCH(Values, during);
        Values all = before;
        all.insert(all.end(), during.begin(), during.end());
        const auto d = StatementDelta::diff(7, countersOf(before), countersOf(all));
        QVERIFY(d);
        QCOMPARE(d->queryId, qint64(7));
        QCOMPARE(d->calls, qint64(during.size()));
        QVERIFY(qAbs(d->meanMs - meanOf(during)) < 1e-6 * std::max(1.0, meanOf(during)));
        QVERIFY2(qAbs(d->varianceMs2 - varianceOf(during)) < 1e-6 * std::max(1.0, varianceOf(during)),
                 qPrintable(QStringLiteral("%1 vs %2").arg(d->varianceMs2).arg(varianceOf(during))));
        QVERIFY(d->varianceMs2 >= 0);
        QCOMPARE(d->rows, qint64(during.size()));
        QCOMPARE(d->sharedBlksHit, qint64(3 * during.size()));
    }

    void noContribution_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("calls unchanged") << 0;
        QTest::newRow("reset (calls went backwards)") << 1;
        QTest::newRow("evicted and re-created") << 2;
    }
    void noContribution()
    {
        QFETCH(int, change);
        const StatementCounters before = countersOf({1, 2, 3, 4});
        StatementCounters after = before;
        if (change == 1)
            after = countersOf({9});
        if (change == 2) {
            after = countersOf({1, 1, 1, 1, 1, 1});
            after.rows = 0; // a new entry's other counters restart too
        }
        QVERIFY(!StatementDelta::diff(1, before, after));
    }

    void snapshot_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reason");
        QTest::newRow("normal") << 0 << true << QString();
        QTest::newRow("first") << 1 << false << QStringLiteral("first sample");
        QTest::newRow("reset") << 2 << false << QStringLiteral("reset");
        QTest::newRow("eviction") << 3 << false << QStringLiteral("evicted 3 entries");
        QTest::newRow("restart") << 4 << false << QStringLiteral("restarted");
    }
    void snapshot()
    {
        QFETCH(int, change);
        QFETCH(bool, valid);
        QFETCH(QString, reason);
        StatementsSnapshot previous;
        previous.serverTime = 100;
        previous.postmasterStart = 1;
        previous.dealloc = 5;
        previous.statsReset = 50;
        previous.entries.insert(1, countersOf({1, 1}));
        previous.entries.insert(2, countersOf({5}));
        previous.entries.insert(3, countersOf({8}));
        StatementsSnapshot current = previous;
        current.serverTime = 102;
        current.entries[1] = countersOf({1, 1, 2, 2, 2});         // 3 calls
        current.entries.insert(4, countersOf({7, 7, 7}));         // new: contributes nothing
        current.entries.remove(3);                                 // gone: nothing
        switch (change) {
        case 1: previous = StatementsSnapshot(); break;
        case 2: current.statsReset = 101; break;
        case 3: current.dealloc = 8; break;
        case 4: current.postmasterStart = 99; break;
        default: break;
        }
        const StatementDelta::Result r = StatementDelta::diff(previous, current);
        QCOMPARE(r.validity.valid, valid);
        QVERIFY2(r.validity.reason.contains(reason), qPrintable(r.validity.reason));
        if (valid) {
            QCOMPARE(r.elapsedSeconds, 2.0);
            QCOMPARE(r.calls, qint64(3));
            QCOMPARE(r.statements.size(), 1);
            QCOMPARE(r.statements.first().queryId, qint64(1));
            QCOMPARE(r.statements.first().meanMs, 2.0);
            QCOMPARE(r.statements.first().varianceMs2, 0.0);
        } else {
            QVERIFY(r.statements.isEmpty());
            QCOMPARE(r.calls, qint64(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestStatementDelta)
#include "tst_statementdelta.moc"
