#include "models/sqlitehistory.h"

#include <QTest>
#include <cmath>

using namespace dbpulse;

namespace {

SqliteSample sample(qint64 msecs, bool interval, bool written, qint64 fileBytes = 8192)
{
    SqliteSample s;
    s.sampledAt = QDateTime::fromMSecsSinceEpoch(msecs);
    s.elapsedSeconds = interval ? 1.0 : 0.0;
    s.written = written;
    s.fileBytes = fileBytes;
    s.pagesRead = true;
    s.pageSize = 4096;
    s.freelistCount = 1;
    return s;
}

} // namespace

class TestSqliteHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstSampleHasNoWriteFigure()
    {
        SqliteHistory h;
        h.append(sample(1000, false, false));
        QVERIFY(std::isnan(h.valueAt(0, SqliteHistory::WrittenPercent)));
        QCOMPARE(h.valueAt(0, SqliteHistory::FileBytes), 8192.0);
        QCOMPARE(h.valueAt(0, SqliteHistory::FreelistBytes), 4096.0);
        QCOMPARE(h.valueAt(0, SqliteHistory::WalBytes), 0.0); // no -wal file
    }

    void bucketsAverageTheWrittenShare()
    {
        SqliteHistory h;
        h.append(sample(1000, false, false));
        for (int i = 1; i <= 4; ++i)
            h.append(sample(1000 + i * 1000, true, i % 2 == 0));
        // One bucket over the whole range: two of four intervals were written.
        const QList<QList<QPointF>> one = h.segments(SqliteHistory::WrittenPercent, 0, 10000, 1);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().size(), 1);
        QCOMPARE(one.first().first().y(), 50.0);
        QCOMPARE(h.maxValue(SqliteHistory::WrittenPercent, 0, 10000), 100.0);
    }

    void unreadPagesAndGapsBreakTheLine()
    {
        SqliteHistory h;
        h.append(sample(1000, true, false));
        SqliteSample busy = sample(2000, true, false);
        busy.pagesRead = false;
        h.append(busy);
        h.append(sample(3000, true, false));
        QVERIFY(std::isnan(h.valueAt(1, SqliteHistory::FreelistBytes)));
        QCOMPARE(h.segments(SqliteHistory::FreelistBytes, 0, 10000, 100).size(), 2);
        QCOMPARE(h.segments(SqliteHistory::FileBytes, 0, 10000, 100).size(), 1);
        h.markGap();
        h.append(sample(4000, false, false, 9000));
        QCOMPARE(h.segments(SqliteHistory::FileBytes, 0, 10000, 100).size(), 2);
        QCOMPARE(h.latest().fileBytes, qint64(9000));
    }
};

QTEST_GUILESS_MAIN(TestSqliteHistory)
#include "tst_sqlitehistory.moc"
