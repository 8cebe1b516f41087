// Drives the real dbpulse-cli binary (and the real dbmate binary, when installed) against a real cluster.
#include "tests/migrations/migrationtestutil.h"
#include "tests/support/clirun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace dbpulse;

namespace {

using test::ProcessRun;

ProcessRun cli(const QStringList &args)
{
    return test::runCli(QStringList{u"migrate"_s} + args);
}

// dbmate from $DBMATE, PATH, or an npm prefix; empty when not installed.
QString dbmateBinary()
{
    if (const QString env = qEnvironmentVariable("DBMATE"); !env.isEmpty() && QFile::exists(env))
        return env;
    return QStandardPaths::findExecutable(u"dbmate"_s);
}

} // namespace

class TestMigrateCommand : public QObject
{
    Q_OBJECT

    QString m_uri;
    int m_counter = 0;

    bool freshDb(LocalCluster *cluster)
    {
        const QString name = u"mig_cli_%1"_s.arg(++m_counter);
        const QString error = test::freshDatabase(cluster->uri(), {}, name);
        m_uri = cluster->uri(name);
        return error.isEmpty();
    }
    QString v(const QString &sql) { return test::pgValue(m_uri, sql); }
    // dbmate's driver would send an unknown passfile= to the server as a setting: it gets the
    // cluster's password file through PGPASSFILE instead.
    QString dbmateUrl() const
    {
        QUrl url(m_uri);
        url.setQuery(u"sslmode=disable"_s);
        return url.toString();
    }
    static QProcessEnvironment dbmateEnv(LocalCluster *cluster)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSFILE"_s, cluster->pgpassFile());
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no dir") << QStringList{u"status"_s, u"sqlite:/tmp/x.db"_s} << "--dir DIR is required";
        QTest::newRow("unknown command") << QStringList{u"sideways"_s, u"x.db"_s, u"--dir"_s, u"."_s} << "unknown command 'sideways'";
        QTest::newRow("bad style") << QStringList{u"status"_s, u"postgresql:///x"_s, u"--dir"_s, u"."_s, u"--style"_s, u"liquibase"_s} << "--style must be";
        QTest::newRow("bad format") << QStringList{u"status"_s, u"postgresql:///x"_s, u"--dir"_s, u"."_s, u"--format"_s, u"xml"_s} << "--format must be";
        QTest::newRow("csv on up") << QStringList{u"up"_s, u"postgresql:///x"_s, u"--dir"_s, u"."_s, u"--format"_s, u"csv"_s} << "apply to status only";
        QTest::newRow("unknown column") << QStringList{u"status"_s, u"postgresql:///x"_s, u"--dir"_s, u"."_s, u"--columns"_s, u"version,owner"_s} << "owner";
        QTest::newRow("dry-run on status") << QStringList{u"status"_s, u"postgresql:///x"_s, u"--dir"_s, u"."_s, u"--dry-run"_s} << "--dry-run applies to up and down";
        QTest::newRow("missing target") << QStringList{u"up"_s, u"--dir"_s, u"."_s} << "expected COMMAND and TARGET";
        // --lock-timeout used to be the wait for another runner; now it limits a dry run's lock waits.
        QTest::newRow("lock-timeout without dry-run") << QStringList{u"up"_s, u"postgresql:///x"_s, u"--dir"_s, u"."_s, u"--lock-timeout"_s, u"60"_s}
                                                      << "--lock-timeout applies to --dry-run only (to wait for another runner's migration lock, use --wait SECONDS)";
        QTest::newRow("statement-timeout without dry-run") << QStringList{u"up"_s, u"postgresql:///x"_s, u"--dir"_s, u"."_s, u"--statement-timeout"_s, u"1"_s}
                                                           << "--statement-timeout applies to --dry-run only";
        QTest::newRow("bad wait") << QStringList{u"up"_s, u"postgresql:///x"_s, u"--dir"_s, u"."_s, u"--wait"_s, u"soon"_s} << "--wait needs a number of seconds";
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProcessRun r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void cannotConnectExitsThree()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), test::sampleMigrations(u"dbmate"_s)));
        const ProcessRun r = cli({u"status"_s, u"postgresql://127.0.0.1:1/postgres"_s, u"--dir"_s, dir.path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"cannot connect"_s), qPrintable(r.err));
    }

    void badFilesFailBeforeConnecting()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"1_a.sql"_s, u"SELECT 1;\n"_s}, {u"2_b.sql"_s, u"-- migrate:up\nSELECT 1;\n"_s}, {u"02_c.sql"_s, u"-- migrate:up\nSELECT 1;\n"_s}}));
        const ProcessRun r = cli({u"up"_s, u"postgresql://127.0.0.1:1/postgres"_s, u"--dir"_s, dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"1_a.sql:1: statement outside"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"duplicate version 2"_s), qPrintable(r.err));
    }

    void statusJsonAndCommands_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("dbmate") << "dbmate";
        QTest::newRow("flyway") << "flyway";
        QTest::newRow("native") << "native";
    }
    void statusJsonAndCommands()
    {
        QFETCH(QString, style);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), test::sampleMigrations(style)));
        const QStringList common{m_uri, u"--dir"_s, dir.path(), u"--style"_s, style};

        ProcessRun r = cli(QStringList{u"plan"_s} + common);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"would apply"_s), qPrintable(r.out));
        const QString first = style == QLatin1String("dbmate") ? u"20240101000001"_s : u"1"_s;
        const QString second = style == QLatin1String("dbmate") ? u"20240101000002"_s : u"2"_s;
        r = cli(QStringList{u"up"_s} + common + QStringList{u"--to"_s, second});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(QStringList{u"status"_s} + common + QStringList{u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError pe;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8(), &pe).array();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(rows.size(), style == QLatin1String("dbmate") ? 3 : 4);
        const QJsonObject row0 = rows.at(0).toObject();
        QCOMPARE(row0.keys(), (QStringList{u"applied_at"_s, u"description"_s, u"state"_s, u"version"_s}));
        QCOMPARE(row0.value(u"version"_s).toString(), first);
        QCOMPARE(row0.value(u"state"_s).toString(), u"applied"_s);
        QVERIFY(!row0.value(u"applied_at"_s).toString().isEmpty());
        QCOMPARE(rows.at(2).toObject().value(u"state"_s).toString(), u"pending"_s);
        QVERIFY(rows.at(2).toObject().value(u"applied_at"_s).isNull());
        // The same rows as CSV (header first, no title line) and as chosen columns.
        r = cli(QStringList{u"status"_s} + common + QStringList{u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList csv = r.out.trimmed().split(u"\r\n"_s);
        QCOMPARE(csv.size(), rows.size() + 1);
        QCOMPARE(csv.first(), u"version,state,applied,description"_s);
        QVERIFY2(csv.at(1).startsWith(first + u",applied,"_s), qPrintable(r.out));
        QVERIFY2(csv.at(3).section(u',', 1, 1) == u"pending"_s, qPrintable(r.out));
        r = cli(QStringList{u"status"_s} + common + QStringList{u"--columns"_s, u"state,version"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList picked = r.out.trimmed().split(u'\n');
        QVERIFY2(picked.size() == rows.size() + 2 && picked.at(1).startsWith(u"STATE"_s) && !r.out.contains(u"APPLIED"_s),
                 qPrintable(r.out));
        QVERIFY2(picked.at(2).simplified() == u"applied "_s + first, qPrintable(r.out));

        r = cli(QStringList{u"up"_s} + common + QStringList{u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"CREATE INDEX CONCURRENTLY"_s) && r.out.contains(u"rolled back"_s), qPrintable(r.out));
        QCOMPARE(v(u"SELECT to_regclass('posts_user_idx') IS NULL"_s), u"t"_s);

        r = cli(QStringList{u"up"_s} + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(QStringList{u"validate"_s} + common);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // down is destructive: without --yes and without a terminal it refuses, naming the
        // database and the versions, and runs nothing.
        const QString third = style == QLatin1String("dbmate") ? u"20240101000003"_s : u"3"_s;
        const QString dbName = u"mig_cli_%1"_s.arg(m_counter);
        r = cli(QStringList{u"down"_s} + common + QStringList{u"--to"_s, first});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(dbName) && r.err.contains(third + u", "_s + second) && r.err.contains(u"--yes"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"undone"_s), qPrintable(r.out));
        QCOMPARE(v(u"SELECT to_regclass('posts') IS NULL"_s), u"f"_s);
        // A dry run needs no confirmation.
        r = cli(QStringList{u"down"_s} + common + QStringList{u"--to"_s, first, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(v(u"SELECT to_regclass('posts') IS NULL"_s), u"f"_s);

        r = cli(QStringList{u"down"_s} + common + QStringList{u"--to"_s, first, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"undone"_s), qPrintable(r.out));
        QCOMPARE(v(u"SELECT to_regclass('posts') IS NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT to_regclass('users') IS NULL"_s), u"f"_s);
    }

    void failingMigrationExitsOne()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"1_bad.sql"_s, u"-- migrate:up\nCREATE TABLE b (x int);\nSELEC 1;\n"_s}}));
        const ProcessRun r = cli({u"up"_s, m_uri, u"--dir"_s, dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"1_bad.sql:3: ERROR: syntax error at or near \"SELEC\""_s), qPrintable(r.err));
        QCOMPARE(v(u"SELECT to_regclass('b') IS NULL"_s), u"t"_s);
        QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"0"_s);
    }

    void dryRunShowsLocksAndRewrite()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"1_t.sql"_s, u"-- migrate:up\nCREATE TABLE t (id int);\nINSERT INTO t SELECT generate_series(1, 100);\n"_s}}));
        QCOMPARE(cli({u"up"_s, m_uri, u"--dir"_s, dir.path()}).exitCode, 0);
        QVERIFY(test::writeFiles(dir.path(), {{u"2_widen.sql"_s, u"-- migrate:up\nALTER TABLE t ALTER COLUMN id TYPE bigint;\n"_s}}));
        const ProcessRun r = cli({u"up"_s, m_uri, u"--dir"_s, dir.path(), u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"  locks: ACCESS EXCLUSIVE on table public.t (line 2): blocks reads+writes\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"table rewrite: yes — public.t"_s), qPrintable(r.out));
        QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"1"_s);
        QCOMPARE(v(u"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'id'"_s), u"integer"_s);
    }

    // The CLI prints each migration's own locks in words, with quoted names ("%1" intact), says
    // "not checked" for CREATE INDEX CONCURRENTLY, and --format json carries the same.
    void dryRunPrintsEachMigrationsLocks()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QString error;
        test::pgQuery(m_uri, u"CREATE SCHEMA \"My Schema\"; CREATE TABLE \"My Schema\".\"Odd \"\"q\"\" %1 t\" (id int)"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {
            {u"1_a %1.sql"_s, u"-- migrate:up\nALTER TABLE \"My Schema\".\"Odd \"\"q\"\" %1 t\" ADD COLUMN a int;\n"_s},
            {u"2_b.sql"_s, u"-- migrate:up\nALTER TABLE \"My Schema\".\"Odd \"\"q\"\" %1 t\" ADD COLUMN b int;\n"_s},
            {u"3_cic.sql"_s, u"-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY odd_i ON \"My Schema\".\"Odd \"\"q\"\" %1 t\" (id);\n"_s}}));
        ProcessRun r = cli({u"up"_s, m_uri, u"--dir"_s, dir.path(), u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString lock = u"  locks: ACCESS EXCLUSIVE on table \"My Schema\".\"Odd \"\"q\"\" %1 t\" (line 2): blocks reads+writes\n"_s;
        QCOMPARE(r.out.count(lock), 2); // both migrations, not only the first
        QVERIFY2(r.out.contains(u"dry-run up 1 a %1 (1_a %1.sql)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  locks: not checked: line 2: 'CREATE INDEX CONCURRENTLY odd_i ON"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"locks: none"_s), qPrintable(r.out));

        r = cli({u"up"_s, m_uri, u"--dir"_s, dir.path(), u"--dry-run"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray steps = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 3);
        const QJsonObject second = steps.at(1).toObject().value(u"locks"_s).toArray().at(0).toObject();
        QCOMPARE(second.value(u"relation"_s).toString(), u"\"My Schema\".\"Odd \"\"q\"\" %1 t\""_s);
        QCOMPARE(second.value(u"mode"_s).toString(), u"ACCESS EXCLUSIVE"_s);
        QCOMPARE(second.value(u"blocks"_s).toString(), u"reads+writes"_s);
        QCOMPARE(second.value(u"line"_s).toInt(), 2);
        QVERIFY(steps.at(2).toObject().value(u"locks_not_checked"_s).toString().contains(u"CREATE INDEX CONCURRENTLY"_s));
        QCOMPARE(v(u"SELECT count(*) FROM pg_attribute WHERE attrelid = '\"My Schema\".\"Odd \"\"q\"\" %1 t\"'::regclass AND attname IN ('a', 'b')"_s), u"0"_s);
        QCOMPARE(v(u"SELECT to_regclass('\"My Schema\".odd_i') IS NULL"_s), u"t"_s);
    }

    void helpNamesTheTimeouts()
    {
        const ProcessRun r = cli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &option : {u"--wait <SECONDS>"_s, u"--lock-timeout <SECONDS>"_s, u"--statement-timeout <SECONDS>"_s})
            QVERIFY2(r.out.contains(option), qPrintable(r.out));
    }

    // The CLI end to end: COMMIT refused with file:line (exit 1, nothing created), and a dry run
    // blocked by another session's lock gives up after --lock-timeout.
    void dryRunRefusesCommitAndHonoursLockTimeout()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{u"1_t.sql"_s, u"-- migrate:up\nCREATE TABLE t (id int);\nCOMMIT;\n"_s}}));
        ProcessRun r = cli({u"up"_s, m_uri, u"--dir"_s, dir.path(), u"--dry-run"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"1_t.sql:3: refusing to dry-run 'COMMIT'"_s), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"rolled back"_s), qPrintable(r.out));
        QCOMPARE(v(u"SELECT to_regclass('t') IS NULL"_s), u"t"_s);

        QVERIFY(test::writeFiles(dir.path(), {{u"1_t.sql"_s, u"-- migrate:up\nCREATE TABLE t (id int);\n"_s}}));
        QCOMPARE(cli({u"up"_s, m_uri, u"--dir"_s, dir.path()}).exitCode, 0);
        QVERIFY(test::writeFiles(dir.path(), {{u"2_widen.sql"_s, u"-- migrate:up\nALTER TABLE t ALTER COLUMN id TYPE bigint;\n"_s}}));
        test::PlainConnection holder(m_uri);
        QVERIFY(holder.send(u"BEGIN; LOCK TABLE t IN ACCESS SHARE MODE; SELECT pg_sleep(15); COMMIT"_s));
        QTRY_COMPARE(v(u"SELECT count(*) FROM pg_locks WHERE relation = 't'::regclass AND granted AND pid = %1"_s.arg(holder.pid())), u"1"_s);
        r = cli({u"up"_s, m_uri, u"--dir"_s, dir.path(), u"--dry-run"_s, u"--lock-timeout"_s, u"0.5"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"2_widen.sql:2: ERROR:"_s) && r.err.contains(u"lock timeout (0.5 s, --lock-timeout)"_s), qPrintable(r.err));
        QCOMPARE(v(u"SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'id'"_s), u"integer"_s);
        QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"1"_s);
    }

    void tenConcurrentRunnersApplyOnce()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(freshDb(cluster));
        QTemporaryDir dir;
        // Every migration logs itself; a slow one keeps the others waiting while the next one runs
        // CREATE INDEX CONCURRENTLY, which must not deadlock with the waiting runners.
        QVERIFY(test::writeFiles(dir.path(), {
            {u"1_log.sql"_s, u"-- migrate:up\nCREATE TABLE applied_log (version text);\nINSERT INTO applied_log VALUES ('1');\n"_s},
            {u"2_slow.sql"_s, u"-- migrate:up\nCREATE TABLE t (x int);\nINSERT INTO applied_log VALUES ('2');\nSELECT pg_sleep(1);\n"_s},
            {u"3_cic.sql"_s, u"-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY t_x ON t (x);\nINSERT INTO applied_log VALUES ('3');\n"_s},
            {u"4_more.sql"_s, u"-- migrate:up\nINSERT INTO applied_log VALUES ('4');\n"_s},
        }));
        QList<QProcess *> procs;
        for (int i = 0; i < 10; ++i) {
            auto *p = new QProcess(this);
            p->start(qEnvironmentVariable("DBPULSE_CLI"), {u"migrate"_s, u"up"_s, m_uri, u"--dir"_s, dir.path()});
            procs << p;
        }
        int waited = 0;
        for (QProcess *p : std::as_const(procs)) {
            QVERIFY(p->waitForFinished(120000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0, qPrintable(err));
            if (err.contains(u"waiting for another runner"_s))
                ++waited;
            delete p;
        }
        QVERIFY(waited > 0);
        QCOMPARE(test::pgQuery(m_uri, u"SELECT version || ':' || count(*) FROM applied_log GROUP BY version ORDER BY 1"_s),
                 (QStringList{u"1:1"_s, u"2:1"_s, u"3:1"_s, u"4:1"_s}));
        QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"4"_s);
        QCOMPARE(v(u"SELECT indisvalid FROM pg_index WHERE indexrelid = 't_x'::regclass"_s), u"t"_s);
    }

    void dbmateInteropBothWays()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString dbmate = dbmateBinary();
        if (dbmate.isEmpty())
            QSKIP("dbmate is not installed (npm install --prefix DIR dbmate; put DIR/node_modules/.bin on PATH or set DBMATE)");
        QVERIFY(freshDb(cluster));
        const QString url = dbmateUrl();
        QTemporaryDir dir;
        const QMap<QString, QString> all = test::sampleMigrations(u"dbmate"_s);
        const QStringList dbmateArgs{u"--url"_s, url, u"--migrations-dir"_s, dir.path(), u"--no-dump-schema"_s};

        // dbmate first, DB Pulse next.
        QVERIFY(test::writeFiles(dir.path(), {{all.firstKey(), all.first()}}));
        ProcessRun r = test::runProcess(dbmate, dbmateArgs + QStringList{u"up"_s}, 120000, dbmateEnv(cluster));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(test::writeFiles(dir.path(), all));
        r = cli({u"status"_s, m_uri, u"--dir"_s, dir.path(), u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.at(0).toObject().value(u"state"_s).toString(), u"applied"_s);
        QCOMPARE(rows.at(1).toObject().value(u"state"_s).toString(), u"pending"_s);
        r = cli({u"up"_s, m_uri, u"--dir"_s, dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // DB Pulse's history is dbmate's: it sees everything applied and undoes what we applied.
        r = test::runProcess(dbmate, dbmateArgs + QStringList{u"status"_s}, 120000, dbmateEnv(cluster));
        QVERIFY2(r.out.contains(u"Applied: 3"_s) && r.out.contains(u"Pending: 0"_s), qPrintable(r.out + r.err));
        r = test::runProcess(dbmate, dbmateArgs + QStringList{u"rollback"_s}, 120000, dbmateEnv(cluster));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(v(u"SELECT to_regclass('posts_user_idx') IS NULL"_s), u"t"_s);
        r = cli({u"status"_s, m_uri, u"--dir"_s, dir.path(), u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(2).toObject().value(u"state"_s).toString(), u"pending"_s);

        // DB Pulse on a fresh database, dbmate next.
        QVERIFY(freshDb(cluster));
        const QString url2 = dbmateUrl();
        const QStringList dbmateArgs2{u"--url"_s, url2, u"--migrations-dir"_s, dir.path(), u"--no-dump-schema"_s};
        r = cli({u"up"_s, m_uri, u"--dir"_s, dir.path(), u"--to"_s, u"20240101000002"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = test::runProcess(dbmate, dbmateArgs2 + QStringList{u"up"_s}, 120000, dbmateEnv(cluster));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(v(u"SELECT count(*) FROM schema_migrations"_s), u"3"_s);
        QCOMPARE(v(u"SELECT count(*) FROM users"_s), u"1"_s); // dbmate did not re-run ours
        r = cli({u"validate"_s, m_uri, u"--dir"_s, dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"down"_s, m_uri, u"--dir"_s, dir.path(), u"--yes"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // undoes dbmate's
        r = test::runProcess(dbmate, dbmateArgs2 + QStringList{u"status"_s}, 120000, dbmateEnv(cluster));
        QVERIFY2(r.out.contains(u"Applied: 2"_s) && r.out.contains(u"Pending: 1"_s), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestMigrateCommand)
#include "tst_migratecommand.moc"
