#include "core/metrics/historystore.h"
#include "models/activityhistory.h"
#include "widgets/activitychart.h"

#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QTemporaryDir>
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

    // The waiting band says on what its sessions waited, also for a time before the app started:
    // the split comes back from the history file with the stored points.
    void waitingBandNamesWaitTypesFromHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 60000;
        {
            HistoryStore store(path);
            for (int i = 0; i < 10; ++i) {
                MetricsSample s;
                s.time = QDateTime::fromMSecsSinceEpoch(start + i * 1000);
                s.connections = {8, 2, 3, 0, 3, 100, {}};
                s.connections.waitingByType = {{QStringLiteral("Lock"), 2}, {QStringLiteral("IO"), 1}};
                store.append(s);
            }
        }
        const QList<HistoryPoint> stored = HistoryStore::load(path, QDateTime::fromMSecsSinceEpoch(start - 1000),
                                                              QDateTime::fromMSecsSinceEpoch(start + 20000), 1000);
        QCOMPARE(stored.size(), 10);

        ActivityHistory history;
        ActivitySample live = sample(start + 30000, 1, 1, 100);
        live.waiting = 1;
        live.total = 3;
        live.waitingByType.counts[0] = 1; // Lock
        history.append(live);
        history.prependStored(stored);
        ActivityChart chart;
        chart.resize(600, 300);
        chart.refreshRange(&history, start, start + 31000);
        QCOMPARE(chart.waitingText(start + 5000), QStringLiteral("3 waiting: Lock 2, IO 1"));
        QCOMPARE(chart.waitingText(start + 30000), QStringLiteral("1 waiting: Lock 1"));

        // A point stored before the split was recorded says so instead of guessing.
        HistoryPoint old = stored.first();
        old.time = QDateTime::fromMSecsSinceEpoch(start - 30000);
        old.connections.waitingByType.clear();
        history.prependStored({old});
        chart.refreshRange(&history, start - 31000, start + 31000);
        QCOMPARE(chart.waitingText(start - 30000), QStringLiteral("3 waiting (by wait event type: not recorded then)"));
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
