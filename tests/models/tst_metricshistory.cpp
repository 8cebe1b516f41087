#include "models/metricshistory.h"

#include <QTest>
#include <cmath>

using namespace dbpulse;

/// Ring buffer, gap and downsampling rules of the metrics charts.
class TstMetricsHistory : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 T0 = 1700000000000;

    static MetricsSample sample(qint64 ms, double tps, bool gap = false, double p95 = -1)
    {
        MetricsSample s;
        s.time = QDateTime::fromMSecsSinceEpoch(ms);
        s.gap = gap;
        s.rates.transactionsPerSecond = tps;
        s.statementsAvailable = true;
        s.statementsGap = gap;
        if (p95 >= 0)
            s.latencyMs = LatencyPercentiles{p95 / 2, p95, p95 * 2};
        s.cacheHitRatio.table = 0.5;
        s.connections.total = 3;
        return s;
    }

    // "t:v" steps of 1 s; "g" marks a gap interval, "x" a missed second (no sample at all).
    static MetricsHistory build(const QString &script)
    {
        MetricsHistory h(100);
        qint64 t = T0;
        for (const QString &step : script.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (step == QLatin1String("x")) {
                t += 5000;
                continue;
            }
            const bool gap = step == QLatin1String("g");
            h.append(sample(t, gap ? 0 : step.toDouble(), gap));
            t += 1000;
        }
        return h;
    }

    static QString render(const QList<QList<QPointF>> &segments)
    {
        QStringList parts;
        for (const QList<QPointF> &segment : segments) {
            QStringList values;
            for (const QPointF &p : segment)
                values << QString::number(p.y());
            parts << values.join(QLatin1Char(','));
        }
        return parts.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void segments_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << "1 2 3 4" << 100 << "1,2,3,4";
        QTest::newRow("gap interval breaks the line") << "1 2 g 4 5" << 100 << "1,2|4,5";
        QTest::newRow("leading gap") << "g 2 3" << 100 << "2,3";
        QTest::newRow("missing samples break the line") << "1 2 x 4" << 100 << "1,2|4";
        QTest::newRow("downsampled to the mean") << "1 3 5 7" << 2 << "2,6";
        QTest::newRow("gap inside a bucket") << "1 3 g 7 9" << 2 << "2|8";
        QTest::newRow("all gaps") << "g g" << 10 << "";
    }
    void segments()
    {
        QFETCH(QString, script);
        QFETCH(int, buckets);
        QFETCH(QString, expected);
        const MetricsHistory h = build(script);
        const qint64 last = h.timeAt(h.size() - 1);
        // The window ends a tick after the last sample so both halves hold equal sample counts.
        QCOMPARE(render(h.segments(MetricsHistory::TransactionsPerSecond, T0, last + 1000, buckets)), expected);
    }

    // Statements read every few refreshes: the refreshes in between repeat the last window, so the
    // latency line holds its value instead of dropping to 0 or breaking.
    void repeatedStatementWindowsDrawNoGap()
    {
        MetricsHistory h(100);
        for (int i = 0; i < 6; ++i) {
            MetricsSample s = sample(T0 + i * 1000, 1, false, i < 3 ? 10 : 40);
            s.statementsFresh = i % 3 == 0;
            s.statementsEvery = 3;
            h.append(s);
        }
        QCOMPARE(render(h.segments(MetricsHistory::LatencyP95, T0, T0 + 6000, 100)), QStringLiteral("10,10,10,40,40,40"));
    }

    void latencyKeepsPeaks()
    {
        MetricsHistory h(10);
        for (int i = 0; i < 4; ++i)
            h.append(sample(T0 + i * 1000, 1, false, i == 1 ? 100 : 1));
        const auto segs = h.segments(MetricsHistory::LatencyP95, T0, T0 + 4000, 1);
        QCOMPARE(segs.size(), 1);
        QCOMPARE(segs.first().size(), 1);
        QCOMPARE(segs.first().first().y(), 100.0);
        QCOMPARE(h.maxValue(MetricsHistory::LatencyP99, T0, T0 + 4000), 200.0);
    }

    void missingLatencyIsNaN()
    {
        MetricsHistory h(10);
        h.append(sample(T0, 5));
        QVERIFY(std::isnan(h.valueAt(0, MetricsHistory::LatencyP50)));
        QCOMPARE(h.valueAt(0, MetricsHistory::CacheHitTable), 50.0);
        QVERIFY(h.segments(MetricsHistory::LatencyP50, T0 - 1000, T0 + 1000, 10).isEmpty());
    }

    void ringBufferAndWindow()
    {
        MetricsHistory h(3);
        for (int i = 0; i < 5; ++i)
            h.append(sample(T0 + i * 1000, i));
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.timeAt(0), T0 + 2000);
        QCOMPARE(h.latest().rates.transactionsPerSecond, 4.0);
        QCOMPARE(render(h.segments(MetricsHistory::TransactionsPerSecond, T0 + 3000, T0 + 3500, 10)), QStringLiteral("3"));
        h.clear();
        QVERIFY(h.isEmpty());
    }

    void markGapBreaksLine()
    {
        MetricsHistory h(10);
        h.append(sample(T0, 1));
        h.markGap();
        h.append(sample(T0 + 1000, 2));
        QVERIFY(h.gapBefore(1));
        QCOMPARE(render(h.segments(MetricsHistory::TransactionsPerSecond, T0, T0 + 2000, 100)), QStringLiteral("1|2"));
    }

    void storedHistoryGoesFirstWithGap()
    {
        // Live samples from a reopened app at T0+60 s; the file holds 3 s from before it closed
        // plus the first live second, which must not be duplicated.
        MetricsHistory h(10);
        h.append(sample(T0 + 60000, 7, false, 4));
        h.append(sample(T0 + 61000, 8, false, 4));
        QList<HistoryPoint> stored;
        for (int i = 0; i < 3; ++i) {
            HistoryPoint p;
            p.time = QDateTime::fromMSecsSinceEpoch(T0 + i * 1000);
            p.transactionsPerSecond = i + 1;
            p.statementsPerSecond = 2.0;
            p.connections.total = 5;
            stored << p;
        }
        HistoryPoint duplicate;
        duplicate.time = QDateTime::fromMSecsSinceEpoch(T0 + 60000);
        duplicate.transactionsPerSecond = 99;
        stored << duplicate;
        h.prependStored(stored);

        QCOMPARE(h.size(), 5);
        QCOMPARE(h.timeAt(0), T0);
        QVERIFY(h.gapBefore(3));
        QCOMPARE(render(h.segments(MetricsHistory::TransactionsPerSecond, T0, T0 + 62000, 1000)),
                 QStringLiteral("1,2,3|7,8"));
        QVERIFY(std::isnan(h.valueAt(0, MetricsHistory::LatencyP95))); // nothing measured, not 0
        QCOMPARE(h.valueAt(0, MetricsHistory::ConnectionsTotal), 5.0);
        QCOMPARE(h.latest().rates.transactionsPerSecond, 8.0); // the live sample stays the newest
    }

    void storedHistoryBeyondCapacityDropsOldest()
    {
        MetricsHistory h(3);
        h.append(sample(T0 + 10000, 9));
        QList<HistoryPoint> stored;
        for (int i = 0; i < 5; ++i) {
            HistoryPoint p;
            p.time = QDateTime::fromMSecsSinceEpoch(T0 + i * 1000);
            p.transactionsPerSecond = i;
            stored << p;
        }
        h.prependStored(stored);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.timeAt(0), T0 + 3000);
        QCOMPARE(h.valueAt(2, MetricsHistory::TransactionsPerSecond), 9.0);
    }

    void storedGapIntervalHasNoRates()
    {
        MetricsHistory h(10);
        HistoryPoint p;
        p.time = QDateTime::fromMSecsSinceEpoch(T0);
        p.gap = true;
        p.connections.total = 4;
        h.prependStored({p});
        QCOMPARE(h.size(), 1);
        QVERIFY(std::isnan(h.valueAt(0, MetricsHistory::TransactionsPerSecond)));
        QVERIFY(std::isnan(h.valueAt(0, MetricsHistory::StatementsPerSecond)));
        QCOMPARE(h.valueAt(0, MetricsHistory::ConnectionsTotal), 4.0);
    }
};

QTEST_APPLESS_MAIN(TstMetricsHistory)
#include "tst_metricshistory.moc"
