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
        ring.prepend(stored, [](qint64 t) { return at(t, int(t / 1000)); });
        QCOMPARE(ring.size(), 4); // the oldest stored entry did not fit
        QCOMPARE(ring.at(0).value, 8);
        QCOMPARE(ring.at(1).value, 9);
        QCOMPARE(ring.at(2).value, 10);
        QCOMPARE(ring.timeAt(3), qint64(11000));
    }
};

QTEST_APPLESS_MAIN(TstTimedRing)

#include "tst_timedring.moc"
