#include "core/metrics/statementdelta.h"

#include <QTest>
#include <algorithm>
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

StatementKey key(qint64 queryId, quint32 userId = 10, quint32 dbId = 5)
{
    return StatementKey{queryId, userId, dbId};
}

// One pg_stat_statements entry across two reads: the calls before the first read, the calls
// between the reads, and whether the entry was in each read.
struct EntrySpec
{
    StatementKey key;
    Values before;
    Values during;
    bool existedBefore = true;
    bool existsAfter = true;
};
using Entries = QList<EntrySpec>;
using Expected = QHash<qint64, Values>;

} // namespace

Q_DECLARE_METATYPE(Values)
Q_DECLARE_METATYPE(Entries)
Q_DECLARE_METATYPE(Expected)

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
        previous.entries.insert(key(1), countersOf({1, 1}));
        previous.entries.insert(key(2), countersOf({5}));
        previous.entries.insert(key(3), countersOf({8}));
        StatementsSnapshot current = previous;
        current.serverTime = 102;
        current.entries[key(1)] = countersOf({1, 1, 2, 2, 2});     // 3 calls
        current.entries.insert(key(4), countersOf({7, 7, 7}));     // new: all its 3 calls
        current.entries.remove(key(3));                             // gone: nothing
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
            QCOMPARE(r.calls, qint64(6));
            QCOMPARE(r.statements.size(), 2);
            for (const StatementInterval &s : r.statements) {
                QVERIFY(s.queryId == 1 || s.queryId == 4);
                QCOMPARE(s.calls, qint64(3));
                QCOMPARE(s.meanMs, s.queryId == 1 ? 2.0 : 7.0);
                QCOMPARE(s.varianceMs2, 0.0);
            }
        } else {
            QVERIFY(r.statements.isEmpty());
            QCOMPARE(r.calls, qint64(0));
        }
    }

    // Entries are per (queryid, userid, dbid); each is diffed against its own previous counters
    // (against zero when it is new) and a queryid's entries are merged. `expected` holds, per
    // queryid, the latencies of the calls the interval must count.
    void entriesAppearAndDisappear_data()
    {
        QTest::addColumn<Entries>("entries");
        QTest::addColumn<int>("change");
        QTest::addColumn<Expected>("expected");
        QTest::addColumn<QString>("gap");

        const Values manyCalls(30, 2.5);
        QTest::newRow("one-off statement appears")
            << Entries{{key(1), {}, {1500}, false, true}} << 0 << Expected{{1, {1500}}} << QString();
        QTest::newRow("new statement run 30 times")
            << Entries{{key(2), {}, manyCalls, false, true}} << 0 << Expected{{2, manyCalls}} << QString();
        QTest::newRow("new statement beside a known one")
            << Entries{{key(1), {1, 2, 3}, {10, 20}, true, true}, {key(2), {}, {4, 6, 8}, false, true}} << 0
            << Expected{{1, {10, 20}}, {2, {4, 6, 8}}} << QString();
        QTest::newRow("known statement that did not run")
            << Entries{{key(1), {1, 2, 3}, {}, true, true}} << 0 << Expected{} << QString();
        QTest::newRow("statement disappears")
            << Entries{{key(1), {5, 5}, {}, true, false}, {key(2), {1}, {3}, true, true}} << 0
            << Expected{{2, {3}}} << QString();
        QTest::newRow("merged: a new user of a known queryid")
            << Entries{{key(1, 10), {1, 1}, {2, 2}, true, true}, {key(1, 11), {}, {7, 9}, false, true}} << 0
            << Expected{{1, {2, 2, 7, 9}}} << QString();
        QTest::newRow("merged: a new database of a known queryid, one call")
            << Entries{{key(1, 10, 5), {4, 4, 4}, {}, true, true}, {key(1, 10, 6), {}, {900}, false, true}} << 0
            << Expected{{1, {900}}} << QString();
        QTest::newRow("merged: a queryid's every entry is new")
            << Entries{{key(3, 10), {}, {1, 2}, false, true}, {key(3, 11), {}, {30}, false, true}} << 0
            << Expected{{3, {1, 2, 30}}} << QString();
        QTest::newRow("merged: one user's entry disappears, the other runs")
            << Entries{{key(1, 10), {1, 1, 1}, {}, true, false}, {key(1, 11), {4}, {6, 8}, true, true}} << 0
            << Expected{{1, {6, 8}}} << QString();
        QTest::newRow("new statements in a reset interval")
            << Entries{{key(1), {}, {1500}, false, true}, {key(2), {1}, {1}, true, true}} << 2 << Expected{}
            << QStringLiteral("reset");
        QTest::newRow("new statements in an interval with evictions")
            << Entries{{key(1), {}, {1500}, false, true}} << 3 << Expected{} << QStringLiteral("evicted");
        QTest::newRow("new statements after a restart")
            << Entries{{key(1), {}, {1500}, false, true}} << 4 << Expected{} << QStringLiteral("restarted");
        QTest::newRow("first read is a baseline")
            << Entries{{key(1), {}, {1500}, false, true}} << 1 << Expected{} << QStringLiteral("first sample");
    }
    void entriesAppearAndDisappear()
    {
        QFETCH(Entries, entries);
        QFETCH(int, change);
        QFETCH(Expected, expected);
        QFETCH(QString, gap);

        StatementsSnapshot previous;
        previous.serverTime = 100;
        previous.postmasterStart = 1;
        previous.dealloc = 5;
        previous.statsReset = 50;
        StatementsSnapshot current = previous;
        current.serverTime = 101.5;
        for (const EntrySpec &e : entries) {
            Values all = e.before;
            all.insert(all.end(), e.during.begin(), e.during.end());
            if (e.before.empty())
                QVERIFY2(!e.existedBefore, "an entry that existed has calls");
            if (e.existedBefore)
                previous.entries.insert(e.key, countersOf(e.before));
            if (e.existsAfter)
                current.entries.insert(e.key, countersOf(all));
        }
        switch (change) {
        case 1: previous = StatementsSnapshot(); break;
        case 2: current.statsReset = 101; break;
        case 3: current.dealloc = 6; break;
        case 4: current.postmasterStart = 99; break;
        default: break;
        }

        const StatementDelta::Result r = StatementDelta::diff(previous, current);
        QCOMPARE(r.validity.valid, gap.isEmpty());
        QVERIFY2(r.validity.reason.contains(gap), qPrintable(r.validity.reason));
        QCOMPARE(r.statements.size(), expected.size());
        qint64 calls = 0;
        for (const StatementInterval &s : r.statements) {
            QVERIFY2(expected.contains(s.queryId), qPrintable(QString::number(s.queryId)));
            const Values &during = expected.value(s.queryId);
            const double total = std::accumulate(during.begin(), during.end(), 0.0);
            QCOMPARE(s.calls, qint64(during.size()));
            QVERIFY2(qAbs(s.totalMs - total) < 1e-9 * std::max(1.0, total),
                     qPrintable(QStringLiteral("%1 vs %2").arg(s.totalMs).arg(total)));
            QVERIFY(qAbs(s.meanMs - meanOf(during)) < 1e-9 * std::max(1.0, meanOf(during)));
            QVERIFY2(qAbs(s.varianceMs2 - varianceOf(during)) < 1e-6 * std::max(1.0, varianceOf(during)),
                     qPrintable(QStringLiteral("%1 vs %2").arg(s.varianceMs2).arg(varianceOf(during))));
            QCOMPARE(s.rows, qint64(during.size()));
            QCOMPARE(s.sharedBlksHit, qint64(3 * during.size()));
            // The lifetime bounds of the entries that ran contain every call of the interval.
            QVERIFY(s.minMs <= *std::min_element(during.begin(), during.end()));
            QVERIFY(s.maxMs >= *std::max_element(during.begin(), during.end()));
            calls += s.calls;
        }
        QCOMPARE(r.calls, calls);
    }
};

QTEST_GUILESS_MAIN(TestStatementDelta)
#include "tst_statementdelta.moc"
