#include "core/metrics/querybudget.h"

#include <QTest>

using namespace dbpulse;
using QC = QueryBudget::QueryClass;

class TestQueryBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("expected");
        QTest::newRow("point lookup") << "SELECT * FROM accounts WHERE id = $1" << int(QC::Simple);
        QTest::newRow("update by key") << "UPDATE accounts SET balance = balance + $1 WHERE id = $2" << int(QC::Simple);
        QTest::newRow("single insert") << "INSERT INTO t (a, b) VALUES ($1, $2)" << int(QC::Simple);
        QTest::newRow("join") << "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.id = $1" << int(QC::Complex);
        QTest::newRow("subquery") << "SELECT * FROM t WHERE a IN (SELECT b FROM u)" << int(QC::Complex);
        QTest::newRow("group by") << "SELECT customer_id, sum(total) FROM orders GROUP BY 1" << int(QC::Analytics);
        QTest::newRow("window") << "SELECT id, rank() OVER (ORDER BY total) FROM orders" << int(QC::Analytics);
        QTest::newRow("count") << "select count(*) from pgbench_accounts where aid < $1" << int(QC::Analytics);
        QTest::newRow("copy") << "COPY t FROM STDIN" << int(QC::Bulk);
        QTest::newRow("insert select") << "INSERT INTO archive SELECT * FROM orders WHERE created < $1" << int(QC::Bulk);
        QTest::newRow("delete all") << "DELETE FROM sessions" << int(QC::Bulk);
        QTest::newRow("create index") << "CREATE INDEX CONCURRENTLY i ON t (a)" << int(QC::Bulk);
        QTest::newRow("leading comment") << "/* app */ VACUUM t" << int(QC::Bulk);
        QTest::newRow("multi-row values")
            << QStringLiteral("INSERT INTO t VALUES ") + QStringLiteral("($1, $2), ").repeated(20) + QStringLiteral("($3, $4)")
            << int(QC::Bulk);
        QTest::newRow("megabyte text") << QStringLiteral("SELECT ") + QStringLiteral("x").repeated(2'000'000) << int(QC::Simple);
        QTest::newRow("invalid utf8 replaced") << QString::fromUtf8("SELECT '\xff\xfe' FROM t WHERE id = 1") << int(QC::Simple);
    }
    void classify()
    {
        QFETCH(QString, sql);
        QFETCH(int, expected);
        QCOMPARE(int(QueryBudget::classify(sql)), expected);
    }

    void breaches()
    {
        QueryBudget budget;
        QCOMPARE(budget.budgetMs(QC::Simple), 10.0);
        QCOMPARE(budget.budgetMs(QC::Complex), 100.0);
        QCOMPARE(budget.budgetMs(QC::Analytics), 1000.0);
        QCOMPARE(budget.budgetMs(QC::Bulk), 5000.0);
        StatementInterval fast;
        fast.queryId = 1;
        fast.calls = 10;
        fast.p95Ms = 5;
        StatementInterval slow = fast;
        slow.queryId = 2;
        slow.p95Ms = 50;
        StatementInterval unknown = slow;
        unknown.queryId = 3;
        const auto b = budget.breaches({fast, slow, unknown}, {{1, QC::Simple}, {2, QC::Simple}});
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().queryId, qint64(2));
        QCOMPARE(b.first().queryClass, QStringLiteral("simple"));
        QCOMPARE(b.first().budgetMs, 10.0);
        budget.setBudgetMs(QC::Simple, 60);
        QVERIFY(budget.breaches({slow}, {{2, QC::Simple}}).isEmpty());
    }

    void overrideChangesTheClassUsed()
    {
        QueryBudget budget;
        StatementInterval s;
        s.queryId = 7;
        s.calls = 3;
        s.p95Ms = 50; // over "simple" (10 ms), within "complex" (100 ms)
        QCOMPARE(budget.breaches({s}, {{7, QC::Simple}}).size(), 1);
        budget.setClassOverride(7, QC::Complex);
        QVERIFY(budget.breaches({s}, {{7, QC::Simple}}).isEmpty());
        budget.setClassOverride(7, QC::Simple);
        // An override also judges a statement whose text (and so inferred class) is not known yet.
        const auto b = budget.breaches({s}, {});
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().queryClass, QStringLiteral("simple"));
        budget.setClassOverride(7, std::nullopt);
        QVERIFY(budget.breaches({s}, {}).isEmpty());
    }

    void classNamesRoundTrip()
    {
        for (QC c : QueryBudget::allClasses())
            QCOMPARE(QueryBudget::classFromName(QueryBudget::className(c)), std::optional<QC>(c));
        QCOMPARE(QueryBudget::classFromName(QStringLiteral("huge")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestQueryBudget)
#include "tst_querybudget.moc"
