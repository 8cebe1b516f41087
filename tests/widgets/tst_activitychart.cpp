#include "models/activityhistory.h"
#include "widgets/activitychart.h"

#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QTest>

using namespace dbpulse;

/// The connections-by-state chart on TimeSeriesChart's frame: stacked bands below, the
/// connection limit line drawn only when the load comes near it.
class TstActivityChart : public QObject
{
    Q_OBJECT

private:
    static ActivitySample sample(qint64 ms, int active, int idle, int maxConnections)
    {
        ActivitySample s;
        s.time = QDateTime::fromMSecsSinceEpoch(ms);
        s.active = active;
        s.idle = idle;
        s.total = active + idle;
        s.maxConnections = maxConnections;
        return s;
    }

private Q_SLOTS:
    void limitLineOnlyWhenNear()
    {
        ActivityChart chart;
        chart.resize(600, 300);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 30000;
        ActivityHistory history;
        for (int i = 0; i < 30; ++i)
            history.append(sample(start + i * 1000, 2, 3, 100));
        chart.refreshRange(&history, start, start + 30000);
        QCOMPARE(chart.pointCount(), 30);
        QCOMPARE(chart.pointCount(0), 0); // five of a hundred: the limit would squash the bands
        QVERIFY(chart.chart()->title().contains(QLatin1String("limit 100")));

        for (int i = 30; i < 40; ++i)
            history.append(sample(start + i * 1000, 40, 20, 100));
        chart.refreshRange(&history, start, start + 40000);
        QCOMPARE(chart.pointCount(0), 2);
    }

    void gapDropsToZero()
    {
        ActivityChart chart;
        chart.resize(600, 300);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 30000;
        ActivityHistory history;
        for (int i = 0; i < 10; ++i)
            history.append(sample(start + i * 1000, 1, 1, 0));
        for (int i = 20; i < 30; ++i) // ten seconds missing
            history.append(sample(start + i * 1000, 1, 1, 0));
        chart.refreshRange(&history, start, start + 30000);
        QCOMPARE(chart.pointCount(), 20 + 2); // down to zero on both sides of the gap
        QCOMPARE(chart.pointCount(0), 0);
    }
};

QTEST_MAIN(TstActivityChart)
#include "tst_activitychart.moc"
