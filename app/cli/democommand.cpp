#include "democommand.h"

#include "clirunner.h"
#include "clisignals.h"

#include "core/backup/backupjob.h"
#include "core/db/target.h"
#include "core/demo/demofiles.h"
#include "core/demo/demoseed.h"
#include "core/demo/demoworkload.h"
#include "core/demo/localcluster.h"
#include "core/demo/sqlitedemo.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace dbpulse::cli {

namespace {

void say(const QString &line)
{
    std::fputs(line.toLocal8Bit().append('\n').constData(), stderr);
    std::fflush(stderr);
}

void printResult(const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

ExitCode runSqliteDemo(QEventLoop &loop)
{
    QTemporaryDir dir(QDir::tempPath() + u"/dbpulse-demo-XXXXXX"_s);
    if (!dir.isValid()) {
        say(u"error: cannot create a temporary directory: %1"_s.arg(dir.errorString()));
        return ExitCode::Failure;
    }
    const QString file = dir.filePath(u"demo.sqlite"_s);
    say(u"creating SQLite demo database…"_s);
    QString error;
    if (!createSqliteDemo(file, &error)) {
        say(u"error: %1"_s.arg(error));
        return ExitCode::Failure;
    }
    printResult(u"sqlite:"_s + file);
    say(u"ready; press Ctrl+C to stop and delete it"_s);
    if (!SignalRoute::signalled())
        loop.exec();
    say(u"stopping…"_s);
    return ExitCode::Ok;
}

ExitCode runPostgresDemo(QEventLoop &loop, int port, int clients, double scale, bool workload)
{
    LocalCluster cluster;
    QString error;
    say(u"creating cluster…"_s);
    LocalClusterOptions options;
    options.port = port;
    if (!cluster.create(options, &error)) {
        say(u"error: %1"_s.arg(error));
        return ExitCode::Failure;
    }
    say(u"cluster running on 127.0.0.1:%1 (data in %2)"_s.arg(cluster.port()).arg(cluster.dataDir()));
    if (SignalRoute::signalled())
        return ExitCode::Ok;

    if (!seedDemoDatabase(cluster.uri(), DemoSeedOptions{scale, u"dbpulse_demo"_s}, &error,
                          [](const QString &text) { say(text); })) {
        say(u"error: %1"_s.arg(error));
        return ExitCode::Failure;
    }
    if (SignalRoute::signalled())
        return ExitCode::Ok;
    const QString uri = cluster.uri(u"dbpulse_demo"_s);
    DemoWorkload load(uri, clients);
    if (workload) {
        if (!load.start(&error)) {
            say(u"error: %1"_s.arg(error));
            return ExitCode::Failure;
        }
        say(u"workload: %1 clients"_s.arg(clients));
    }
    // TCP logins need a password: the monitoring role gets one in the cluster's password file too.
    if (!cluster.addPasswordLogin(u"dbpulse_monitor"_s, &error)) {
        say(u"error: %1"_s.arg(error));
        return ExitCode::Failure;
    }
    printResult(uri);
    say(u"ready; monitor role: %1"_s.arg(cluster.uri(u"dbpulse_demo"_s, u"dbpulse_monitor"_s)));

    // Something for the Migrations and Backups pages too: pending migrations and a destination
    // holding one backup of the demo, in a private folder deleted with the cluster.
    QTemporaryDir files(QDir::tempPath() + u"/dbpulse-demo-files-XXXXXX"_s);
    DemoFolders folders;
    if (!files.isValid() || !writeDemoFolders(files.path(), &folders, &error)) {
        say(u"error: %1"_s.arg(files.isValid() ? error : files.errorString()));
        return ExitCode::Failure;
    }
    printResult(u"migrations: "_s + folders.migrations);
    printResult(u"backups: "_s + folders.backups);
    std::unique_ptr<BackupJob> backup;
    if (const TargetParseResult target = parseTarget(uri); target.ok()) {
        backup = std::make_unique<BackupJob>(*target.target, folders.backups, BackupOptions{});
        QObject::connect(backup.get(), &Job::finished, backup.get(), [&](Job::State, const QString &why) {
            if (why.isEmpty())
                printResult(u"backup: "_s + backup->backupPath());
            else
                say(u"the demo's backup failed: %1"_s.arg(why));
        });
        backup->start();
    }
    say(u"press Ctrl+C to stop and delete the cluster"_s);

    ExitCode exitCode = ExitCode::Ok;
    QTimer health;
    QObject::connect(&health, &QTimer::timeout, &health, [&] {
        if (!cluster.isRunning()) {
            say(u"error: the demo server stopped unexpectedly\n%1"_s.arg(cluster.serverLogTail()));
            exitCode = ExitCode::Failure;
            loop.quit();
        }
    });
    health.start(2000);
    if (!SignalRoute::signalled())
        loop.exec();
    health.stop();

    say(u"stopping…"_s);
    backup.reset(); // cancels a backup still running before its server goes
    load.stop();
    cluster.destroy();
    return exitCode;
}

} // namespace

ExitCode runDemoCommand(const QStringList &arguments)
{
    CommandLine cli(u"demo"_s,
        u"Runs a throwaway PostgreSQL server with a seeded shop database and a background workload "
        "(or a SQLite demo file) until interrupted, then deletes it. Prints the connection URI on stdout, "
        "then for PostgreSQL \"migrations: DIR\" (sample dbmate migrations), \"backups: DIR\" (a backup "
        "destination) and, once written, \"backup: DIR\" (a first backup of the demo)."_s);
    QCommandLineParser &parser = cli.parser();
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1 (default: a free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption sqliteOption(u"sqlite"_s, u"Create the SQLite demo instead of PostgreSQL."_s);
    const QCommandLineOption clientsOption(u"clients"_s, u"Workload clients (default 4)."_s, u"N"_s, u"4"_s);
    const QCommandLineOption scaleOption(u"scale"_s, u"Data size factor; 1 = 100,000 orders (default 1)."_s, u"F"_s, u"1"_s);
    const QCommandLineOption noWorkloadOption(u"no-workload"_s, u"Seed only; run no background traffic."_s);
    parser.addOptions({portOption, sqliteOption, clientsOption, scaleOption, noWorkloadOption});
    if (const auto done = cli.parse(arguments, 0, u"takes no arguments"_s))
        return *done;
    bool portOk = false, clientsOk = false, scaleOk = false;
    const int port = parser.value(portOption).toInt(&portOk);
    const int clients = parser.value(clientsOption).toInt(&clientsOk);
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!portOk || port < 0 || port > 65535)
        return cli.badArguments(u"--port must be a number between 1 and 65535"_s);
    if (!clientsOk || clients < 1 || clients > 64)
        return cli.badArguments(u"--clients must be between 1 and 64"_s);
    if (!scaleOk || scale < 0.001 || scale > 20)
        return cli.badArguments(u"--scale must be between 0.001 and 20"_s);

    QEventLoop loop;
    // Ctrl-C is how the demo normally ends: stop the loop, then delete what it made (exit 0).
    const SignalRoute route([&loop] { loop.quit(); });
    bool sqlite = parser.isSet(sqliteOption);
    if (!sqlite) {
        QString error;
        if (LocalCluster::findServerBinDir(&error).isEmpty()) {
            say(error);
            say(u"falling back to the SQLite demo"_s);
            sqlite = true;
        }
    }
    return sqlite ? runSqliteDemo(loop) : runPostgresDemo(loop, port, clients, scale, !parser.isSet(noWorkloadOption));
}

} // namespace dbpulse::cli
