#include "models/activityhistory.h"

#include <QTest>

using namespace dbpulse;

class TstActivityHistory : public QObject
{
    Q_OBJECT

private:
    static const qint64 T0 = 1700000000000;

    static ActivitySample sample(qint64 ms, int active, int idle, int waiting = 0)
    {
        ActivitySample s;
        s.time = QDateTime::fromMSecsSinceEpoch(ms);
        s.active = active;
        s.idle = idle;
        s.waiting = waiting;
        s.total = active + idle + waiting;
        s.maxConnections = 100;
        return s;
    }

private Q_SLOTS:
    void ringBufferDropsOldest()
    {
        ActivityHistory h(3);
        for (int i = 0; i < 5; ++i)
            h.append(sample(T0 + i * 1000, i, 0));
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.capacity(), 3);
        QCOMPARE(h.at(0).active, 2);
        QCOMPARE(h.at(2).active, 4);
        QCOMPARE(h.timeAt(0), T0 + 2000);
        h.clear();
        QVERIFY(h.isEmpty());
    }

    void stacksBands()
    {
        ActivityHistory h;
        h.append(sample(T0, 2, 3, 1));
        const StackedActivity s = h.stacked(T0 - 1000, T0 + 1000, 100);
        QCOMPARE(s.pointCount(), 1);
        QCOMPARE(s.layers[StackedActivity::Active].at(0).y(), 2.0);
        QCOMPARE(s.layers[StackedActivity::Waiting].at(0).y(), 3.0);
        QCOMPARE(s.layers[StackedActivity::IdleInTransaction].at(0).y(), 3.0);
        QCOMPARE(s.layers[StackedActivity::Idle].at(0).y(), 6.0);
        QCOMPARE(s.layers[StackedActivity::Other].at(0).y(), 6.0);
        QCOMPARE(s.peakTotal, 6);
        QCOMPARE(s.maxConnections, 100);
    }

    void waitingInsideActiveIsNotCountedTwice()
    {
        ActivityHistory h;
        ActivitySample s = sample(T0, 3, 1);
        s.waiting = 1; // one of the three active sessions waits on a lock
        s.total = 4;
        h.append(s);
        const StackedActivity st = h.stacked(T0 - 1, T0 + 1, 10);
        QCOMPARE(st.layers[StackedActivity::Active].at(0).y(), 2.0);
        QCOMPARE(st.layers[StackedActivity::Other].at(0).y(), 4.0);
    }

    void downsamplesToPixelsKeepingPeaks()
    {
        ActivityHistory h(300);
        for (int i = 0; i < 300; ++i)
            h.append(sample(T0 + i * 1000, i == 150 ? 50 : 1, 0));
        const StackedActivity s = h.stacked(T0, T0 + 300000, 30);
        QVERIFY(s.pointCount() <= 30);
        QVERIFY(s.pointCount() >= 29);
        QCOMPARE(s.peakTotal, 50);
        for (int layer = 1; layer < StackedActivity::LayerCount; ++layer)
            QCOMPARE(s.layers[size_t(layer)].size(), s.layers[0].size());
    }

    void gapsDropToZero()
    {
        ActivityHistory h;
        h.append(sample(T0, 2, 2));
        h.append(sample(T0 + 1000, 2, 2));
        h.append(sample(T0 + 60000, 3, 3)); // a minute without samples: server unreachable
        QVERIFY(!h.gapBefore(1));
        QVERIFY(h.gapBefore(2));
        const StackedActivity s = h.stacked(T0 - 1000, T0 + 61000, 1000);
        const QList<QPointF> &top = s.layers[StackedActivity::Other];
        QCOMPARE(top.size(), 5);
        QCOMPARE(top.at(1), QPointF(double(T0 + 1000), 4));
        QCOMPARE(top.at(2), QPointF(double(T0 + 1000), 0));
        QCOMPARE(top.at(3), QPointF(double(T0 + 60000), 0));
        QCOMPARE(top.at(4), QPointF(double(T0 + 60000), 6));
    }

    void explicitGap()
    {
        ActivityHistory h;
        h.append(sample(T0, 1, 0));
        h.markGap();
        h.append(sample(T0 + 1000, 1, 0));
        QVERIFY(h.gapBefore(1));
        QCOMPARE(h.stacked(T0 - 1, T0 + 2000, 500).pointCount(), 4);
    }

    void outsideWindowIgnored()
    {
        ActivityHistory h;
        h.append(sample(T0, 1, 0));
        QCOMPARE(h.stacked(T0 + 1, T0 + 1000, 10).pointCount(), 0);
        QCOMPARE(ActivityHistory().stacked(T0, T0 + 1000, 10).pointCount(), 0);
    }

    void storedHistoryGoesFirst()
    {
        ActivityHistory h(10);
        h.append(sample(T0 + 60000, 2, 1));
        HistoryPoint p;
        p.time = QDateTime::fromMSecsSinceEpoch(T0);
        p.connections.total = 6;
        p.connections.active = 1;
        p.connections.idle = 2;
        p.connections.waiting = 1;
        p.connections.max = 50;
        HistoryPoint duplicate = p;
        duplicate.time = QDateTime::fromMSecsSinceEpoch(T0 + 60000);
        h.prependStored({p, duplicate});

        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).total, 6);
        QCOMPARE(h.at(0).other, 2); // what no state column counted
        QCOMPARE(h.at(0).maxConnections, 50);
        QVERIFY(h.gapBefore(1));
        QCOMPARE(h.at(1).active, 2);
    }
};

QTEST_GUILESS_MAIN(TstActivityHistory)
#include "tst_activityhistory.moc"
