#include "core/db/pgconnection.h"
#include "tests/support/silentserver.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dbpulse;

namespace {

ConnectParams paramsFor(const QString &conninfo)
{
    ConnectParams p;
    p.conninfo = conninfo;
    p.connectTimeoutMs = 5000;
    return p;
}

QueryResult run(PgConnection &conn, const QString &sql, const QVariantList &params = {})
{
    std::optional<QueryResult> result;
    conn.exec(sql, params, [&result](const QueryResult &r) { result = r; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < 15000)
        QTest::qWait(5);
    return result.value_or(QueryResult{false, QStringLiteral("test timeout"), {}, {}, {}, 0});
}

} // namespace

class TestPgConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAndQueriesWithTypes()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PgConnection conn;
        QSignalSpy opened(&conn, &PgConnection::opened);
        conn.open(paramsFor(cluster->uri()));
        QVERIFY(opened.wait(10000));
        QVERIFY(conn.isOpen());
        QVERIFY(conn.serverVersion() >= 150000);

        const QueryResult r = run(conn, QStringLiteral("SELECT $1::int + 1 AS n, $2::text AS s, true AS b, 2.5::float8 AS f, NULL::int AS z"),
                                  {41, QStringLiteral("héllo 'x'")});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value(0, QStringLiteral("n")), QVariant(qlonglong(42)));
        QCOMPARE(r.value(0, QStringLiteral("s")).toString(), QStringLiteral("héllo 'x'"));
        QCOMPARE(r.value(0, QStringLiteral("b")), QVariant(true));
        QCOMPARE(r.value(0, QStringLiteral("f")).toDouble(), 2.5);
        QVERIFY(r.value(0, QStringLiteral("z")).isNull());
    }

    void sessionIsMarkedAndBounded()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PgConnection conn;
        QSignalSpy opened(&conn, &PgConnection::opened);
        ConnectParams p = paramsFor(cluster->uri());
        p.statementTimeoutMs = 300;
        conn.open(p);
        QVERIFY(opened.wait(10000));
        const QueryResult settings = run(conn, QStringLiteral(
            "SELECT current_setting('application_name') AS app, current_setting('statement_timeout') AS st,"
            " current_setting('default_transaction_read_only') AS ro"));
        QVERIFY2(settings.ok, qPrintable(settings.error));
        QCOMPARE(settings.value(0, QStringLiteral("app")).toString(), QStringLiteral("dbpulse"));
        QCOMPARE(settings.value(0, QStringLiteral("st")).toString(), QStringLiteral("300ms"));
        QCOMPARE(settings.value(0, QStringLiteral("ro")).toString(), QStringLiteral("on"));

        const QueryResult slow = run(conn, QStringLiteral("SELECT pg_sleep(5)"));
        QVERIFY(!slow.ok);
        QCOMPARE(slow.sqlState, QStringLiteral("57014"));
        const QueryResult write = run(conn, QStringLiteral("CREATE TABLE must_not_exist(i int)"));
        QVERIFY(!write.ok);
        QCOMPARE(write.sqlState, QStringLiteral("25006")); // read_only_sql_transaction
        QVERIFY(run(conn, QStringLiteral("SELECT 1")).ok); // still usable afterwards
    }

    void errorsKeepTheConnection()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PgConnection conn;
        QSignalSpy opened(&conn, &PgConnection::opened);
        conn.open(paramsFor(cluster->uri()));
        QVERIFY(opened.wait(10000));
        const QueryResult bad = run(conn, QStringLiteral("SELEC 1"));
        QVERIFY(!bad.ok);
        QCOMPARE(bad.sqlState, QStringLiteral("42601"));
        QVERIFY2(bad.error.contains(QLatin1String("syntax error")), qPrintable(bad.error));
        QVERIFY(conn.isOpen());
    }

    void queuedStatementsRunInOrder()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PgConnection conn;
        QSignalSpy opened(&conn, &PgConnection::opened);
        conn.open(paramsFor(cluster->uri()));
        QVERIFY(opened.wait(10000));
        QList<int> order;
        for (int i = 0; i < 20; ++i)
            conn.exec(QStringLiteral("SELECT $1::int"), {i}, [&order](const QueryResult &r) { order << r.rows.at(0).at(0).toInt(); });
        QTRY_COMPARE(order.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(order.at(i), i);
    }

    void cancelStopsARunningQuery()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PgConnection conn;
        QSignalSpy opened(&conn, &PgConnection::opened);
        ConnectParams p = paramsFor(cluster->uri());
        p.statementTimeoutMs = 0;
        conn.open(p);
        QVERIFY(opened.wait(10000));
        std::optional<QueryResult> result;
        QElapsedTimer clock;
        clock.start();
        conn.exec(QStringLiteral("SELECT pg_sleep(30)"), [&result](const QueryResult &r) { result = r; });
        QTest::qWait(300);
        conn.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(result->sqlState, QStringLiteral("57014"));
    }

    void terminatedBackendIsReportedLost()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PgConnection victim;
        PgConnection admin;
        QSignalSpy opened(&victim, &PgConnection::opened);
        QSignalSpy adminOpened(&admin, &PgConnection::opened);
        QSignalSpy lost(&victim, &PgConnection::lost);
        victim.open(paramsFor(cluster->uri()));
        ConnectParams ap = paramsFor(cluster->uri());
        ap.readOnly = false;
        admin.open(ap);
        QVERIFY(opened.wait(10000));
        QVERIFY(adminOpened.count() || adminOpened.wait(10000));
        QVERIFY(run(admin, QStringLiteral("SELECT pg_terminate_backend($1)"), {victim.backendPid()}).ok);
        // Detected while idle: the socket becomes readable at EOF, no query needed.
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 10000);
        QVERIFY(!victim.isOpen());
        QVERIFY(!run(victim, QStringLiteral("SELECT 1")).ok);
    }

    void connectFailuresNameTheProblem_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("no such database") << "dbname=no_such_db" << false << "does not exist";
        // The cluster asks for a password over TCP and, by design, does not say whether the role
        // exists: both failures are ones waiting cannot fix.
        QTest::newRow("no such role") << "user=no_such_role password=wrong" << false << "password authentication failed";
        QTest::newRow("no password for the role") << "user=no_such_role" << false << "no password supplied";
        QTest::newRow("refused port") << "port=1" << true << "Connection refused";
    }
    void connectFailuresNameTheProblem()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QFETCH(QString, conninfo);
        QFETCH(bool, retryable);
        QFETCH(QString, errorPart);
        PgConnection conn;
        QSignalSpy failed(&conn, &PgConnection::openFailed);
        conn.open(paramsFor(cluster->uri() + (cluster->uri().contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
                            + conninfo.replace(QLatin1Char(' '), QLatin1Char('&'))));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(0).toString().contains(errorPart), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(failed.at(0).at(1).toBool(), retryable);
    }

    void connectTimeoutIsEnforced()
    {
        // A listening socket that never answers the startup packet: only our timer can end the wait.
        const test::SilentServer silent;
        QVERIFY(silent.isListening());
        PgConnection conn;
        QSignalSpy failed(&conn, &PgConnection::openFailed);
        ConnectParams p = paramsFor(QStringLiteral("host=127.0.0.1 sslmode=disable port=%1").arg(silent.port()));
        p.connectTimeoutMs = 700;
        QElapsedTimer clock;
        clock.start();
        conn.open(p);
        QVERIFY(failed.wait(10000));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("timed out")), qPrintable(failed.at(0).at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
