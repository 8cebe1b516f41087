#include "democommand.h"

#include "core/demo/demoseed.h"
#include "core/demo/demoworkload.h"
#include "core/demo/localcluster.h"
#include "core/demo/sqlitedemo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

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

// The self-pipe trick from Qt's "Calling Qt Functions From Unix Signal Handlers": the handler
// only write()s a byte; a QSocketNotifier turns it into an event on the main thread.
int g_signalFds[2] = {-1, -1};
std::atomic<bool> g_signalled{false};

extern "C" void onTerminationSignal(int)
{
    g_signalled = true;
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

/// Installs SIGINT/SIGTERM handlers for its lifetime and quits \a loop when one arrives.
class SignalWatcher
{
public:
    explicit SignalWatcher(QEventLoop *loop)
    {
        g_signalled = false;
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
            return;
        m_notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [loop] {
            char byte;
            [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
            loop->quit();
        });
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~SignalWatcher()
    {
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        delete m_notifier;
        for (int &fd : g_signalFds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    SignalWatcher(const SignalWatcher &) = delete;
    SignalWatcher &operator=(const SignalWatcher &) = delete;

private:
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

int runSqliteDemo(QEventLoop &loop)
{
    QTemporaryDir dir(QDir::tempPath() + u"/dbpulse-demo-XXXXXX"_s);
    if (!dir.isValid()) {
        say(u"error: cannot create a temporary directory: %1"_s.arg(dir.errorString()));
        return 1;
    }
    const QString file = dir.filePath(u"demo.sqlite"_s);
    say(u"creating SQLite demo database…"_s);
    QString error;
    if (!createSqliteDemo(file, &error)) {
        say(u"error: %1"_s.arg(error));
        return 1;
    }
    printResult(u"sqlite:"_s + file);
    say(u"ready; press Ctrl+C to stop and delete it"_s);
    if (!g_signalled)
        loop.exec();
    say(u"stopping…"_s);
    return 0;
}

int runPostgresDemo(QEventLoop &loop, int port, int clients, double scale, bool workload)
{
    LocalCluster cluster;
    QString error;
    say(u"creating cluster…"_s);
    LocalClusterOptions options;
    options.port = port;
    if (!cluster.create(options, &error)) {
        say(u"error: %1"_s.arg(error));
        return 1;
    }
    say(u"cluster running on 127.0.0.1:%1 (data in %2)"_s.arg(cluster.port()).arg(cluster.dataDir()));
    if (g_signalled)
        return 0;

    if (!seedDemoDatabase(cluster.uri(), DemoSeedOptions{scale, u"dbpulse_demo"_s}, &error,
                          [](const QString &text) { say(text); })) {
        say(u"error: %1"_s.arg(error));
        return 1;
    }
    if (g_signalled)
        return 0;
    const QString uri = cluster.uri(u"dbpulse_demo"_s);
    DemoWorkload load(uri, clients);
    if (workload) {
        if (!load.start(&error)) {
            say(u"error: %1"_s.arg(error));
            return 1;
        }
        say(u"workload: %1 clients"_s.arg(clients));
    }
    // TCP logins need a password: the monitoring role gets one in the cluster's password file too.
    if (!cluster.addPasswordLogin(u"dbpulse_monitor"_s, &error)) {
        say(u"error: %1"_s.arg(error));
        return 1;
    }
    printResult(uri);
    say(u"ready; monitor role: %1"_s.arg(cluster.uri(u"dbpulse_demo"_s, u"dbpulse_monitor"_s)));
    say(u"press Ctrl+C to stop and delete the cluster"_s);

    int exitCode = 0;
    QTimer health;
    QObject::connect(&health, &QTimer::timeout, &health, [&] {
        if (!cluster.isRunning()) {
            say(u"error: the demo server stopped unexpectedly\n%1"_s.arg(cluster.serverLogTail()));
            exitCode = 1;
            loop.quit();
        }
    });
    health.start(2000);
    if (!g_signalled)
        loop.exec();
    health.stop();

    say(u"stopping…"_s);
    load.stop();
    cluster.destroy();
    return exitCode;
}

} // namespace

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs a throwaway PostgreSQL server with a seeded shop database and a background workload "
        "(or a SQLite demo file) until interrupted, then deletes it. Prints the connection URI on stdout."_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Displays help."_s);
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1 (default: a free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption sqliteOption(u"sqlite"_s, u"Create the SQLite demo instead of PostgreSQL."_s);
    const QCommandLineOption clientsOption(u"clients"_s, u"Workload clients (default 4)."_s, u"N"_s, u"4"_s);
    const QCommandLineOption scaleOption(u"scale"_s, u"Data size factor; 1 = 100,000 orders (default 1)."_s, u"F"_s, u"1"_s);
    const QCommandLineOption noWorkloadOption(u"no-workload"_s, u"Seed only; run no background traffic."_s);
    parser.addOptions({helpOption, portOption, sqliteOption, clientsOption, scaleOption, noWorkloadOption});

    if (!parser.parse(QStringList{u"dbpulse-cli demo"_s} + arguments)) {
        say(u"dbpulse-cli demo: %1\nTry 'dbpulse-cli demo --help'."_s.arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        // helpText() names argv[0]; show the subcommand instead.
        QString help = parser.helpText();
        const qsizetype eol = help.indexOf(u'\n');
        help.replace(0, eol, u"Usage: dbpulse-cli demo [options]"_s);
        std::fputs(help.toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        say(u"dbpulse-cli demo: unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    bool portOk = false, clientsOk = false, scaleOk = false;
    const int port = parser.value(portOption).toInt(&portOk);
    const int clients = parser.value(clientsOption).toInt(&clientsOk);
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!portOk || port < 0 || port > 65535) {
        say(u"dbpulse-cli demo: --port must be a number between 1 and 65535"_s);
        return 2;
    }
    if (!clientsOk || clients < 1 || clients > 64) {
        say(u"dbpulse-cli demo: --clients must be between 1 and 64"_s);
        return 2;
    }
    if (!scaleOk || scale < 0.001 || scale > 20) {
        say(u"dbpulse-cli demo: --scale must be between 0.001 and 20"_s);
        return 2;
    }

    QEventLoop loop;
    SignalWatcher signalWatcher(&loop);
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
