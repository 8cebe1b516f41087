// The dashboard charts' scales, as a DBA reads them: latency on a log axis (a remembered
// choice), cache hit ratios on a band that tells 99.0 from 99.9 %, legend entries that hide and
// show their line, and plot areas that start at the same x whatever their labels' widths.
#include "models/metricshistory.h"
#include "widgets/metricscharts.h"
#include "widgets/timeserieschart.h"

#include <QCheckBox>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>

using namespace dbpulse;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

// Two minutes of samples a second apart: p50 under a millisecond, p99 spiking to seconds; a
// cache hit ratio between 99.2 and 99.9 %; throughput in the hundred thousands.
MetricsHistory spikyHistory()
{
    MetricsHistory history;
    for (int i = 0; i < 120; ++i) {
        MetricsSample s;
        s.time = QDateTime::fromMSecsSinceEpoch(kStart + i * 1000, Qt::UTC);
        s.gap = i == 0;
        s.rates.transactionsPerSecond = 150000 + i;
        s.cacheHitRatio.table = 0.992 + (i % 8) * 0.001;
        s.cacheHitRatio.index = 0.999;
        s.statementsAvailable = true;
        s.statementsGap = i == 0;
        s.statementsPerSecond = 200000;
        s.latencyMs = LatencyPercentiles{i % 10 == 0 ? 0.0 : 0.4, 2.5, i % 30 == 0 ? 4000.0 : 9.0};
        history.append(s);
    }
    return history;
}

// Shows \a charts with the two minutes of \a history, paused on them.
void showTwoMinutes(MetricsCharts &charts, const MetricsHistory &history)
{
    charts.resize(1000, 600);
    charts.show();
    charts.zoomTo(kStart, kStart + 119000);
    charts.refresh(nullptr, &history, kStart + 120000);
}

QList<QLineSeries *> linesOf(TimeSeriesChart *chart)
{
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : chart->chart()->series())
        if (auto *l = qobject_cast<QLineSeries *>(s))
            out << l;
    return out;
}

} // namespace

class TstChartScales : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("charts"));
    }

    void latencyIsLogarithmicAndTheChoiceIsKept()
    {
        const MetricsHistory history = spikyHistory();
        {
            MetricsCharts charts;
            showTwoMinutes(charts, history);
            TimeSeriesChart *latency = charts.latencyChart();
            QVERIFY(latency->isLogarithmic()); // the default
            auto *axis = qobject_cast<QLogValueAxis *>(latency->chart()->axes(Qt::Vertical).value(0));
            QVERIFY(axis);
            // p50's 0.4 ms and p99's 4 s spikes on one readable scale.
            QCOMPARE(axis->min(), 0.1);
            QVERIFY2(axis->max() >= 4000, qPrintable(QString::number(axis->max())));
            // A p50 of zero is drawn on the floor, not dropped and not below it.
            double lowest = 1e9;
            for (QLineSeries *s : linesOf(latency))
                for (const QPointF &p : s->points())
                    lowest = std::min(lowest, p.y());
            QCOMPARE(lowest, 0.1);

            auto *toggle = charts.findChild<QCheckBox *>(QStringLiteral("latencyLogScale"));
            QVERIFY(toggle && toggle->isChecked());
            toggle->click();
            QVERIFY(!latency->isLogarithmic());
            QVERIFY(qobject_cast<QValueAxis *>(latency->chart()->axes(Qt::Vertical).value(0)));
        }
        MetricsCharts again;
        QVERIFY(!again.latencyChart()->isLogarithmic()); // remembered
        again.findChild<QCheckBox *>(QStringLiteral("latencyLogScale"))->click();
        QVERIFY(again.latencyChart()->isLogarithmic());
    }

    void cacheHitBandReachesAPowerOfTenBelowFull()
    {
        QCOMPARE(MetricsCharts::cacheAxisLow(99.2), 99.0);
        QCOMPARE(MetricsCharts::cacheAxisLow(99.95), 99.9);
        QCOMPARE(MetricsCharts::cacheAxisLow(95.0), 90.0);
        QCOMPARE(MetricsCharts::cacheAxisLow(50.0), 0.0);
        QCOMPARE(MetricsCharts::cacheAxisLow(100.0), 99.0);

        const MetricsHistory history = spikyHistory();
        MetricsCharts charts;
        showTwoMinutes(charts, history);
        auto *axis = qobject_cast<QValueAxis *>(charts.cacheChart()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->min(), 99.0);
        QCOMPARE(axis->max(), 100.0);
    }

    void legendEntryHidesAndShowsItsLine()
    {
        const MetricsHistory history = spikyHistory();
        MetricsCharts charts;
        showTwoMinutes(charts, history);
        TimeSeriesChart *tps = charts.throughputChart();
        QLineSeries *statements = nullptr;
        for (QLineSeries *s : linesOf(tps))
            if (s->name() == QStringLiteral("statements/s") && !statements)
                statements = s;
        QVERIFY(statements && statements->isVisible());
        const QList<QLegendMarker *> markers = tps->chart()->legend()->markers(statements);
        QCOMPARE(markers.size(), 1);
        Q_EMIT markers.first()->clicked();
        QVERIFY(tps->isLineHiddenByUser(1));
        QVERIFY(!statements->isVisible());
        QVERIFY(markers.first()->isVisible()); // the entry stays, to bring the line back
        charts.refresh(nullptr, &history, kStart + 120000);
        QVERIFY(!statements->isVisible()); // a refresh keeps the user's choice
        Q_EMIT markers.first()->clicked();
        QVERIFY(statements->isVisible());
    }

    void plotAreasStartAtTheSameX()
    {
        const MetricsHistory history = spikyHistory();
        MetricsCharts charts;
        showTwoMinutes(charts, history);
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        // "150000" on the throughput axis is far wider than "6" on the connections one.
        const QList<TimeSeriesChart *> all{charts.throughputChart(), charts.latencyChart(), charts.cacheChart()};
        QTRY_VERIFY2([&] {
            for (TimeSeriesChart *c : all)
                if (std::abs(c->chart()->plotArea().left() - all.first()->chart()->plotArea().left()) > 1)
                    return false;
            return true;
        }(), qPrintable(QStringLiteral("%1 %2 %3").arg(all[0]->chart()->plotArea().left())
                                                  .arg(all[1]->chart()->plotArea().left())
                                                  .arg(all[2]->chart()->plotArea().left())));
    }
};

QTEST_MAIN(TstChartScales)
#include "tst_chartscales.moc"
