// What a dry run says about each migration's locks, against a real PostgreSQL cluster: every
// migration lists the locks it takes itself (also those an earlier one already holds), stronger
// modes show, relations are named (quoted as needed), and what cannot be observed says
// "not checked", never "none". Every dry run here must leave the database as it was.
#include "core/migrations/migrationlock.h"
#include "core/migrations/migrationrunner.h"
#include "tests/migrations/migrationtestutil.h"
#include "tests/migrations/runnerfixture.h"
#include "tests/support/testcluster.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

bool hasLock(const QList<MigrationLock> &locks, const QString &mode, const QString &relation, int line = 0)
{
    return std::any_of(locks.cbegin(), locks.cend(), [&](const MigrationLock &l) {
        return l.mode == mode && l.relation == relation && (line == 0 || l.line == line);
    });
}

QString show(const MigrationStep &step)
{
    return dryRunLockLines(step).join(u"\n"_s);
}

} // namespace

class TestDryRunLocks : public RunnerFixture
{
    Q_OBJECT

    // Runs `up --dry-run` over \a files on a fresh database prepared by \a setup.
    MigrationReport dryRun(const QString &setup, const QMap<QString, QString> &files)
    {
        QTemporaryDir dir;
        if (!test::writeFiles(dir.path(), files))
            return {};
        QString error;
        if (!setup.isEmpty())
            test::pgQuery(m_uri, setup, &error);
        if (!error.isEmpty())
            qWarning() << error;
        m_schemaBefore = schema();
        MigrationRequest dry = request(MigrationRequest::Command::Up, m_uri, dir.path());
        dry.dryRun = true;
        return runMigrations(dry);
    }
    // Every relation and column of the database, to compare before and after a dry run.
    QStringList schema()
    {
        return test::pgQuery(m_uri, u"SELECT concat(c.oid::regclass, '.', a.attname, ' ', format_type(a.atttypid, a.atttypmod)) "
                                    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                                    "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"_s);
    }
    // The dry run changed nothing: no history table, no relation, column or type of the migrations.
    void verifyUnchanged() { QCOMPARE(schema(), m_schemaBefore); }

    QStringList m_schemaBefore;

private Q_SLOTS:
    void lockModesInWords_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("blocks");
        QTest::newRow("access exclusive") << "AccessExclusiveLock" << "ACCESS EXCLUSIVE" << "reads+writes";
        QTest::newRow("exclusive") << "ExclusiveLock" << "EXCLUSIVE" << "writes and SELECT FOR UPDATE/SHARE; plain reads continue";
        QTest::newRow("share row exclusive") << "ShareRowExclusiveLock" << "SHARE ROW EXCLUSIVE" << "writes";
        QTest::newRow("share") << "ShareLock" << "SHARE" << "writes";
        QTest::newRow("share update exclusive") << "ShareUpdateExclusiveLock" << "SHARE UPDATE EXCLUSIVE"
                                                << "VACUUM, ANALYZE, CREATE INDEX and DDL; reads+writes continue";
        QTest::newRow("row exclusive") << "RowExclusiveLock" << "ROW EXCLUSIVE" << "CREATE INDEX and DDL; reads+writes continue";
        QTest::newRow("row share") << "RowShareLock" << "ROW SHARE" << "EXCLUSIVE and ACCESS EXCLUSIVE; reads+writes continue";
        QTest::newRow("access share") << "AccessShareLock" << "ACCESS SHARE"
                                      << "only ACCESS EXCLUSIVE (ALTER/DROP TABLE, TRUNCATE, VACUUM FULL); reads+writes continue";
    }
    void lockModesInWords()
    {
        QFETCH(QString, mode);
        QTEST(lockModeWords(mode), "words");
        QTEST(lockModeBlocks(mode), "blocks");
    }

    // PostgreSQL's conflict table: SHARE ROW EXCLUSIVE blocks all SHARE blocks; SHARE and SHARE
    // UPDATE EXCLUSIVE each block something the other does not, so both are listed.
    void strongestPerRelation()
    {
        QVERIFY(lockModeCovers(u"AccessExclusiveLock"_s, u"AccessShareLock"_s));
        QVERIFY(lockModeCovers(u"ShareRowExclusiveLock"_s, u"ShareLock"_s));
        QVERIFY(!lockModeCovers(u"ShareLock"_s, u"ShareUpdateExclusiveLock"_s));
        QVERIFY(!lockModeCovers(u"ShareUpdateExclusiveLock"_s, u"ShareLock"_s));
        const QList<MigrationLock> locks{{u"public.t"_s, u"table"_s, u"ShareLock"_s, 2, false},
                                         {u"public.u"_s, u"table"_s, u"AccessShareLock"_s, 2, false},
                                         {u"public.t"_s, u"table"_s, u"ShareUpdateExclusiveLock"_s, 3, false},
                                         {u"public.u"_s, u"table"_s, u"AccessExclusiveLock"_s, 4, false}};
        const QList<MigrationLock> strongest = strongestLocks(locks);
        QCOMPARE(strongest.size(), 3);
        QCOMPARE(strongest.at(0).mode, u"ShareLock"_s);
        QCOMPARE(strongest.at(1).mode, u"ShareUpdateExclusiveLock"_s);
        QCOMPARE(strongest.at(2).mode, u"AccessExclusiveLock"_s);
        QCOMPARE(describeLock(strongest.at(2)), u"ACCESS EXCLUSIVE on table public.u (line 4): blocks reads+writes"_s);
    }

    // The finding: a second migration on a table the first one already locked said "none".
    void twoMigrationsOnOneTableBothShowTheirLocks()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        const MigrationReport r = dryRun(u"CREATE TABLE t (id int)"_s,
            {{u"1_a.sql"_s, u"-- migrate:up\nALTER TABLE t ADD COLUMN a int;\n"_s},
             {u"2_b.sql"_s, u"-- migrate:up\nSELECT 1;\nALTER TABLE t ADD COLUMN b int;\n"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 2);
        QVERIFY2(hasLock(r.steps.at(0).locks, u"AccessExclusiveLock"_s, u"public.t"_s, 2), qPrintable(show(r.steps.at(0))));
        QVERIFY2(hasLock(r.steps.at(1).locks, u"AccessExclusiveLock"_s, u"public.t"_s, 3), qPrintable(show(r.steps.at(1))));
        QVERIFY2(show(r.steps.at(1)).contains(u"ACCESS EXCLUSIVE on table public.t (line 3): blocks reads+writes"_s), qPrintable(show(r.steps.at(1))));
        QVERIFY(r.steps.at(1).locksNotChecked.isEmpty());
        QCOMPARE(v(u"SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname IN ('a', 'b')"_s), u"0"_s);
        verifyUnchanged();
    }

    // A later migration that needs a stronger mode than an earlier one held shows it, even when
    // it cannot run without the earlier one (so only the sequence can tell).
    void strongerModeInALaterMigrationShows()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        const MigrationReport r = dryRun(u"CREATE TABLE t (id int, x int)"_s,
            {{u"1_idx.sql"_s, u"-- migrate:up\nCREATE INDEX t_x ON t (x);\n"_s},
             {u"2_alter.sql"_s, u"-- migrate:up\nCOMMENT ON INDEX t_x IS 'needs 1';\nALTER TABLE t ADD COLUMN z int;\n"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(hasLock(r.steps.at(0).locks, u"ShareLock"_s, u"public.t"_s, 2), qPrintable(show(r.steps.at(0))));
        QVERIFY2(show(r.steps.at(0)).contains(u"SHARE on table public.t (line 2): blocks writes"_s), qPrintable(show(r.steps.at(0))));
        QVERIFY2(hasLock(r.steps.at(1).locks, u"AccessExclusiveLock"_s, u"public.t"_s, 3), qPrintable(show(r.steps.at(1))));
        // Alone it fails (no t_x yet): the SHARE lock the first one held is not checked, not "none".
        QVERIFY2(hasLock(r.steps.at(1).locksUnchecked, u"ShareLock"_s, u"public.t"_s), qPrintable(show(r.steps.at(1))));
        QVERIFY2(show(r.steps.at(1)).contains(u"not checked: "_s) && show(r.steps.at(1)).contains(u"t_x"_s), qPrintable(show(r.steps.at(1))));
        QCOMPARE(v(u"SELECT to_regclass('t_x') IS NULL"_s), u"t"_s);
        verifyUnchanged();
    }

    // A migration on a table an earlier migration of the same run creates cannot be observed
    // alone: its locks there are not checked, with the reason.
    void dependentMigrationSaysNotChecked()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        const MigrationReport r = dryRun({},
            {{u"1_create.sql"_s, u"-- migrate:up\nCREATE TABLE n (id int);\n"_s},
             {u"2_alter.sql"_s, u"-- migrate:up\nALTER TABLE n ADD COLUMN y int;\n"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(show(r.steps.at(0)).contains(u"ACCESS EXCLUSIVE on table public.n (line 2): created by this migration, so it blocks no one"_s),
                 qPrintable(show(r.steps.at(0))));
        const QString second = show(r.steps.at(1));
        QVERIFY2(hasLock(r.steps.at(1).locksUnchecked, u"AccessExclusiveLock"_s, u"public.n"_s), qPrintable(second));
        QVERIFY2(second.startsWith(u"not checked: ACCESS EXCLUSIVE on table public.n"_s) && second.contains(u"does not exist"_s), qPrintable(second));
        QVERIFY2(!second.contains(u"none"_s), qPrintable(second));
        QCOMPARE(v(u"SELECT to_regclass('n') IS NULL"_s), u"t"_s);
        verifyUnchanged();
    }

    // CREATE INDEX CONCURRENTLY cannot run in the dry run's transaction: "not checked", with the
    // statement and its line; and a migration that would run it inside one is refused up front.
    void concurrentlyIsNotChecked()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        MigrationReport r = dryRun(u"CREATE TABLE t (id int)"_s,
            {{u"1_cic.sql"_s, u"-- migrate:up transaction:false\n\nCREATE INDEX CONCURRENTLY t_i ON t (id);\n"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(dryRunLockLines(r.steps.at(0)),
                 QStringList{u"not checked: line 3: 'CREATE INDEX CONCURRENTLY t_i ON t (id)' cannot run inside a transaction, "
                             "and a dry run runs everything inside one that it rolls back"_s});
        QCOMPARE(v(u"SELECT to_regclass('t_i') IS NULL"_s), u"t"_s);
        verifyUnchanged();

        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"2_x.sql"_s, u"-- migrate:up\nCREATE TABLE q (x int);\nCREATE INDEX CONCURRENTLY q_i ON q (x);\n"_s}}));
        r = runMigrations(request(MigrationRequest::Command::Up, m_uri, dir.path()));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"2_x.sql:3: 'CREATE INDEX CONCURRENTLY q_i ON q (x)' cannot run inside a transaction"_s)
                     && r.error.contains(u"transaction:false"_s), qPrintable(r.error));
        QCOMPARE(v(u"SELECT to_regclass('q') IS NULL"_s), u"t"_s);
    }

    // Names are schema-qualified and quoted as PostgreSQL would need them; "%1" stays "%1".
    void oddNamesPrintAsTheyAre()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        const MigrationReport r = dryRun(u"CREATE SCHEMA \"My Schema\"; CREATE TABLE \"My Schema\".\"Odd \"\"q\"\" %1 t\" (id int); "
                                         "INSERT INTO \"My Schema\".\"Odd \"\"q\"\" %1 t\" VALUES (1)"_s,
            {{u"1_odd %1 name.sql"_s, u"-- migrate:up\nALTER TABLE \"My Schema\".\"Odd \"\"q\"\" %1 t\" ALTER COLUMN id TYPE bigint;\n"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString table = u"\"My Schema\".\"Odd \"\"q\"\" %1 t\""_s;
        QVERIFY2(hasLock(r.steps.at(0).locks, u"AccessExclusiveLock"_s, table, 2), qPrintable(show(r.steps.at(0))));
        QVERIFY2(show(r.steps.at(0)).contains(u"ACCESS EXCLUSIVE on table "_s + table + u" (line 2): blocks reads+writes"_s), qPrintable(show(r.steps.at(0))));
        QCOMPARE(r.steps.at(0).rewrites, QStringList{table});
        QCOMPARE(v(u"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attname = 'id' "
                   "AND attrelid = '\"My Schema\".\"Odd \"\"q\"\" %1 t\"'::regclass"_s), u"integer"_s);
        verifyUnchanged();
    }
};

QTEST_GUILESS_MAIN(TestDryRunLocks)
#include "tst_dryrunlocks.moc"
