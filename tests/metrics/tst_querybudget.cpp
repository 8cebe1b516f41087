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

        // What the regular expressions before the parser got wrong: words that are not SQL.
        QTest::newRow("keyword in a string") << "SELECT id FROM t WHERE note = 'group by, join, union'" << int(QC::Simple);
        QTest::newRow("quoted identifier") << "SELECT \"group by\", \"join\" FROM t WHERE id = $1" << int(QC::Simple);
        QTest::newRow("block comment") << "SELECT a FROM t /* JOIN u, count(x) */ WHERE id = $1" << int(QC::Simple);
        QTest::newRow("line comment") << "SELECT a FROM t -- UNION ALL SELECT 1\nWHERE id = $1" << int(QC::Simple);
        QTest::newRow("dollar-quoted body") << "SELECT id FROM t WHERE body = $b$ sum(x) OVER ( $b$" << int(QC::Simple);
        QTest::newRow("with in a string") << "SELECT id FROM t WHERE note = 'with love'" << int(QC::Simple);
        QTest::newRow("with ordinality") << "SELECT * FROM generate_series(1, $1) WITH ORDINALITY" << int(QC::Simple);
        QTest::newRow("where only in a string") << "UPDATE t SET note = 'where'" << int(QC::Bulk);
        QTest::newRow("row breaks in a string")
            << QStringLiteral("INSERT INTO log (msg) VALUES ('") + QStringLiteral("(a), ").repeated(12) + QStringLiteral("')")
            << int(QC::Simple);
        QTest::newRow("insert select of one row") << "INSERT INTO t (a, b) SELECT $1, $2" << int(QC::Simple);
        QTest::newRow("create view") << "CREATE VIEW v AS SELECT count(*) FROM t JOIN u ON u.id = t.id" << int(QC::Simple);
        QTest::newRow("typed parameter") << "SELECT * FROM t WHERE d > now() - interval $1 AND day = date $2" << int(QC::Simple);

        // The rest of the classes, from the tree.
        QTest::newRow("exists") << "SELECT * FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.id = t.id)" << int(QC::Complex);
        QTest::newRow("two from items") << "SELECT t.a FROM t, u WHERE t.id = u.id" << int(QC::Complex);
        QTest::newRow("union") << "SELECT a FROM t UNION ALL SELECT a FROM u" << int(QC::Complex);
        QTest::newRow("cte") << "WITH x AS (SELECT a FROM t) SELECT a FROM x" << int(QC::Complex);
        QTest::newRow("update from") << "UPDATE t SET a = u.a FROM u WHERE t.id = u.id" << int(QC::Complex);
        QTest::newRow("delete using") << "DELETE FROM t USING u WHERE t.id = u.id" << int(QC::Complex);
        QTest::newRow("recursive") << "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) SELECT i FROM n"
                                   << int(QC::Analytics);
        QTest::newRow("rollup") << "SELECT a, b FROM t GROUP BY ROLLUP (a, b)" << int(QC::Analytics);
        QTest::newRow("within group") << "SELECT percentile_cont($1) WITHIN GROUP (ORDER BY a) FROM t" << int(QC::Analytics);
        QTest::newRow("user aggregate with distinct") << "SELECT my_agg(DISTINCT a) FROM t" << int(QC::Analytics);
        QTest::newRow("aggregate in a subquery") << "SELECT * FROM t WHERE a > (SELECT avg(a) FROM t)" << int(QC::Analytics);
        QTest::newRow("create table as") << "CREATE TABLE t2 AS SELECT * FROM t" << int(QC::Bulk);
        QTest::newRow("materialized view") << "CREATE MATERIALIZED VIEW mv AS SELECT a FROM t" << int(QC::Bulk);
        QTest::newRow("select into") << "SELECT * INTO TEMP t2 FROM t" << int(QC::Bulk);
        QTest::newRow("refresh") << "REFRESH MATERIALIZED VIEW CONCURRENTLY mv" << int(QC::Bulk);
        QTest::newRow("analyze") << "ANALYZE t" << int(QC::Bulk);
        QTest::newRow("reindex") << "REINDEX TABLE t" << int(QC::Bulk);
        QTest::newRow("cluster") << "CLUSTER t USING t_pkey" << int(QC::Bulk);
        QTest::newRow("unique index") << "CREATE UNIQUE INDEX i ON t (a)" << int(QC::Bulk);
        QTest::newRow("nine values rows")
            << QStringLiteral("INSERT INTO t VALUES ") + QStringLiteral("($1, $2), ").repeated(8) + QStringLiteral("($3, $4)")
            << int(QC::Simple);
        QTest::newRow("ten values rows")
            << QStringLiteral("INSERT INTO t VALUES ") + QStringLiteral("($1, $2), ").repeated(9) + QStringLiteral("($3, $4)")
            << int(QC::Bulk);
        QTest::newRow("delete without where in a cte") << "WITH d AS (DELETE FROM t RETURNING *) SELECT a FROM d" << int(QC::Bulk);
        QTest::newRow("several statements") << "SELECT 1; DELETE FROM t" << int(QC::Bulk);

        // Texts the parser refuses: their keywords, read by PostgreSQL's scanner, stand in.
        QTest::newRow("cut in a string") << "SELECT a, count(*) FROM orders WHERE note = 'group by" << int(QC::Analytics);
        QTest::newRow("cut in a comment") << "SELECT a FROM t WHERE id = $1 AND /* UNION" << int(QC::Simple);
        QTest::newRow("cut in a quoted name") << "SELECT a FROM t JOIN u ON u.\"join" << int(QC::Complex);
        QTest::newRow("cut in a dollar quote") << "SELECT a FROM t WHERE b = $q$ GROUP BY" << int(QC::Simple);
        QTest::newRow("cut after where") << "UPDATE t SET a = $1 WHERE id IN ($2, $3," << int(QC::Simple);
        QTest::newRow("cut before where") << "DELETE FROM t USING u JOIN v ON" << int(QC::Bulk);
        QTest::newRow("cut from list") << "SELECT a FROM t, u WHERE t.id = u.id AND (" << int(QC::Complex);
        QTest::newRow("cut values") << QStringLiteral("INSERT INTO t VALUES ") + QStringLiteral("($1, $2), ").repeated(12) << int(QC::Bulk);
        QTest::newRow("newer grammar") << "SELECT count(*) FROM t WHERE doc IS JSON OBJECT" << int(QC::Analytics);
        QTest::newRow("longer than the limit")
            << QStringLiteral("INSERT INTO t VALUES ") + QStringLiteral("($1, $2), ").repeated(20000) + QStringLiteral("($3, $4)")
            << int(QC::Bulk);
        QTest::newRow("nested too deep")
            << QStringLiteral("SELECT ") + QStringLiteral("(").repeated(20000) + QStringLiteral("1") + QStringLiteral(")").repeated(20000)
            << int(QC::Simple);
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
