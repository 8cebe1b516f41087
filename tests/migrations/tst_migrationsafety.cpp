// The runner's safety rules against a real PostgreSQL cluster: what is refused before anything
// runs (parse errors, transaction control), what dry runs give up on (locks, slow statements), the
// role's search_path for user SQL, and confirmed versions.
#include "core/migrations/migrationjob.h"
#include "core/migrations/migrationrunner.h"
#include "tests/migrations/migrationtestutil.h"
#include "tests/migrations/runnerfixture.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

class TestMigrationSafety : public RunnerFixture
{
    Q_OBJECT

private Q_SLOTS:
    // SQL that PostgreSQL's parser rejects is refused before anything runs, even the migrations
    // before it, with the file, the line and the parser's message.
    void parseErrorRefusesBeforeAnything_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("dbmate") << "dbmate" << false;
        QTest::newRow("dbmate dry-run") << "dbmate" << true;
        QTest::newRow("flyway") << "flyway" << false;
    }
    void parseErrorRefusesBeforeAnything()
    {
        QFETCH(QString, style);
        QFETCH(bool, dryRun);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        const bool dbmate = style == QLatin1String("dbmate");
        const QString head = dbmate ? u"-- migrate:up\n"_s : QString();
        const QString bad = dbmate ? u"2_bad.sql"_s : u"V2__bad.sql"_s;
        QVERIFY(test::writeFiles(dir.path(), {
            {dbmate ? u"1_ok.sql"_s : u"V1__ok.sql"_s, head + u"CREATE TABLE a (x int);\n"_s},
            {bad, head + u"CREATE TABLE b (x int);\n\nCREATE TABLE c (x int) WITH OOPS;\n"_s},
        }));
        MigrationRequest up = request(MigrationRequest::Command::Up, m_uri, dir.path(), style);
        up.dryRun = dryRun;
        const MigrationReport r = runMigrations(up);
        QVERIFY(!r.ok);
        const QString where = u"%1:%2: ERROR: syntax error at or near \"OOPS\""_s.arg(bad).arg(dbmate ? 4 : 3);
        QVERIFY2(r.error.startsWith(where), qPrintable(r.error + u" / expected "_s + where));
        QVERIFY2(r.error.contains(u"nothing was run"_s), qPrintable(r.error));
        QVERIFY(r.steps.isEmpty());
        QCOMPARE(v(u"SELECT to_regclass('a') IS NULL AND to_regclass('b') IS NULL"_s), u"t"_s);
    }

    // Top-level transaction control in a migration that runs inside a transaction: refused, in a
    // dry run and in a real one, before anything runs; the error names file:line and the statement.
    void transactionControlRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<int>("line");
        QTest::newRow("COMMIT dry-run") << "COMMIT" << true << 4;
        QTest::newRow("COMMIT") << "COMMIT" << false << 4;
        QTest::newRow("END dry-run") << "END" << true << 4;
        QTest::newRow("ABORT") << "ABORT" << false << 4;
        QTest::newRow("ROLLBACK dry-run") << "ROLLBACK" << true << 4;
        QTest::newRow("BEGIN") << "BEGIN" << false << 4;
        QTest::newRow("START TRANSACTION dry-run") << "START TRANSACTION ISOLATION LEVEL SERIALIZABLE" << true << 4;
        QTest::newRow("PREPARE TRANSACTION dry-run") << "PREPARE TRANSACTION 'dbp_x'" << true << 4;
        QTest::newRow("commented, lower case") << "/* make it stick */\n  commit work" << true << 5;
    }
    void transactionControlRefused()
    {
        QFETCH(QString, statement);
        QFETCH(bool, dryRun);
        QFETCH(int, line);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {
            {u"1_ok.sql"_s, u"-- migrate:up\nCREATE TABLE ok_t (x int);\n"_s},
            {u"2_commit.sql"_s, u"-- migrate:up\nCREATE TABLE before_commit (x int);\nINSERT INTO before_commit VALUES (1);\n"_s
                                 + statement + u";\nCREATE TABLE after_commit (x int);\n"_s},
        }));
        MigrationRequest up = request(MigrationRequest::Command::Up, m_uri, dir.path());
        up.dryRun = dryRun;
        const MigrationReport r = runMigrations(up);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(u"2_commit.sql:%1: refusing to"_s.arg(line)), qPrintable(r.error));
        QVERIFY2(r.error.contains(statement.section(u'\n', -1).trimmed()), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"transaction:false"_s), qPrintable(r.error));
        QVERIFY(r.steps.isEmpty());
        QCOMPARE(v(u"SELECT to_regclass('before_commit') IS NULL AND to_regclass('ok_t') IS NULL AND to_regclass('after_commit') IS NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database()"_s), u"0"_s);
        if (dryRun)
            QCOMPARE(v(u"SELECT to_regclass('schema_migrations') IS NULL"_s), u"t"_s);
        else
            QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"0"_s);
    }

    // The parser, not a keyword search: savepoints stay inside the transaction, and COMMIT in a
    // string or a DO body is not a statement of the migration.
    void savepointsAndLookalikesRun()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {
            {u"1_sp.sql"_s, u"-- migrate:up\nSAVEPOINT s;\nCREATE TABLE undone (x int);\nROLLBACK TO SAVEPOINT s;\nRELEASE SAVEPOINT s;\n"
                             "SELECT 'COMMIT;';\n-- COMMIT;\nDO $$ BEGIN PERFORM 1; END $$;\nCREATE TABLE kept (x text DEFAULT 'x;COMMIT');\n"_s},
        }));
        MigrationRequest up = request(MigrationRequest::Command::Up, m_uri, dir.path());
        up.dryRun = true;
        MigrationReport r = runMigrations(up);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('kept') IS NULL"_s), u"t"_s);
        up.dryRun = false;
        r = runMigrations(up);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('kept') IS NOT NULL AND to_regclass('undone') IS NULL"_s), u"t"_s);
    }

    // A migration marked to run outside a transaction manages its own, as dbmate runs it.
    void nonTransactionalMayCommit_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("dbmate") << "dbmate";
        QTest::newRow("flyway") << "flyway";
    }
    void nonTransactionalMayCommit()
    {
        QFETCH(QString, style);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        const QString body = u"CREATE TABLE outside (x int);\nBEGIN;\nINSERT INTO outside VALUES (1);\nCOMMIT;\n"_s;
        if (style == QLatin1String("dbmate")) {
            QVERIFY(test::writeFiles(dir.path(), {{u"1_own_tx.sql"_s, u"-- migrate:up transaction:false\n"_s + body}}));
        } else {
            QVERIFY(test::writeFiles(dir.path(), {{u"V1__own_tx.sql"_s, body}, {u"V1__own_tx.sql.conf"_s, u"executeInTransaction=false\n"_s}}));
        }
        MigrationRequest up = request(MigrationRequest::Command::Up, m_uri, dir.path(), style);
        up.dryRun = true;
        MigrationReport r = runMigrations(up);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.steps.at(0).note.isEmpty()); // listed, not run
        QCOMPARE(v(u"SELECT to_regclass('outside') IS NULL"_s), u"t"_s);
        up.dryRun = false;
        r = runMigrations(up);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT count(*) FROM outside"_s), u"1"_s);
        QCOMPARE(v(u"SELECT count(*) FROM %1"_s.arg(historyTable(style))), u"1"_s);
    }

    // A dry run waits at most its lock timeout for a lock another session holds, says which
    // statement waited (file:line), and leaves nothing behind.
    void dryRunGivesUpOnLockTimeout()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QString error;
        test::pgQuery(m_uri, u"CREATE TABLE locked_t (x int)"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {
            {u"1_new.sql"_s, u"-- migrate:up\nCREATE TABLE new_t (x int);\n"_s},
            {u"2_alter.sql"_s, u"-- migrate:up\nCREATE TABLE also_new (x int);\n\nALTER TABLE locked_t\n  ADD COLUMN y int;\n"_s},
        }));
        // The holder lets go after 15 s: without a lock timeout the dry run would then succeed (and
        // this test fail) rather than hang.
        test::PlainConnection holder(m_uri);
        QVERIFY2(holder.ok(), qPrintable(holder.error()));
        QVERIFY(holder.send(u"BEGIN; LOCK TABLE locked_t IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(15); COMMIT"_s));
        QTRY_COMPARE(v(u"SELECT count(*) FROM pg_locks WHERE relation = 'locked_t'::regclass AND granted AND pid = %1"_s.arg(holder.pid())), u"1"_s);

        MigrationRequest dry = request(MigrationRequest::Command::Up, m_uri, dir.path());
        dry.dryRun = true;
        dry.dryRunLockTimeoutMs = 500;
        QElapsedTimer clock;
        clock.start();
        const MigrationReport r = runMigrations(dry);
        QVERIFY(!r.ok);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(r.error.startsWith(u"2_alter.sql:4: ERROR:"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"lock timeout"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"ALTER TABLE locked_t ADD COLUMN y int"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"rolled back"_s), qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('new_t') IS NULL AND to_regclass('also_new') IS NULL AND to_regclass('schema_migrations') IS NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT count(*) FROM pg_attribute WHERE attrelid = 'locked_t'::regclass AND attname = 'y'"_s), u"0"_s);
        // The runner's session is gone, and no lock of ours is waiting or held.
        QTRY_COMPARE(v(u"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dbpulse-migrate' AND datname = current_database()"_s), u"0"_s);
    }

    void dryRunGivesUpOnStatementTimeout()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"1_slow.sql"_s, u"-- migrate:up\nCREATE TABLE slow (x int);\nSELECT pg_sleep(30);\n"_s}}));
        MigrationRequest dry = request(MigrationRequest::Command::Up, m_uri, dir.path());
        dry.dryRun = true;
        dry.dryRunStatementTimeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const MigrationReport r = runMigrations(dry);
        QVERIFY(!r.ok);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(r.error.startsWith(u"1_slow.sql:3: ERROR:"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"statement timeout"_s) && r.error.contains(u"SELECT pg_sleep(30)"_s), qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('slow') IS NULL"_s), u"t"_s);
    }

    // The user's SQL runs under the search_path the role and database give it (as in psql); ours
    // is pinned and schema-qualified. The database here puts schema app first and pg_catalog
    // explicitly after it, and app holds a to_regclass(text) that logs every call: code that
    // names to_regclass unqualified would run it.
    void userSqlUnderRoleSearchPathOursPinned()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QString error;
        test::pgQuery(m_uri, u"CREATE SCHEMA app; CREATE TABLE app.calls (n int);"
                              "CREATE FUNCTION app.to_regclass(text) RETURNS regclass LANGUAGE sql AS "
                              "$$ INSERT INTO app.calls VALUES (1); SELECT NULL::regclass $$;"
                              "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = app, pg_catalog, public', "
                              "current_database()); END $$"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {
            {u"V1__widgets.sql"_s, u"CREATE TABLE widgets (id int);\nINSERT INTO widgets VALUES (1);\n"_s},
            {u"U1__widgets.sql"_s, u"DROP TABLE widgets;\n"_s},
            // Outside a transaction (CONCURRENTLY): the user's search_path too.
            {u"V2__widgets_idx.sql"_s, u"CREATE INDEX CONCURRENTLY widgets_id_idx ON widgets (id);\n"_s},
            {u"U2__widgets_idx.sql"_s, u"DROP INDEX CONCURRENTLY widgets_id_idx;\n"_s},
            // A migration that changes the session's search_path does not leak into the next.
            {u"V3__elsewhere.sql"_s, u"SET search_path = public;\nCREATE TABLE in_public (x int);\n"_s},
            {u"U3__elsewhere.sql"_s, u"DROP TABLE public.in_public;\n"_s},
            {u"V4__back.sql"_s, u"CREATE TABLE back_in_app (x int);\n"_s},
            {u"U4__back.sql"_s, u"DROP TABLE back_in_app;\n"_s},
        }));
        using C = MigrationRequest::Command;
        MigrationReport r = runMigrations(request(C::Status, m_uri, dir.path()));
        QVERIFY2(r.ok, qPrintable(r.error));
        r = runMigrations(request(C::Up, m_uri, dir.path()));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT pg_catalog.to_regclass('app.widgets') IS NOT NULL AND pg_catalog.to_regclass('public.widgets') IS NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT pg_catalog.to_regclass('app.widgets_id_idx') IS NOT NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT pg_catalog.to_regclass('public.in_public') IS NOT NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT pg_catalog.to_regclass('app.back_in_app') IS NOT NULL AND pg_catalog.to_regclass('public.back_in_app') IS NULL"_s), u"t"_s);
        // The history lives where the role's search_path creates tables, as dbmate and Flyway put it.
        QCOMPARE(v(u"SELECT count(*) FROM app.dbpulse_schema_history"_s), u"4"_s);
        QCOMPARE(v(u"SELECT pg_catalog.to_regclass('public.dbpulse_schema_history') IS NULL"_s), u"t"_s);

        MigrationRequest down = request(C::Down, m_uri, dir.path());
        down.toVersion = u"0"_s;
        r = runMigrations(down);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT pg_catalog.to_regclass('app.widgets') IS NULL AND pg_catalog.to_regclass('public.in_public') IS NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT count(*) FROM app.dbpulse_schema_history"_s), u"0"_s);
        // Not once did our own statements call the planted function.
        // (this test's own checks call pg_catalog.to_regclass by its full name too).
        QCOMPARE(v(u"SELECT count(*) FROM app.calls"_s), u"0"_s);
    }

    // A run given the versions the user confirmed refuses when it would now do something else.
    void confirmedVersionsMustMatch()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), test::sampleMigrations(u"native"_s)));
        using C = MigrationRequest::Command;
        MigrationReport r = runMigrations(request(C::Up, m_uri, dir.path()));
        QVERIFY2(r.ok, qPrintable(r.error));
        MigrationRequest plan = request(C::Down, m_uri, dir.path());
        plan.toVersion = u"1"_s;
        plan.planOnly = true;
        r = runMigrations(plan);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 2);
        QCOMPARE(r.steps.at(0).version, u"3"_s);
        QCOMPARE(r.databaseName, u"%1_%2"_s.arg(QCoreApplication::applicationName()).arg(m_counter));
        QCOMPARE(v(u"SELECT to_regclass('posts') IS NOT NULL"_s), u"t"_s); // planning ran nothing

        MigrationRequest down = plan;
        down.planOnly = false;
        down.confirmedVersions = QStringList{u"3"_s};
        r = runMigrations(down);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"not the confirmed 3"_s), qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('posts_user_idx') IS NOT NULL"_s), u"t"_s);
        down.confirmedVersions = QStringList{u"3"_s, u"2"_s};
        r = runMigrations(down);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('posts') IS NULL"_s), u"t"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrationSafety)
#include "tst_migrationsafety.moc"
