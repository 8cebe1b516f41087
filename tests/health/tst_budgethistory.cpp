// BudgetHistory: what the doctor keeps between runs (private, per target, bounded) and the
// sustained-breach rule over it. No database.
#include "core/health/budgethistory.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

class TestBudgetHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standing_data()
    {
        QTest::addColumn<QList<bool>>("verdicts");
        QTest::addColumn<int>("breached");
        QTest::addColumn<bool>("sustained");
        // The defaults: 2 of the last 3 measured intervals.
        QTest::newRow("no history") << QList<bool>{} << 0 << false;
        QTest::newRow("one transient breach") << QList<bool>{false, true} << 1 << false;
        QTest::newRow("two in a row") << QList<bool>{true, true} << 2 << true;
        QTest::newRow("two of the last three") << QList<bool>{true, false, true} << 2 << true;
        QTest::newRow("older breaches fall out of the window") << QList<bool>{true, true, false, false, true} << 1 << false;
    }
    void standing()
    {
        QFETCH(QList<bool>, verdicts);
        QFETCH(int, breached);
        QFETCH(bool, sustained);
        const BudgetStanding s = budgetStanding(verdicts, 2, 3);
        QCOMPARE(s.breached, breached);
        QCOMPARE(s.sustained, sustained);
    }

    void keepsCountersAndVerdictsPrivately()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("budgets"));
        StatementCounters c;
        c.calls = 42;
        c.meanMs = 3.5;
        c.stddevMs = 1.25;
        {
            BudgetHistory h(folder, QStringLiteral("me@db1/app|app"));
            QVERIFY(h.load());
            h.record(QStringLiteral("10:123"), c, true);
            h.record(QStringLiteral("10:456"), c, std::nullopt);
            QVERIFY(h.save(QStringLiteral("2026-01-01"), 3));
            // Nobody but the owner may read it, whatever the umask.
            const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
            QCOMPARE(QFileInfo(h.path()).permissions() & others, QFileDevice::Permissions());
            QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
        }
        BudgetHistory h(folder, QStringLiteral("me@db1/app|app"));
        QVERIFY(h.load());
        QCOMPARE(h.verdicts(QStringLiteral("10:123")), QList<bool>{true});
        QCOMPARE(h.verdicts(QStringLiteral("10:456")), QList<bool>{});
        const auto previous = h.previous(QStringLiteral("10:123"), QStringLiteral("2026-01-01"));
        QVERIFY(previous.has_value());
        QCOMPARE(previous->calls, 42);
        QCOMPARE(previous->stddevMs, 1.25);
        // After a pg_stat_statements reset, nothing before it is a baseline.
        QVERIFY(!h.previous(QStringLiteral("10:123"), QStringLiteral("2026-02-02")).has_value());
        // Only the window's verdicts are kept: five more runs, each within budget.
        for (int run = 0; run < 5; ++run) {
            BudgetHistory next(folder, QStringLiteral("me@db1/app|app"));
            QVERIFY(next.load());
            next.record(QStringLiteral("10:123"), c, false);
            QVERIFY(next.save(QStringLiteral("2026-01-01"), 3));
        }
        BudgetHistory again(folder, QStringLiteral("me@db1/app|app"));
        QVERIFY(again.load());
        QCOMPARE(again.verdicts(QStringLiteral("10:123")), (QList<bool>{false, false, false}));
        // A statement not seen by the last run is forgotten.
        QVERIFY(!again.previous(QStringLiteral("10:456"), QStringLiteral("2026-01-01")).has_value());
        // Another database's history is another file.
        BudgetHistory other(folder, QStringLiteral("me@db1/other|other"));
        QVERIFY(other.load());
        QVERIFY(!other.previous(QStringLiteral("10:123"), QStringLiteral("2026-01-01")).has_value());
    }

    // What the wait samples saw is kept over the window of runs too — also for a statement
    // pg_stat_statements does not list yet — and forgotten once a run no longer records it.
    void keepsWaitSamplesOverTheWindow()
    {
        QTemporaryDir dir;
        const QString key = QStringLiteral("10:789");
        WaitTally waiting;
        waiting.taken = 10;
        waiting.seen = 4;
        waiting.byWait.insert(QStringLiteral("Lock/transactionid"), 4);
        for (int run = 0; run < 4; ++run) {
            BudgetHistory h(dir.path(), QStringLiteral("me@db1/app|app"));
            QVERIFY(h.load());
            h.recordWaits(key, waiting);
            QVERIFY(h.save(QStringLiteral("2026-01-01"), 3));
        }
        BudgetHistory h(dir.path(), QStringLiteral("me@db1/app|app"));
        QVERIFY(h.load());
        const QList<WaitTally> runs = h.waits(key);
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.last().taken, 10);
        QCOMPARE(runs.last().seen, 4);
        QCOMPARE(runs.last().byWait.value(QStringLiteral("Lock/transactionid")), 4);
        QCOMPARE(judgeWaits(runs).bound, WaitJudgement::Bound::Lock);
        QVERIFY(h.save(QStringLiteral("2026-01-01"), 3)); // a run that saw it neither listed nor running
        BudgetHistory after(dir.path(), QStringLiteral("me@db1/app|app"));
        QVERIFY(after.load());
        QVERIFY(after.waits(key).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBudgetHistory)
#include "tst_budgethistory.moc"
