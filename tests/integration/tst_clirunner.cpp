// What every dbpulse-cli command shares (app/cli/clirunner.h): help, one code for bad arguments,
// the documented exit codes, and Ctrl-C cancelling the running statement on the server.
#include "tests/migrations/migrationtestutil.h"
#include "tests/support/clirun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QStringList commands{u"check"_s,   u"watch"_s,   u"backup"_s, u"verify"_s, u"restore"_s, u"backups"_s,
                           u"migrate"_s, u"indexes"_s, u"doctor"_s, u"sandbox"_s, u"demo"_s, u"explain"_s,
                           u"sessions"_s, u"locks"_s};

} // namespace

class TestCliRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
    }

    void usageFits80ColumnsAndListsExitCodes()
    {
        const auto r = dbpulse::test::runCli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &line : r.out.split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
        for (const QString &code : {u"  2    bad arguments"_s, u"  3    could not connect"_s, u"  130  cancelled"_s})
            QVERIFY2(r.out.contains(code), qPrintable(code));
    }

    void helpOfEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &c : commands)
            QTest::newRow(qPrintable(c)) << c;
    }
    void helpOfEveryCommand()
    {
        QFETCH(QString, command);
        const auto r = dbpulse::test::runCli({command, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        // The usage line names the command as typed, not the binary's path.
        QVERIFY2(r.out.startsWith(u"Usage: dbpulse-cli "_s + command + u' '), qPrintable(r.out.left(200)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        // Qt's own options (--help-all lists -platform, -reverse …) mean nothing to a command.
        QVERIFY2(!r.out.contains(u"--help-all"_s), qPrintable(r.out));
    }

    // A mistyped command gets one line with the likely command, not the whole usage.
    void unknownCommandSuggestsOne_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("typo") << u"doctr"_s << u"doctor"_s;
        QTest::newRow("transposed") << u"wacth"_s << u"watch"_s;
        QTest::newRow("prefix of one") << u"migr"_s << u"migrate"_s;
        QTest::newRow("prefix of two") << u"backu"_s << u"backup"_s; // one edit from backup, two from backups
        QTest::newRow("another word") << u"frobnicate"_s << QString();
    }
    void unknownCommandSuggestsOne()
    {
        QFETCH(QString, typed);
        QFETCH(QString, suggested);
        const auto r = dbpulse::test::runCli({typed});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString line = r.err.trimmed();
        QVERIFY2(!line.contains(u'\n'), qPrintable(r.err));
        QVERIFY2(line.startsWith(u"dbpulse-cli: unknown command '"_s + typed + u"'"_s), qPrintable(line));
        if (suggested.isEmpty())
            QVERIFY2(!line.contains(u"did you mean"_s), qPrintable(line));
        else
            QVERIFY2(line.contains(u"(did you mean '"_s + suggested + u"'?)"_s), qPrintable(line));
    }

    void badArgumentsAreOneCode_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const QString &c : commands) {
            QTest::addRow("%s unknown option", qPrintable(c)) << QStringList{c, u"--no-such-option"_s};
            QTest::addRow("%s wrong arguments", qPrintable(c))
                << (c == u"demo"_s ? QStringList{c, u"extra"_s} : QStringList{c});
        }
        // A value the command itself refuses, in the doctor too (it used to say 64).
        QTest::newRow("doctor bad format") << QStringList{u"doctor"_s, u"postgresql:///x"_s, u"--format"_s, u"pdf"_s};
        // --fix that names no CHECK:OBJECT, or a check that does not exist: refused before anything
        // connects or runs (it used to exit 4, "critical", though nothing ran).
        QTest::newRow("doctor fix without object") << QStringList{u"doctor"_s, u"postgresql://127.0.0.1:1/x"_s, u"--fix"_s, u"dead_tuples"_s};
        QTest::newRow("doctor fix empty object") << QStringList{u"doctor"_s, u"postgresql://127.0.0.1:1/x"_s, u"--fix"_s, u"dead_tuples:"_s};
        QTest::newRow("doctor fix unknown check") << QStringList{u"doctor"_s, u"postgresql://127.0.0.1:1/x"_s, u"--fix"_s, u"nosuch:public.t"_s};
        QTest::newRow("migrate without dir") << QStringList{u"migrate"_s, u"status"_s, u"sqlite:/nonexistent/x.db"_s};
        // The table options every table command shares.
        QTest::newRow("watch unknown column") << QStringList{u"watch"_s, u"postgresql://127.0.0.1:1/x"_s, u"--columns"_s, u"tps,colour"_s};
        QTest::newRow("sessions bad format") << QStringList{u"sessions"_s, u"postgresql://127.0.0.1:1/x"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("doctor unknown column") << QStringList{u"doctor"_s, u"postgresql://127.0.0.1:1/x"_s, u"--format"_s, u"csv"_s, u"--columns"_s, u"colour"_s};
        QTest::newRow("backups list no dir") << QStringList{u"backups"_s, u"list"_s, u"/nonexistent/backups"_s};
        QTest::newRow("backups prune csv") << QStringList{u"backups"_s, u"prune"_s, u"."_s, u"--format"_s, u"csv"_s};
        QTest::newRow("migrate bad command") << QStringList{u"migrate"_s, u"sideways"_s, u"x.db"_s, u"--dir"_s, u"."_s};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("nothing") << QStringList{};
    }
    void badArgumentsAreOneCode()
    {
        QFETCH(QStringList, args);
        const auto r = dbpulse::test::runCli(args, 30000);
        QCOMPARE(r.exitCode, 2);
        if (!args.isEmpty() && commands.contains(args.first()))
            QVERIFY2(r.err.startsWith(u"dbpulse-cli "_s + args.first() + u": "_s), qPrintable(r.err));
    }

    // Ctrl-C during `migrate up` whose statement waits on a lock: the statement is cancelled on
    // the server at once, the migration is rolled back and not recorded, the exit code says so.
    void sigintCancelsMigrateUp()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString name = u"cli_cancel_migrate"_s;
        QCOMPARE(dbpulse::test::freshDatabase(cluster->uri(), {}, name), QString());
        const QString uri = cluster->uri(name);
        QTemporaryDir dir;
        QVERIFY(dbpulse::test::writeFiles(dir.path(), {{u"20240101000001_table.sql"_s, u"-- migrate:up\nCREATE TABLE t (id int);\n"_s}}));
        const auto first = dbpulse::test::runCli({u"migrate"_s, u"up"_s, uri, u"--dir"_s, dir.path()});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(dbpulse::test::writeFiles(
            dir.path(), {{u"20240101000002_column.sql"_s, u"-- migrate:up\nALTER TABLE t ADD COLUMN cancelme int;\n"_s}}));

        dbpulse::test::PlainConnection holder(uri);
        QVERIFY2(holder.ok(), qPrintable(holder.error()));
        QCOMPARE(holder.exec(u"BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE"_s), QString());

        // This database's sessions only: other programs share the test cluster.
        const QString waiting = u"SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                "AND query LIKE '%ADD COLUMN cancelme%' AND pid <> pg_backend_pid() "
                                "AND datname = current_database()"_s;
        QProcess p;
        p.start(qEnvironmentVariable("DBPULSE_CLI"), {u"migrate"_s, u"up"_s, uri, u"--dir"_s, dir.path()});
        QVERIFY(p.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(dbpulse::test::pgValue(uri, waiting), u"1"_s, 20000);

        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY2(p.waitForFinished(10000), "dbpulse-cli migrate did not end after Ctrl-C");
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 130, qPrintable(QString::number(p.exitCode()) + u": "_s + err));
        QVERIFY2(err.contains(u"dbpulse-cli migrate: cancelled"_s), qPrintable(err));

        // While the test still holds the lock, nobody waits for it any more: the statement was
        // cancelled on the server, not just abandoned by a client that went away.
        QCOMPARE(dbpulse::test::pgValue(uri, waiting), u"0"_s);
        QCOMPARE(holder.exec(u"COMMIT"_s), QString());
        QCOMPARE(dbpulse::test::pgValue(uri, u"SELECT count(*) FROM schema_migrations"_s), u"1"_s);
        QCOMPARE(dbpulse::test::pgValue(
                     uri, u"SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'cancelme'"_s),
                 u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliRunner)
#include "tst_clirunner.moc"
