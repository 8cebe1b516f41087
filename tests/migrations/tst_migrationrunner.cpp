// The runner against a real PostgreSQL cluster and real SQLite files, one fresh database per test.
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

class TestMigrationRunner : public test::RunnerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycle_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("v1");
        QTest::addColumn<QString>("v2");
        QTest::addColumn<QString>("v3");
        QTest::newRow("dbmate") << "dbmate" << "20240101000001" << "20240101000002" << "20240101000003";
        QTest::newRow("flyway") << "flyway" << "1" << "2" << "3";
        QTest::newRow("native") << "native" << "1" << "2" << "3";
    }
    void lifecycle()
    {
        QFETCH(QString, style);
        QFETCH(QString, v1);
        QFETCH(QString, v2);
        QFETCH(QString, v3);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), test::sampleMigrations(style)));
        if (style == QLatin1String("flyway"))
            QVERIFY(test::writeFiles(dir.path(), {{u"flyway.conf"_s, u"flyway.locations=filesystem:."_s}}));
        const bool repeatable = style != QLatin1String("dbmate");
        using C = MigrationRequest::Command;

        MigrationReport r = runMigrations(request(C::Status, m_uri, dir.path()));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(migrationStyleName(r.style), style);
        QStringList expected{v1 + u"=pending"_s, v2 + u"=pending"_s, v3 + u"=pending"_s};
        if (repeatable)
            expected << u"R=pending"_s;
        QCOMPARE(states(r), expected);
        QCOMPARE(v(u"SELECT to_regclass('%1') IS NULL"_s.arg(historyTable(style))), u"t"_s); // status writes nothing

        r = runMigrations(request(C::Plan, m_uri, dir.path()));
        QVERIFY(r.ok);
        QCOMPARE(r.steps.size(), repeatable ? 4 : 3);
        QCOMPARE(r.steps.at(0).version, v1);
        QVERIFY(!r.steps.at(2).transactional); // CREATE INDEX CONCURRENTLY

        MigrationRequest up = request(C::Up, m_uri, dir.path());
        up.toVersion = v2;
        r = runMigrations(up);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 2); // up to and including v2; repeatables wait for a full up
        QCOMPARE(v(u"SELECT count(*) FROM users"_s), u"1"_s);
        QCOMPARE(v(u"SELECT to_regclass('posts_user_idx') IS NULL"_s), u"t"_s);

        r = runMigrations(request(C::Up, m_uri, dir.path()));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.steps.size(), repeatable ? 2 : 1);
        QCOMPARE(v(u"SELECT indisvalid FROM pg_index WHERE indexrelid = 'posts_user_idx'::regclass"_s), u"t"_s);
        expected = QStringList{v1 + u"=applied"_s, v2 + u"=applied"_s, v3 + u"=applied"_s};
        if (repeatable)
            expected << u"R=applied"_s;
        QCOMPARE(states(r), expected);
        QVERIFY(!r.status.at(0).appliedAt.isEmpty());

        // The layout's own history table, as that tool writes it.
        if (style == QLatin1String("dbmate")) {
            QCOMPARE(test::pgQuery(m_uri, u"SELECT version FROM schema_migrations ORDER BY 1"_s), (QStringList{v1, v2, v3}));
            QCOMPARE(v(u"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'schema_migrations'::regclass AND attname = 'version'"_s),
                     u"character varying(128)"_s);
            QCOMPARE(v(u"SELECT count(*) FROM dbpulse_migration_checksums"_s), u"3"_s);
        } else if (style == QLatin1String("flyway")) {
            QCOMPARE(test::pgQuery(m_uri, u"SELECT installed_rank || ' ' || coalesce(version, '-') || ' ' || type || ' ' || script || ' ' || success FROM flyway_schema_history ORDER BY 1"_s),
                     (QStringList{u"1 1 SQL V1__create_users.sql true"_s, u"2 2 SQL V2__create_posts.sql true"_s,
                                  u"3 3 SQL V3__index_posts.sql true"_s, u"4 - SQL R__users_view.sql true"_s}));
            QCOMPARE(v(u"SELECT count(*) FROM flyway_schema_history WHERE checksum IS NULL OR installed_by <> current_user"_s), u"0"_s);
        } else {
            QCOMPARE(v(u"SELECT count(*) FROM dbpulse_schema_history WHERE length(checksum) = 64"_s), u"4"_s);
        }

        r = runMigrations(request(C::Validate, m_uri, dir.path()));
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));

        // down: one step by default.
        r = runMigrations(request(C::Down, m_uri, dir.path()));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(r.steps.at(0).version, v3);
        QCOMPARE(v(u"SELECT to_regclass('posts_user_idx') IS NULL"_s), u"t"_s);
        QCOMPARE(r.status.at(2).state, u"pending"_s);

        // down --to v1: everything newer than v1 goes, v1 stays the newest applied.
        r = runMigrations(up); // back to v2 state is already there; re-apply v3 first
        MigrationRequest full = request(C::Up, m_uri, dir.path());
        QVERIFY(runMigrations(full).ok);
        MigrationRequest down = request(C::Down, m_uri, dir.path());
        down.toVersion = v1;
        r = runMigrations(down);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 2);
        QCOMPARE(v(u"SELECT to_regclass('posts') IS NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT to_regclass('users') IS NULL"_s), u"f"_s);
        QCOMPARE(r.status.at(0).state, u"applied"_s);
        QCOMPARE(r.status.at(1).state, u"pending"_s);

        down.toVersion = u"0"_s;
        r = runMigrations(down);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('users') IS NULL"_s), u"t"_s);
        down.toVersion = u"42"_s;
        r = runMigrations(down);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"version 42 is not applied"_s), qPrintable(r.error));
    }

    void failingMigrationLeavesNothing_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("dbmate") << "dbmate";
        QTest::newRow("flyway") << "flyway";
        QTest::newRow("native") << "native";
    }
    void failingMigrationLeavesNothing()
    {
        QFETCH(QString, style);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        const bool dbmate = style == QLatin1String("dbmate");
        const QString head = dbmate ? u"-- migrate:up\n"_s : QString();
        const QString bad = dbmate ? u"2_bad.sql"_s : u"V2__bad.sql"_s;
        QVERIFY(test::writeFiles(dir.path(), {
            {dbmate ? u"1_ok.sql"_s : u"V1__ok.sql"_s, head + u"CREATE TABLE a (x int);\n"_s},
            {bad, head + u"CREATE TABLE b (x int);\n\nINSERT INTO nope VALUES (1);\n"_s},
            {dbmate ? u"3_after.sql"_s : u"V3__after.sql"_s, head + u"CREATE TABLE d (x int);\n"_s},
        }));
        MigrationRequest up = request(MigrationRequest::Command::Up, m_uri, dir.path(), style);
        const MigrationReport r = runMigrations(up);
        QVERIFY(!r.ok);
        // File, line (line 1 of the flyway file is its first line; dbmate's starts after the marker) and the server's message.
        const QString where = u"%1:%2: ERROR: relation \"nope\" does not exist"_s.arg(bad).arg(dbmate ? 4 : 3);
        QVERIFY2(r.error.startsWith(where), qPrintable(r.error + u" / expected "_s + where));
        QCOMPARE(v(u"SELECT to_regclass('a') IS NULL"_s), u"f"_s);
        QCOMPARE(v(u"SELECT to_regclass('b') IS NULL"_s), u"t"_s); // the first statement of the failed one was rolled back
        QCOMPARE(v(u"SELECT to_regclass('d') IS NULL"_s), u"t"_s); // later ones never ran
        const MigrationReport s = runMigrations(request(MigrationRequest::Command::Status, m_uri, dir.path(), style));
        QCOMPARE(states(s), (QStringList{u"1=applied"_s, u"2=pending"_s, u"3=pending"_s}));
    }

    void driftAndMissing()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), test::sampleMigrations(u"dbmate"_s)));
        QVERIFY(runMigrations(request(MigrationRequest::Command::Up, m_uri, dir.path())).ok);
        // Edit an applied file.
        QVERIFY(test::writeFiles(dir.path(), {{u"20240101000001_create_users.sql"_s,
            u"-- migrate:up\nCREATE TABLE users (id bigserial PRIMARY KEY, name text NOT NULL);\n-- migrate:down\nDROP TABLE users CASCADE;\n"_s}}));
        QVERIFY(QFile::remove(QDir(dir.path()).filePath(u"20240101000003_index_posts.sql"_s)));
        QVERIFY(test::writeFiles(dir.path(), {{u"20240101000004_more.sql"_s, u"-- migrate:up\nCREATE TABLE more (x int);\n"_s}}));

        MigrationReport r = runMigrations(request(MigrationRequest::Command::Status, m_uri, dir.path()));
        QCOMPARE(states(r), (QStringList{u"20240101000001=changed"_s, u"20240101000002=applied"_s, u"20240101000003=missing"_s, u"20240101000004=pending"_s}));
        r = runMigrations(request(MigrationRequest::Command::Validate, m_uri, dir.path()));
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.size(), 2);
        QVERIFY2(r.problems.join(u'\n').contains(u"20240101000001_create_users.sql: applied version 20240101000001 was edited"_s), qPrintable(r.problems.join(u'\n')));
        r = runMigrations(request(MigrationRequest::Command::Up, m_uri, dir.path()));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"--allow-changed"_s), qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('more') IS NULL"_s), u"t"_s);
        MigrationRequest up = request(MigrationRequest::Command::Up, m_uri, dir.path());
        up.allowChanged = true;
        r = runMigrations(up);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('more') IS NULL"_s), u"f"_s);
    }

    void outOfOrder()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"V1__a.sql"_s, u"CREATE TABLE a (x int);"_s}, {u"V3__c.sql"_s, u"CREATE TABLE c (x int);"_s}}));
        QVERIFY(runMigrations(request(MigrationRequest::Command::Up, m_uri, dir.path())).ok);
        QVERIFY(test::writeFiles(dir.path(), {{u"V2__b.sql"_s, u"CREATE TABLE b (x int);"_s}}));
        MigrationReport r = runMigrations(request(MigrationRequest::Command::Validate, m_uri, dir.path()));
        QVERIFY(!r.ok);
        QVERIFY2(r.problems.value(0).contains(u"out of order"_s), qPrintable(r.problems.join(u'\n')));
        r = runMigrations(request(MigrationRequest::Command::Up, m_uri, dir.path()));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"--allow-out-of-order"_s), qPrintable(r.error));
        MigrationRequest up = request(MigrationRequest::Command::Up, m_uri, dir.path());
        up.allowOutOfOrder = true;
        r = runMigrations(up);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('b') IS NULL"_s), u"f"_s);
    }

    void dryRunChangesNothing()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), test::sampleMigrations(u"dbmate"_s)));
        MigrationRequest dry = request(MigrationRequest::Command::Up, m_uri, dir.path());
        dry.dryRun = true;
        MigrationReport r = runMigrations(dry);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 3);
        // posts' foreign key locks users, which the first migration created (and still holds).
        QVERIFY2(dryRunLockLines(r.steps.at(1)).join(u'\n').contains(u"on table public.users"_s), qPrintable(dryRunLockLines(r.steps.at(1)).join(u'\n')));
        QVERIFY(!r.steps.at(2).note.isEmpty()); // CONCURRENTLY cannot run inside the dry-run transaction
        QVERIFY(dryRunLockLines(r.steps.at(2)).constFirst().startsWith(u"not checked: line 2: 'CREATE INDEX CONCURRENTLY"_s));
        QCOMPARE(v(u"SELECT count(*) FROM pg_class WHERE relname IN ('users', 'posts', 'schema_migrations', 'dbpulse_migration_checksums')"_s), u"0"_s);

        QVERIFY(runMigrations(request(MigrationRequest::Command::Up, m_uri, dir.path())).ok);
        QVERIFY(test::writeFiles(dir.path(), {{u"20240101000004_widen.sql"_s,
            u"-- migrate:up\nALTER TABLE users ALTER COLUMN id TYPE bigint;\n-- migrate:down\nALTER TABLE users ALTER COLUMN id TYPE int;\n"_s}}));
        r = runMigrations(dry);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 1);
        QVERIFY2(dryRunLockLines(r.steps.at(0)).contains(u"ACCESS EXCLUSIVE on table public.users (line 2): blocks reads+writes"_s),
                 qPrintable(dryRunLockLines(r.steps.at(0)).join(u'\n')));
        QCOMPARE(r.steps.at(0).rewrites, QStringList{u"public.users"_s});
        QVERIFY(r.steps.at(0).sql.contains(u"ALTER TABLE users"_s));
        QCOMPARE(v(u"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname = 'id'"_s), u"integer"_s);
        QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"3"_s);

        MigrationRequest dryDown = request(MigrationRequest::Command::Down, m_uri, dir.path());
        dryDown.dryRun = true;
        dryDown.toVersion = u"20240101000001"_s;
        r = runMigrations(dryDown);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"3"_s);
        QCOMPARE(v(u"SELECT to_regclass('posts') IS NULL"_s), u"f"_s);
    }

    void lockHeldElsewhereTimesOut()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), test::sampleMigrations(u"dbmate"_s)));
        PGconn *holder = PQconnectdb(m_uri.toUtf8().constData());
        QCOMPARE(PQstatus(holder), CONNECTION_OK);
        PQclear(PQexec(holder, "SELECT pg_advisory_lock(x'6462706d69677200'::bigint)"));
        MigrationRequest up = request(MigrationRequest::Command::Up, m_uri, dir.path());
        up.waitForLockMs = 700;
        const MigrationReport r = runMigrations(up);
        PQfinish(holder);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"another runner holds the lock"_s), qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('users') IS NULL"_s), u"t"_s);
    }

    void cancelRollsBack()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"1_slow.sql"_s, u"-- migrate:up\nCREATE TABLE slow (x int);\nSELECT pg_sleep(30);\n"_s}}));
        MigrationJob job(request(MigrationRequest::Command::Up, m_uri, dir.path()));
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy logged(&job, &MigrationJob::logged);
        job.start();
        QTRY_VERIFY(!logged.isEmpty());
        QTest::qWait(500);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(v(u"SELECT to_regclass('slow') IS NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"0"_s);
    }

    void connectionLostMidMigration()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"1_slow.sql"_s, u"-- migrate:up\nCREATE TABLE slow (x int);\nSELECT pg_sleep(30);\n"_s}}));
        MigrationJob job(request(MigrationRequest::Command::Up, m_uri, dir.path()));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(test::pgValue(m_uri, u"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dbpulse-migrate' AND datname = current_database() AND query LIKE '%pg_sleep(30)%'"_s) == u"1"_s, 10000);
        test::pgQuery(m_uri, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dbpulse-migrate' AND datname = current_database()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(job.state(), Job::State::Failed);
        QVERIFY2(job.errorText().startsWith(u"1_slow.sql:3:"_s), qPrintable(job.errorText()));
        const MigrationReport s = runMigrations(request(MigrationRequest::Command::Status, m_uri, dir.path()));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(states(s), QStringList{u"1=pending"_s});
        QCOMPARE(v(u"SELECT to_regclass('slow') IS NULL"_s), u"t"_s);
    }

    void sqlite_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("dbmate") << "dbmate";
        QTest::newRow("flyway") << "flyway";
        QTest::newRow("native") << "native";
    }
    void sqlite()
    {
        QFETCH(QString, style);
        QTemporaryDir dir;
        const QString db = QDir(dir.path()).filePath(u"app.db"_s);
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString files = dir.filePath(u"migrations"_s);
        if (style == QLatin1String("dbmate")) {
            QVERIFY(test::writeFiles(files, {{u"1_a.sql"_s, u"-- migrate:up\nCREATE TABLE a (x int);\nINSERT INTO a VALUES (1);\n-- migrate:down\nDROP TABLE a;\n"_s},
                                             {u"2_b.sql"_s, u"-- migrate:up\nCREATE TABLE b (x int);\nCREATE TABLE c (x int) OOPS;\n-- migrate:down\nDROP TABLE b;\n"_s}}));
        } else {
            QVERIFY(test::writeFiles(files, {{u"V1__a.sql"_s, u"CREATE TABLE a (x int);\nINSERT INTO a VALUES (1);\n"_s}, {u"U1__a.sql"_s, u"DROP TABLE a;"_s},
                                             {u"V2__b.sql"_s, u"CREATE TABLE b (x int);\nCREATE TABLE c (x int) OOPS;\n"_s}}));
        }
        const QString target = u"sqlite:"_s + db;
        MigrationRequest up = request(MigrationRequest::Command::Up, target, files, style);
        up.toVersion = u"1"_s;
        MigrationReport r = runMigrations(up);
        QVERIFY2(r.ok, qPrintable(r.error));
        r = runMigrations(request(MigrationRequest::Command::Status, target, files, style));
        QCOMPARE(states(r), (QStringList{u"1=applied"_s, u"2=pending"_s}));
        // The failing one leaves nothing (SQLite DDL is transactional).
        r = runMigrations(request(MigrationRequest::Command::Up, target, files, style));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"b.sql:"_s) && r.error.contains(u"OOPS"_s), qPrintable(r.error));
        r = runMigrations(request(MigrationRequest::Command::Status, target, files, style));
        QCOMPARE(states(r), (QStringList{u"1=applied"_s, u"2=pending"_s}));
        r = runMigrations(request(MigrationRequest::Command::Down, target, files, style));
        QVERIFY2(r.ok, qPrintable(r.error));
        r = runMigrations(request(MigrationRequest::Command::Status, target, files, style));
        QCOMPARE(states(r), (QStringList{u"1=pending"_s, u"2=pending"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
