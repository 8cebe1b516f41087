#include "core/metrics/statementhistory.h"
#include "core/metrics/statementrange.h"

#include <QTest>
#include <cmath>

using namespace dbpulse;

namespace {

/// One stored stretch of statement \a queryId: \a calls calls of mean \a meanMs and variance \a varianceMs2.
StatementBucket bucket(qint64 timeMs, qint64 calls, double meanMs, double varianceMs2 = 0, qint64 queryId = 1)
{
    StatementBucket b;
    b.timeMs = timeMs;
    b.queryId = queryId;
    b.dbId = 5;
    b.database = QStringLiteral("shop");
    b.users = {QStringLiteral("app")};
    b.calls = calls;
    b.totalMs = double(calls) * meanMs;
    b.squaresMs2 = double(calls) * (varianceMs2 + meanMs * meanMs);
    b.rows = calls * 2;
    return b;
}

QList<StatementBucket> uniform(int buckets, qint64 callsEach, double meanMs, double varianceMs2, qint64 stepMs = 1000)
{
    QList<StatementBucket> list;
    for (int i = 0; i < buckets; ++i)
        list << bucket(i * stepMs, callsEach, meanMs, varianceMs2);
    return list;
}

const StatementRangeRow *rowOf(const QList<StatementRangeRow> &rows, qint64 queryId)
{
    for (const StatementRangeRow &r : rows) {
        if (r.queryId == queryId)
            return &r;
    }
    return nullptr;
}

} // namespace

/// The range maths of the Queries page: which stored buckets a range counts, how their sums
/// add up, and the p95/p99 estimate over the range's buckets.
class TstStatementRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rangeCountsTheBucketsInIt_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("calls");   // -1: no row
        QTest::addColumn<double>("totalMs");
        // Buckets: t=10 s 5 calls of 10 ms, t=20 s 3 of 20 ms, t=30 s 2 of 30 ms.
        QTest::newRow("all") << qint64(0) << qint64(100000) << qint64(10) << 170.0;
        QTest::newRow("edges count") << qint64(20000) << qint64(30000) << qint64(5) << 120.0;
        QTest::newRow("only the newest") << qint64(20001) << qint64(100000) << qint64(2) << 60.0;
        QTest::newRow("only the oldest") << qint64(0) << qint64(19999) << qint64(5) << 50.0;
        QTest::newRow("nothing in it") << qint64(30001) << qint64(100000) << qint64(-1) << 0.0;
    }
    void rangeCountsTheBucketsInIt()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, calls);
        QFETCH(double, totalMs);
        const QList<StatementBucket> buckets{bucket(10000, 5, 10), bucket(20000, 3, 20), bucket(30000, 2, 30),
                                             bucket(20000, 7, 1, 0, 2)};
        const QList<StatementRangeRow> rows = StatementRange::summarize(buckets, from, to);
        const StatementRangeRow *row = rowOf(rows, 1);
        if (calls < 0) {
            QVERIFY(!row);
            return;
        }
        QVERIFY(row);
        QCOMPARE(row->calls, calls);
        QCOMPARE(row->totalMs, totalMs);
        QCOMPARE(row->meanMs(), totalMs / double(calls));
        QCOMPARE(row->rows, calls * 2);          // rows sum over the same buckets
        QCOMPARE(row->database, QStringLiteral("shop"));
    }

    void sumsOfMomentsAreExact()
    {
        // 10 calls mean 2 (variance 1) and 30 calls mean 4 (variance 4): mean 3.5, variance 4.
        StatementBucket b = bucket(0, 10, 2, 1);
        b.add(bucket(1, 30, 4, 4));
        QCOMPARE(b.calls, qint64(40));
        QCOMPARE(b.meanMs(), 3.5);
        QCOMPARE(b.varianceMs2(), 4.0);
    }

    void percentilesOverTheRange_data()
    {
        QTest::addColumn<QList<StatementBucket>>("buckets");
        QTest::addColumn<double>("p95Min");
        QTest::addColumn<double>("p95Max");
        QTest::addColumn<double>("p99Min");
        QTest::addColumn<double>("p99Max");
        QTest::newRow("uniform latency, many intervals")
            << uniform(600, 10, 20.0, 0.01) << 20.0 << 20.5 << 20.0 << 20.6;
        QTest::newRow("uniform latency, one call each") << uniform(50, 1, 20.0, 0) << 19.999 << 20.01 << 19.999 << 20.01;
        QTest::newRow("more buckets than components")
            << uniform(5000, 3, 5.0, 1.0) << 5.0 << 8.0 << 5.5 << 10.0;
        // 950 calls at 1 ms, then a slow stretch of 50 calls at 100 ms: p95 is the fast calls'
        // latency, p99 the slow ones'. The newest stretch alone would say 100 ms for both.
        QTest::newRow("fast then slow")
            << QList<StatementBucket>{bucket(0, 950, 1.0), bucket(1000, 50, 100.0)} << 0.99 << 1.01 << 99.0 << 101.0;
        // The same calls the other way round give the same figures: the order does not matter.
        QTest::newRow("slow then fast")
            << QList<StatementBucket>{bucket(0, 50, 100.0), bucket(1000, 950, 1.0)} << 0.99 << 1.01 << 99.0 << 101.0;
    }
    void percentilesOverTheRange()
    {
        QFETCH(QList<StatementBucket>, buckets);
        QFETCH(double, p95Min);
        QFETCH(double, p95Max);
        QFETCH(double, p99Min);
        QFETCH(double, p99Max);
        const QList<StatementRangeRow> rows = StatementRange::summarize(buckets, 0, 1LL << 40);
        QCOMPARE(rows.size(), 1);
        const StatementRangeRow &row = rows.constFirst();
        QVERIFY2(row.p95Ms >= p95Min && row.p95Ms <= p95Max, qPrintable(QString::number(row.p95Ms)));
        QVERIFY2(row.p99Ms >= p99Min && row.p99Ms <= p99Max, qPrintable(QString::number(row.p99Ms)));
        QVERIFY(row.p99Ms >= row.p95Ms);
    }

    void uniformLatencyP95IsNeverBelowTheMean_data()
    {
        QTest::addColumn<double>("meanMs");
        QTest::addColumn<double>("varianceMs2");
        QTest::addColumn<int>("buckets");
        QTest::newRow("20 ms, tight") << 20.0 << 0.04 << 300;
        QTest::newRow("0.05 ms, tight") << 0.05 << 0.0001 << 60;
        QTest::newRow("3 s, one bucket") << 3000.0 << 100.0 << 1;
        QTest::newRow("point masses") << 12.4 << 0.0 << 1000;
    }
    void uniformLatencyP95IsNeverBelowTheMean()
    {
        QFETCH(double, meanMs);
        QFETCH(double, varianceMs2);
        QFETCH(int, buckets);
        const StatementRangeRow row = StatementRange::summarize(uniform(buckets, 7, meanMs, varianceMs2), 0, 1LL << 40).constFirst();
        QVERIFY2(row.p95Ms >= row.meanMs() * (1 - 1e-9),
                 qPrintable(QStringLiteral("p95 %1 < mean %2").arg(row.p95Ms).arg(row.meanMs())));
    }

    // A cache hit at 0.2 ms and a miss at 40 ms, 9:1, stored interval by interval: the range's
    // p95 and p99 lie in the misses (one lognormal per bucket would say p95 ≈ 16 ms).
    void twoModesInEachBucketKeepTheirTail()
    {
        const double hit = 0.2 * std::exp(0.15 * 0.15 / 2), miss = 40.0 * std::exp(0.05 * 0.05 / 2); // mode means
        const double mean = 0.9 * hit + 0.1 * miss;
        const double square = 0.9 * hit * hit * std::exp(0.15 * 0.15) + 0.1 * miss * miss * std::exp(0.05 * 0.05);
        QList<StatementBucket> buckets = uniform(60, 1000, mean, square - mean * mean);
        for (StatementBucket &b : buckets) {
            b.minMs = 0.2 * std::exp(-3.7 * 0.15);  // the fastest hit pg recorded
            b.maxMs = 48.0;
        }
        const StatementRangeRow row = StatementRange::summarize(buckets, 0, 1LL << 40).constFirst();
        // True p95: the misses' median (40 ms); p99: their 90th percentile, 40·e^(0.05·1.28) ≈ 42.6 ms.
        QVERIFY2(qAbs(row.p95Ms - 40.0) <= 0.15 * 40.0, qPrintable(QString::number(row.p95Ms)));
        QVERIFY2(qAbs(row.p99Ms - 42.6) <= 0.15 * 42.6, qPrintable(QString::number(row.p99Ms)));
    }

    void foldingKeepsTheSums_data()
    {
        QTest::addColumn<qint64>("granularity");
        QTest::addColumn<int>("foldedBuckets");
        QTest::newRow("minutes") << qint64(60000) << 3;   // s1: minute 0 and 1; s2: minute 0
        QTest::newRow("hours") << qint64(3600000) << 2;   // one per statement
    }
    void foldingKeepsTheSums()
    {
        QFETCH(qint64, granularity);
        QFETCH(int, foldedBuckets);
        QList<StatementBucket> raw{bucket(1000, 4, 10, 2), bucket(59000, 6, 20, 3), bucket(61000, 5, 30, 1),
                                   bucket(1000, 9, 1, 0, 2)};
        raw[1].users = {QStringLiteral("report")};
        const QList<StatementBucket> folded = StatementRange::fold(raw, granularity);
        QCOMPARE(folded.size(), foldedBuckets);
        for (int i = 1; i < folded.size(); ++i)
            QVERIFY(folded.at(i - 1).timeMs <= folded.at(i).timeMs);
        QCOMPARE(folded.constFirst().timeMs, qint64(0));
        QCOMPARE(folded.constFirst().spanMs, granularity);
        QCOMPARE(folded.constFirst().users, (QStringList{QStringLiteral("app"), QStringLiteral("report")}));
        const QList<StatementRangeRow> before = StatementRange::summarize(raw, 0, 200000);
        const QList<StatementRangeRow> after = StatementRange::summarize(folded, 0, 200000);
        for (qint64 id : {1, 2}) {
            QCOMPARE(rowOf(after, id)->calls, rowOf(before, id)->calls);
            QCOMPARE(rowOf(after, id)->totalMs, rowOf(before, id)->totalMs);
            QCOMPARE(rowOf(after, id)->rows, rowOf(before, id)->rows);
        }
    }

    void historyTiersStayBoundedAndKeepEveryCall()
    {
        // Tiers of 1 min raw, 1 h of minutes, 1 day of hours; one interval a second for 2 days.
        StatementHistory history(StatementHistoryTiers{1, 1, 1});
        const qint64 start = 1700000000000LL / 3600000 * 3600000;
        const qint64 seconds = 2 * 24 * 3600;
        StatementInterval s;
        s.queryId = 1;
        s.dbId = 5;
        s.calls = 2;
        s.meanMs = 3;
        s.totalMs = 6;
        for (qint64 i = 1; i <= seconds; ++i)
            history.add({s}, start + i * 1000);
        const qint64 now = start + seconds * 1000;
        // Bounded: at most two minutes of intervals, two hours of minutes and a day of hours
        // (whole minutes and hours are folded, so each tier holds up to one unit more).
        QVERIFY2(history.size() <= 120 + 120 + 25, qPrintable(QString::number(history.size())));
        // The last day is all there, however it is folded.
        const QList<StatementBucket> lastDay = history.buckets(now - 24 * 3600 * 1000, now);
        const QList<StatementRangeRow> rows = StatementRange::summarize(lastDay, now - 24 * 3600 * 1000, now);
        QCOMPARE(rows.size(), 1);
        // Both ends count: the intervals that ended at now − 24 h … now.
        QCOMPARE(rows.constFirst().calls, qint64(2 * (24 * 3600 + 1)));
        QCOMPARE(rows.constFirst().totalMs, 6.0 * (24 * 3600 + 1));
        // The last 5 minutes come from minutes and intervals: exactly their calls.
        const qint64 from = now - 300 * 1000;
        QCOMPARE(StatementRange::summarize(history.buckets(from, now), from, now).constFirst().calls, qint64(2 * 301));
        // Older than the day of hours is gone.
        QVERIFY(*history.earliestMs() >= now - 25 * 3600 * 1000);
    }

    void historySkipsGapsAndRepeats()
    {
        StatementHistory history;
        MetricsSample sample;
        sample.time = QDateTime::fromMSecsSinceEpoch(1700000000000LL);
        sample.statementsAvailable = true;
        sample.statementsGap = false;
        StatementInterval s;
        s.queryId = 1;
        s.calls = 3;
        sample.statements = {s};
        history.add(sample);
        sample.time = sample.time.addSecs(1);
        sample.statementsGap = true; // not valid deltas
        history.add(sample);
        sample.time = sample.time.addSecs(1);
        sample.statementsGap = false;
        sample.statementsFresh = false; // repeats the last read
        history.add(sample);
        QCOMPARE(history.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstStatementRange)
#include "tst_statementrange.moc"
