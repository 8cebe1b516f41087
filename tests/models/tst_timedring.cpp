#include "models/timedring.h"

#include <QList>
#include <QTest>

using namespace dbpulse;

namespace {

struct Point
{
    qint64 msecs = 0;
    bool gapBefore = false;
    int value = 0;
};

Point at(qint64 msecs, int value = 0)
{
    return Point{msecs, false, value};
}

} // namespace

/// The ring both histories are made of: bounded, time-ordered, gaps, stored entries in front.
class TstTimedRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropsTheOldestWhenFull()
    {
        TimedRing<Point> ring(3, 1000);
        for (int i = 0; i < 5; ++i)
            ring.push(at(i * 1000, i));
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.at(0).value, 2);
        QCOMPARE(ring.at(2).value, 4);
        QCOMPARE(ring.firstAtOrAfter(3000), 1);
        QCOMPARE(ring.firstAtOrAfter(99000), 3);
    }

    void flagsLateEntriesAndMarkedGaps()
    {
        TimedRing<Point> ring(10, 1000);
        ring.push(at(0));
        ring.push(at(1000));
        ring.push(at(4000)); // 3 s after the last: more than 2.5 intervals
        ring.markGap();
        ring.push(at(5000));
        ring.push(at(6000));
        QVERIFY(!ring.at(1).gapBefore);
        QVERIFY(ring.at(2).gapBefore);
        QVERIFY(ring.at(3).gapBefore);
        QVERIFY(!ring.at(4).gapBefore);
    }

    void prependsOnlyWhatIsOlder()
    {
        TimedRing<Point> ring(4, 1000);
        ring.push(at(10000, 10));
        ring.push(at(11000, 11));
        const QList<qint64> stored{7000, 8000, 9000, 10000, 11000};
        // Made on a worker thread, moved in on the GUI thread.
        ring.prependChained(TimedRing<Point>::chain(stored, [](qint64 t) { return at(t, int(t / 1000)); }, 1000, ring.capacity()));
        QCOMPARE(ring.size(), 4); // the oldest stored entry did not fit
        QCOMPARE(ring.at(0).value, 8);
        QCOMPARE(ring.at(1).value, 9);
        QCOMPARE(ring.at(2).value, 10);
        QCOMPARE(ring.timeAt(3), qint64(11000));
        QVERIFY(!ring.at(2).gapBefore);
        ring.push(at(12000, 12)); // still a ring: the oldest drops out
        QCOMPARE(ring.at(0).value, 9);
        QCOMPARE(ring.timeAt(3), qint64(12000));
    }

    // A ring already holding live entries, and more stored ones than fit beside them: the live
    // entries are written over the oldest stored ones, as pushing them would have.
    void liveEntriesWrapOverTheOldestStored()
    {
        TimedRing<Point> ring(4, 1000);
        ring.push(at(10000, 10));
        ring.push(at(11000, 11));
        ring.push(at(12000, 12));
        const QList<qint64> stored{5000, 6000, 7000, 8000, 9000};
        ring.prependChained(TimedRing<Point>::chain(stored, [](qint64 t) { return at(t, int(t / 1000)); }, 1000, ring.capacity()));
        QCOMPARE(ring.size(), 4);
        QCOMPARE(ring.at(0).value, 9);
        QCOMPARE(ring.at(1).value, 10);
        QCOMPARE(ring.at(3).value, 12);
        QVERIFY(!ring.at(1).gapBefore); // a second after the last stored entry
        ring.push(at(13000, 13));
        QCOMPARE(ring.at(0).value, 10);
        QCOMPARE(ring.at(3).value, 13);
    }

    void flagsGapsInAndAfterStoredEntries()
    {
        TimedRing<Point> ring(10, 1000);
        ring.push(at(20000, 20));
        const QList<qint64> stored{1000, 2000, 6000, 7000};
        ring.prependChained(TimedRing<Point>::chain(stored, [](qint64 t) { return at(t, int(t / 1000)); }, 1000, ring.capacity()));
        QCOMPARE(ring.size(), 5);
        QVERIFY(!ring.at(1).gapBefore);
        QVERIFY(ring.at(2).gapBefore); // 4 s between stored points
        QVERIFY(!ring.at(3).gapBefore);
        QVERIFY(ring.at(4).gapBefore); // the app was closed between the stored and the live entries
        ring.push(at(21000, 21));
        QVERIFY(!ring.at(5).gapBefore);
    }
};

QTEST_APPLESS_MAIN(TstTimedRing)

#include "tst_timedring.moc"
