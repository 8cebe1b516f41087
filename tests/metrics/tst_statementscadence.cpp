#include "core/metrics/statementscadence.h"

#include <QTest>

using namespace dbpulse;

class TestStatementsCadence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void every_data()
    {
        QTest::addColumn<double>("perRefreshMs");
        QTest::addColumn<double>("statementsMs");
        QTest::addColumn<double>("budgetMs");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("expected");

        // Aiming at 2.5 ms of the 5 ms budget; the statements may always use 1.5 ms.
        QTest::newRow("cheap statements: every refresh") << 1.3 << 0.8 << 5.0 << 10 << 1;
        QTest::newRow("exactly the aim") << 1.0 << 1.5 << 5.0 << 10 << 1;
        QTest::newRow("just over: every 2nd") << 1.0 << 1.51 << 5.0 << 10 << 2;
        QTest::newRow("exact fit at 3") << 1.0 << 4.5 << 5.0 << 10 << 3;
        QTest::newRow("5,000 entries") << 0.6 << 12.7 << 5.0 << 10 << 7;
        QTest::newRow("capped") << 1.0 << 100.0 << 5.0 << 10 << 10;
        // A slow server query cannot be made up for by reading statements less often.
        QTest::newRow("slow server query, cheap statements") << 9.0 << 0.2 << 5.0 << 10 << 1;
        QTest::newRow("slow server query, 5,000 entries") << 6.0 << 12.0 << 5.0 << 10 << 8;
        QTest::newRow("server query leaves less than the minimum") << 2.5 << 10.0 << 5.0 << 10 << 7;
        QTest::newRow("other cap") << 1.0 << 100.0 << 5.0 << 4 << 4;
        QTest::newRow("nonsense cap") << 1.0 << 100.0 << 5.0 << 0 << 1;
        QTest::newRow("no budget at all") << 1.0 << 1.0 << 0.0 << 10 << 10;
        QTest::newRow("nothing measured") << 0.0 << 0.0 << 5.0 << 10 << 1;
    }

    void every()
    {
        QFETCH(double, perRefreshMs);
        QFETCH(double, statementsMs);
        QFETCH(double, budgetMs);
        QFETCH(int, cap);
        QFETCH(int, expected);
        const int k = StatementsCadence::every(perRefreshMs, statementsMs, budgetMs, cap);
        QCOMPARE(k, expected);
        // While the server query leaves the statements more than their minimum, the chosen k
        // keeps the aim and one less would not.
        const double aim = StatementsCadence::aimShare * budgetMs;
        if (aim - perRefreshMs >= StatementsCadence::minStatementsShare * budgetMs && k < cap) {
            QVERIFY(perRefreshMs + statementsMs / k <= aim + 1e-9);
            if (k > 1)
                QVERIFY(perRefreshMs + statementsMs / (k - 1) > aim);
        }
    }

    void textsWait_data()
    {
        QTest::addColumn<double>("textsMs");
        QTest::addColumn<double>("budgetMs");
        QTest::addColumn<int>("expected");
        // 0.5 ms of the 5 ms budget per refresh, on average.
        QTest::newRow("cheap texts: at the next read") << 0.3 << 5.0 << 1;
        QTest::newRow("exactly the share") << 0.5 << 5.0 << 1;
        QTest::newRow("just over") << 0.51 << 5.0 << 2;
        QTest::newRow("5,000 entries and their texts") << 26.3 << 5.0 << 53;
        QTest::newRow("capped") << 200.0 << 5.0 << StatementsCadence::maxTextsWait;
        QTest::newRow("no budget at all") << 0.5 << 0.0 << StatementsCadence::maxTextsWait;
        QTest::newRow("nothing measured") << 0.0 << 5.0 << 1;
    }

    void textsWait()
    {
        QFETCH(double, textsMs);
        QFETCH(double, budgetMs);
        QFETCH(int, expected);
        QCOMPARE(StatementsCadence::textsWait(textsMs, budgetMs), expected);
    }
};

QTEST_GUILESS_MAIN(TestStatementsCadence)
#include "tst_statementscadence.moc"
