#include "core/demo/demoseed.h"
#include "core/demo/demoworkload.h"
#include "core/demo/sqlitedemo.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;
using namespace dbpulse;

/// The seed's planted flaws are the advisor's and doctor's test fixtures: keep them honest.
class TestDemoSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts();
    void plantedFlaws_data();
    void plantedFlaws();
    void monitorRole();
    void otherDatabasesKeepTheirStatements();
    void workloadMovesAndStops();
    void sqliteDemo();

private:
    QString m_uri;
};

void TestDemoSeed::initTestCase()
{
    QString reason;
    LocalCluster *cluster = test::sharedCluster(&reason);
    if (!cluster)
        return; // the PostgreSQL tests skip one by one; sqliteDemo still runs
    // A statement of another database, recorded before the seed (otherDatabasesKeepTheirStatements).
    QVERIFY(!test::queryValue(cluster->uri(), "SELECT 1 AS demoseed_marker").isEmpty());
    QString error;
    QStringList steps;
    QVERIFY2(seedDemoDatabase(cluster->uri(), {0.05, u"dbpulse_demo"_s}, &error,
                              [&steps](const QString &text) { steps << text; }),
             qPrintable(error));
    QVERIFY(steps.size() >= 4);
    m_uri = cluster->uri(u"dbpulse_demo"_s);
}

void TestDemoSeed::counts()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    // Pinned numbers, not the seeder's own table: scale 0.05 of 20,000 customers, 2,000 products,
    // 100,000 orders (with 2 items each); 90 % + 2 % of orders get payments.
    QCOMPARE(test::queryValue(m_uri, "SELECT count(*) FROM customers").toLongLong(), 1000);
    QCOMPARE(test::queryValue(m_uri, "SELECT count(*) FROM products").toLongLong(), 100);
    // A few orders (id % 997 = 0: 5 of 5,000) were purged on purpose.
    QCOMPARE(test::queryValue(m_uri, "SELECT count(*) FROM orders").toLongLong(), 4995);
    QVERIFY(test::queryValue(m_uri, "SELECT count(*) FROM payments").toLongLong() > 4000);
    QCOMPARE(DemoSeedCounts::forScale(0.05).orders, 5000);
    QCOMPARE(DemoSeedCounts::forScale(1.0).orders, 100000);
}

void TestDemoSeed::plantedFlaws_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("fk without index: order_items.product_id")
        << QByteArray("SELECT count(*) FROM pg_index WHERE indrelid = 'order_items'::regclass "
                      "AND indkey[0] = (SELECT attnum FROM pg_attribute WHERE attrelid = 'order_items'::regclass "
                      "AND attname = 'product_id')")
        << QByteArray("0");
    QTest::newRow("duplicate index") << QByteArray("SELECT pg_get_indexdef('products_sku_idx'::regclass) LIKE '%(sku)'")
                                     << QByteArray("t");
    QTest::newRow("redundant prefix index")
        << QByteArray("SELECT count(*) FROM pg_indexes WHERE tablename = 'products' "
                      "AND indexname IN ('products_category_idx', 'products_category_price_idx')")
        << QByteArray("2");
    QTest::newRow("unused index")
        << QByteArray("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'customers_country_created_idx'")
        << QByteArray("0");
    QTest::newRow("no index on orders.status")
        << QByteArray("SELECT count(*) FROM pg_indexes WHERE tablename = 'orders' AND indexdef LIKE '%status%'")
        << QByteArray("0");
    QTest::newRow("dead tuples")
        << QByteArray("SELECT n_dead_tup >= n_live_tup / 2 AND NOT coalesce(reloptions @> '{autovacuum_enabled=true}', false) "
                      "FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'event_log'")
        << QByteArray("t");
    QTest::newRow("invalid index")
        << QByteArray("SELECT indisvalid FROM pg_index WHERE indexrelid = 'customers_name_key'::regclass")
        << QByteArray("f");
    QTest::newRow("not valid fk")
        << QByteArray("SELECT convalidated FROM pg_constraint WHERE conname = 'payments_order_id_fkey'")
        << QByteArray("f");
    QTest::newRow("orphans")
        << QByteArray("SELECT count(*) > 0 FROM payments p WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = p.order_id)")
        << QByteArray("t");
}

void TestDemoSeed::plantedFlaws()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, expected);
    QCOMPARE(test::queryValue(m_uri, sql.constData()), expected);
}

void TestDemoSeed::monitorRole()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    // Over TCP every role needs a password; the seed leaves that to whoever runs the cluster.
    QString error;
    QVERIFY2(cluster->addPasswordLogin(u"dbpulse_monitor"_s, &error), qPrintable(error));
    const QString monitor = cluster->uri(u"dbpulse_demo"_s, u"dbpulse_monitor"_s);
    QCOMPARE(test::queryValue(monitor, "SELECT pg_has_role('pg_monitor', 'member')"), QByteArray("t"));
    QCOMPARE(test::queryValue(monitor, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"), QByteArray("f"));
}

// The seed starts the demo database's statistics clean, and only the demo database's: on a
// shared server a full reset would throw away other databases' statements mid-run.
void TestDemoSeed::otherDatabasesKeepTheirStatements()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    QCOMPARE(test::queryValue(cluster->uri(), "SELECT count(*) FROM pg_stat_statements s JOIN pg_database d "
                                              "ON d.oid = s.dbid WHERE d.datname = current_database() "
                                              "AND s.query LIKE '%demoseed_marker%'"),
             QByteArray("1"));
    QCOMPARE(test::queryValue(m_uri, "SELECT count(*) FROM pg_stat_statements s JOIN pg_database d "
                                     "ON d.oid = s.dbid WHERE d.datname = current_database() "
                                     "AND s.query LIKE 'VACUUM%'"),
             QByteArray("0"));
}

void TestDemoSeed::workloadMovesAndStops()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    // No such role, and no password for it: the server refuses, and start() says so.
    DemoWorkload bad(cluster->uri(u"dbpulse_demo"_s, u"nobody"_s), 1);
    QString error;
    QVERIFY(!bad.start(&error));
    QVERIFY2(error.contains(u"cannot connect"_s), qPrintable(error));

    DemoWorkload workload(m_uri, 3);
    QVERIFY2(workload.start(&error), qPrintable(error));
    QVERIFY(workload.isRunning());
    QCOMPARE(test::queryValue(m_uri, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'demo-shop-app'"),
             QByteArray("3"));
    QTRY_VERIFY_WITH_TIMEOUT(workload.statementsExecuted() > 50, 15000);
    QElapsedTimer timer;
    timer.start();
    workload.stop();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!workload.isRunning());
    QTRY_COMPARE(test::queryValue(m_uri, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'demo-shop-app'"),
                 QByteArray("0"));
}

void TestDemoSeed::sqliteDemo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"demo.sqlite"_s);
    QString error;
    QVERIFY2(createSqliteDemo(file, &error), qPrintable(error));
    QVERIFY(!createSqliteDemo(file, &error)); // never overwrites
    QVERIFY(!QSqlDatabase::connectionNames().contains(u"dbpulse-demo"_s));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(u"SELECT (SELECT count(*) FROM order_items), (SELECT count(*) FROM payments)"_s, db);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 10000);
        QCOMPARE(query.value(1).toInt(), 4500);
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
