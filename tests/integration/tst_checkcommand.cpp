// Drives the real dbpulse-cli binary, as an on-call script would.
#include "tests/support/clirun.h"
#include "tests/support/silentserver.h"
#include "tests/support/testcluster.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using dbpulse::test::ProcessRun;
using dbpulse::test::runCli;

class TestCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
    }

    void reportsAServer()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const ProcessRun r = runCli({QStringLiteral("check"), cluster->uri()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("PostgreSQL 15")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("pg_stat_statements")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("superuser: yes")), qPrintable(r.out));
        // The link is named; a local one needs no warning about it.
        QVERIFY2(r.out.contains(QLatin1String("link:     unencrypted")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("not encrypted")), qPrintable(r.out));
    }

    void unreachableExitsThreeQuickly()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const ProcessRun r = runCli({QStringLiteral("check"), QStringLiteral("postgresql://127.0.0.1:1/postgres")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Connection refused")), qPrintable(r.err));
        QVERIFY(r.elapsedMs < 10000);
    }

    void silentServerTimesOut()
    {
        // Accepts TCP but never speaks: only the connect timeout ends the wait.
        const dbpulse::test::SilentServer silent;
        QVERIFY(silent.isListening());
        const ProcessRun r = runCli({QStringLiteral("check"), QStringLiteral("--connect-timeout"), QStringLiteral("2"),
                                 QStringLiteral("host=127.0.0.1 sslmode=disable port=%1").arg(silent.port())});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.elapsedMs < 6000, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY2(r.err.contains(QLatin1String("timeout"), Qt::CaseInsensitive), qPrintable(r.err));
    }

    // The first Ctrl-C ends a connect that would otherwise wait for its timeout: the connect
    // itself watches the cancel, so a server that accepts and never answers does not hold the
    // on-call engineer for connect_timeout, and no second Ctrl-C is needed.
    void sigintEndsABlockedConnect()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted; // kept open and never written to
        connect(&listener, &QTcpServer::newConnection, &listener, [&] {
            while (QTcpSocket *socket = listener.nextPendingConnection())
                accepted << socket;
        });
        QProcess cli;
        cli.start(qEnvironmentVariable("DBPULSE_CLI"),
                  {QStringLiteral("check"), QStringLiteral("--connect-timeout"), QStringLiteral("60"),
                   QStringLiteral("host=127.0.0.1 sslmode=disable port=%1").arg(listener.serverPort())});
        QVERIFY(cli.waitForStarted());
        // Accepted: the probe's job is connecting, so Ctrl-C is already routed to its cancel.
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 15000);

        ::kill(pid_t(cli.processId()), SIGINT);
        // 15 s against a 60 s timeout: "cancelled" and "waited for the timeout" cannot be confused.
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 15000);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 130, qPrintable(QString::number(cli.exitCode()) + QStringLiteral(": ") + err));
        QVERIFY2(err.contains(QLatin1String("dbpulse-cli check: cancelled")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("127.0.0.1")), qPrintable(err)); // names what it stopped checking
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("malformed uri") << QStringList{QStringLiteral("check"), QStringLiteral("postgresql://h:port/db")} << 2 << "malformed connection string";
        QTest::newRow("no target") << QStringList{QStringLiteral("check")} << 2 << "exactly one TARGET";
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("check"), QStringLiteral("@nope-profile")} << 2 << "no saved connection named";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("check"), QStringLiteral("--connect-timeout"), QStringLiteral("soon"), QStringLiteral("host=x")} << 2 << "positive number";
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, errorPart);
        const ProcessRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(errorPart), qPrintable(r.err));
    }

    void sqliteTargets()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just text that happens to end in .db\n");
        f.close();
        const ProcessRun r = runCli({QStringLiteral("check"), junk});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("not a usable SQLite database")), qPrintable(r.err));

        const ProcessRun missing = runCli({QStringLiteral("check"), dir.filePath(QStringLiteral("missing.sqlite"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("SQLite file not found")), qPrintable(missing.err));
    }

    void helpAndVersion()
    {
        const ProcessRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("check TARGET")));
        QVERIFY(help.out.contains(QLatin1String("demo")));
        const ProcessRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("dbpulse-cli ")));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
