// Where a statement over budget spent its time, judged from pg_stat_activity samples: what
// holds more than half of the samples that saw it running decides; lock and server-internal
// waits send the DBA to the blocking session instead of the plan.
#include "core/health/budgetwaits.h"

#include <QTest>
#include <initializer_list>
#include <utility>

using namespace dbpulse;

Q_DECLARE_METATYPE(WaitJudgement::Bound)

namespace {

WaitTally tally(int taken, std::initializer_list<std::pair<QString, int>> byWait)
{
    WaitTally t;
    t.taken = taken;
    for (const auto &[wait, n] : byWait) {
        t.byWait.insert(wait, n);
        t.seen += n;
    }
    return t;
}

const QString rowLock = QStringLiteral("Lock/transactionid");
const QString tableLock = QStringLiteral("Lock/relation");
const QString cpu = QStringLiteral("CPU");
const QString ioRead = QStringLiteral("IO/DataFileRead");
const QString wal = QStringLiteral("LWLock/WALWrite");
const QString pgSleep = QStringLiteral("Timeout/PgSleep");

} // namespace

class TestBudgetWaits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judges_data()
    {
        QTest::addColumn<QList<WaitTally>>("runs");
        QTest::addColumn<WaitJudgement::Bound>("bound");
        QTest::addColumn<QString>("sentence");
        using B = WaitJudgement::Bound;
        QTest::newRow("row lock in every sample")
            << QList<WaitTally>{tally(10, {{rowLock, 5}}), tally(10, {{rowLock, 5}})} << B::Lock
            << QStringLiteral("waited on row locks (Lock/transactionid) in 10 of 10 samples — look at the blocking session, not the plan");
        QTest::newRow("table lock, most samples")
            << QList<WaitTally>{tally(10, {{tableLock, 3}, {cpu, 2}})} << B::Lock
            << QStringLiteral("waited on table locks (Lock/relation) in 3 of 5 samples — look at the blocking session, not the plan");
        QTest::newRow("locks of two kinds add up")
            << QList<WaitTally>{tally(10, {{tableLock, 2}, {rowLock, 3}, {cpu, 4}})} << B::Lock
            << QStringLiteral("waited on row locks (Lock/transactionid) in 5 of 9 samples — look at the blocking session, not the plan");
        QTest::newRow("half is not most")
            << QList<WaitTally>{tally(10, {{rowLock, 2}, {cpu, 2}})} << B::Own
            << QStringLiteral("ran on CPU in 2 of 4 samples, not waiting on locks — the statement itself is slow");
        QTest::newRow("on CPU")
            << QList<WaitTally>{tally(10, {{cpu, 9}, {rowLock, 1}})} << B::Own
            << QStringLiteral("ran on CPU in 9 of 10 samples, not waiting on locks — the statement itself is slow");
        QTest::newRow("pg_sleep is its own wait")
            << QList<WaitTally>{tally(10, {{pgSleep, 10}})} << B::Own
            << QStringLiteral("mostly in its own waits (Timeout/PgSleep in 10 of 10 samples), not on locks — the statement itself is slow");
        QTest::newRow("reading")
            << QList<WaitTally>{tally(10, {{ioRead, 7}, {cpu, 3}})} << B::Io
            << QStringLiteral("waited on I/O (IO/DataFileRead) in 7 of 10 samples — its time went to reading or writing, look at "
                              "what it reads and the cache before the plan");
        QTest::newRow("server-internal locks")
            << QList<WaitTally>{tally(10, {{wal, 6}, {cpu, 4}})} << B::LwLock
            << QStringLiteral("waited on server-internal locks (LWLock/WALWrite) in 6 of 10 samples — contention with other "
                              "sessions, not its plan");
        QTest::newRow("never seen running")
            << QList<WaitTally>{tally(10, {}), tally(10, {}), tally(10, {})} << B::Unknown
            << QStringLiteral("wait information not available (no execution of it was running in the 30 sample(s) of "
                              "pg_stat_activity the last 3 doctor run(s) took)");
    }

    void judges()
    {
        QFETCH(QList<WaitTally>, runs);
        QFETCH(WaitJudgement::Bound, bound);
        QFETCH(QString, sentence);
        const WaitJudgement j = judgeWaits(runs);
        QCOMPARE(j.sentence, sentence);
        QCOMPARE(j.bound, bound);
        // The plan is not where a lock-bound statement's time went.
        const QString next = waitNextStep(j, QStringLiteral("-42"));
        QCOMPARE(next.isEmpty(), bound == WaitJudgement::Bound::Own || bound == WaitJudgement::Bound::Unknown);
        if (bound == WaitJudgement::Bound::Lock) {
            QVERIFY2(next.contains(QLatin1String("pg_blocking_pids(pid)")) && next.contains(QLatin1String("query_id = -42")),
                     qPrintable(next));
            QVERIFY(!next.contains(QLatin1String("EXPLAIN")));
        }
    }

    void saysWhyThereIsNoQueryId()
    {
        const WaitJudgement j = judgeWaits({}, QStringLiteral("pg_stat_activity has no query_id before PostgreSQL 14"));
        QCOMPARE(j.bound, WaitJudgement::Bound::Unknown);
        QCOMPARE(j.sentence, QStringLiteral("wait information not available (pg_stat_activity has no query_id before PostgreSQL 14)"));
    }
};

QTEST_GUILESS_MAIN(TestBudgetWaits)
#include "tst_budgetwaits.moc"
