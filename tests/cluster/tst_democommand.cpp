#include "core/demo/clusterwatchdog.h"
#include "tests/support/testcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace dbpulse;

namespace {

/// Reads stdout lines until one starts with \a prefix; the demo prints its URI once it is ready.
QString waitForLine(QProcess &process, const QString &prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(prefix))
                return line;
        }
        if (process.state() == QProcess::NotRunning)
            return {};
        process.waitForReadyRead(500);
    }
    return {};
}

/// On an early test failure, stop the demo politely so it cleans up instead of being SIGKILLed.
struct TerminateOnExit
{
    QProcess &process;
    ~TerminateOnExit()
    {
        if (process.state() != QProcess::NotRunning) {
            ::kill(pid_t(process.processId()), SIGTERM);
            process.waitForFinished(15000);
        }
    }
};

struct ServerInfo
{
    QString baseDir;
    qint64 postmasterPid = 0;
};

ServerInfo serverInfo(const QString &uri)
{
    ServerInfo info;
    const QString dataDir = QString::fromUtf8(test::queryValue(uri, "SHOW data_directory"));
    if (dataDir.isEmpty())
        return info;
    info.baseDir = QFileInfo(dataDir).absolutePath();
    QFile pidFile(dataDir + u"/postmaster.pid"_s);
    if (pidFile.open(QIODevice::ReadOnly))
        info.postmasterPid = pidFile.readLine().trimmed().toLongLong();
    return info;
}

qlonglong workloadCalls(const QString &uri)
{
    return test::queryValue(uri, "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements "
                           "WHERE query NOT LIKE '%pg_stat_statements%'").toLongLong();
}

} // namespace

class TestDemoCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void badArguments();
    void postgresDemo();
    void sqliteDemo();
    void fallbackWithoutBinaries();
    void watchdogAfterKill();

private:
    void requirePostgres();
    void startDemo(QProcess &process, const QStringList &args);
    QString m_cli;
};

void TestDemoCommand::initTestCase()
{
    m_cli = qEnvironmentVariable("DBPULSE_CLI");
    if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
        QSKIP("DBPULSE_CLI is not set to the built dbpulse-cli (run through ctest)");
}

void TestDemoCommand::requirePostgres()
{
    QString error;
    if (LocalCluster::findServerBinDir(&error).isEmpty()) {
        if (test::clusterRequired())
            QFAIL(qPrintable(error));
        QSKIP(qPrintable(error));
    }
}

void TestDemoCommand::startDemo(QProcess &process, const QStringList &args)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(m_cli, QStringList{u"demo"_s} + args);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
}

void TestDemoCommand::help()
{
    QProcess process;
    process.start(m_cli, {u"demo"_s, u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.startsWith(u"Usage: dbpulse-cli demo"_s), qPrintable(out));
    QVERIFY(out.contains(u"--sqlite"_s));
    QVERIFY(out.contains(u"--no-workload"_s));
}

void TestDemoCommand::badArguments()
{
    QProcess process;
    process.start(m_cli, {u"demo"_s, u"--clients"_s, u"zero"_s});
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("--clients"));
}

void TestDemoCommand::postgresDemo()
{
    requirePostgres();
    QProcess process;
    startDemo(process, {u"--clients"_s, u"2"_s, u"--scale"_s, u"0.05"_s});
    const TerminateOnExit guard{process};
    const QString uri = waitForLine(process, u"postgresql://"_s, 120000);
    QVERIFY2(!uri.isEmpty(), "the demo printed no URI within 120 s");
    QCOMPARE(QUrl(uri).path(), u"/dbpulse_demo"_s);
    // It logs in with a password from the cluster's password file, which the URI names.
    QVERIFY(QUrl(uri).password().isEmpty());
    QVERIFY(uri.contains(u"passfile="_s));

    const ServerInfo server = serverInfo(uri);
    QVERIFY(QDir(server.baseDir).exists());
    QVERIFY(isLiveProcess(server.postmasterPid));
    QVERIFY(test::queryValue(uri, "SELECT count(*) FROM orders").toLongLong() > 1000);
    // The monitoring role the demo advertises has its password in the same file.
    QString monitor = uri;
    monitor.replace(u"//dbpulse@"_s, u"//dbpulse_monitor@"_s);
    QString error;
    QCOMPARE(test::queryValue(monitor, "SELECT pg_has_role('pg_monitor', 'member')", &error), QByteArray("t"));

    // The workload moves: statement counts grow over a few seconds.
    const qlonglong before = workloadCalls(uri);
    QTRY_VERIFY_WITH_TIMEOUT(workloadCalls(uri) > before + 20, 15000);
    QVERIFY(test::queryValue(uri, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'demo-shop-app'")
                .toInt() == 2);

    // The Migrations and Backups pages get something to show: three pending dbmate migrations
    // that apply to the demo, and a private destination holding a backup that verifies.
    const QString migrations = waitForLine(process, u"migrations: "_s, 10000).mid(12);
    const QString backups = waitForLine(process, u"backups: "_s, 10000).mid(9);
    QVERIFY2(QDir(migrations).exists() && QDir(backups).exists(), qPrintable(migrations + u" "_s + backups));
    QCOMPARE(QFileInfo(backups).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const auto cli = [this](const QStringList &args) {
        QProcess p;
        p.start(m_cli, args);
        p.waitForFinished(120000);
        return std::pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto [statusCode, status] = cli({u"migrate"_s, u"status"_s, uri, u"--dir"_s, migrations, u"--format"_s, u"csv"_s});
    QVERIFY2(statusCode == 0 && status.count(u"pending"_s) == 3, qPrintable(status));
    const auto [upCode, up] = cli({u"migrate"_s, u"up"_s, uri, u"--dir"_s, migrations, u"--yes"_s});
    QVERIFY2(upCode == 0, qPrintable(up));
    QCOMPARE(test::queryValue(uri, "SELECT to_regclass('payments_order_id_idx') IS NOT NULL"), QByteArray("t"));
    const QString backup = waitForLine(process, u"backup: "_s, 120000).mid(8);
    QVERIFY2(backup.startsWith(backups), qPrintable(backup));
    const auto [verifyCode, verified] = cli({u"verify"_s, backup});
    QVERIFY2(verifyCode == 0, qPrintable(verified));

    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY2(process.waitForFinished(15000), "the demo did not exit within 15 s of SIGINT");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QDir(server.baseDir).exists());
    QVERIFY(!isLiveProcess(server.postmasterPid));
    QVERIFY(!QDir(migrations).exists());
    QVERIFY(!QDir(backups).exists());
}

void TestDemoCommand::sqliteDemo()
{
    QProcess process;
    startDemo(process, {u"--sqlite"_s});
    const TerminateOnExit guard{process};
    const QString line = waitForLine(process, u"sqlite:"_s, 60000);
    QVERIFY2(!line.isEmpty(), "the demo printed no sqlite: line");
    const QString file = line.mid(7);
    QVERIFY(QFile::exists(file));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst_democommand"_s);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        QStringList tables = db.tables().filter(QRegularExpression(u"^(?!sqlite_)"_s));
        tables.sort();
        QCOMPARE(tables, (QStringList{u"customers"_s, u"order_items"_s, u"orders"_s, u"payments"_s, u"products"_s}));
        QSqlQuery query(u"SELECT count(*) FROM orders"_s, db);
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 1000);
        QSqlQuery check(u"PRAGMA integrity_check"_s, db);
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst_democommand"_s);

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QFile::exists(file));
}

void TestDemoCommand::fallbackWithoutBinaries()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBPULSE_PG_BINDIR"_s, u"/nonexistent"_s);
    process.setProcessEnvironment(env);
    process.start(m_cli, {u"demo"_s});
    QVERIFY(process.waitForStarted(10000));
    const TerminateOnExit guard{process};
    const QString line = waitForLine(process, u"sqlite:"_s, 60000);
    QVERIFY2(!line.isEmpty(), "no SQLite fallback");
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(u"apt-get install postgresql postgresql-contrib"_s), qPrintable(err));
    QVERIFY2(err.contains(u"falling back to the SQLite demo"_s), qPrintable(err));
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!QFile::exists(line.mid(7)));
}

void TestDemoCommand::watchdogAfterKill()
{
    requirePostgres();
    QProcess process;
    startDemo(process, {u"--no-workload"_s, u"--scale"_s, u"0.01"_s});
    const TerminateOnExit guard{process};
    const QString uri = waitForLine(process, u"postgresql://"_s, 120000);
    QVERIFY2(!uri.isEmpty(), "the demo printed no URI within 120 s");
    const ServerInfo server = serverInfo(uri);
    QVERIFY(isLiveProcess(server.postmasterPid));

    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(5000)); // also reaps it, so the watchdog sees it gone
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY_WITH_TIMEOUT(!isLiveProcess(server.postmasterPid), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(server.baseDir).exists(), 5000);
}

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "tst_democommand.moc"
