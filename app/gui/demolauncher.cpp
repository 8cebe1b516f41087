#include "demolauncher.h"

#include "core/db/target.h"
#include "models/serverregistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include "widgets/guilogging.h"
#include <QStandardPaths>


namespace dbpulse {

namespace {
constexpr int StopWaitMs = 5000; // pg_ctl stop -m fast normally needs well under a second
}

DemoLauncher::DemoLauncher(ServerRegistry *servers, QObject *parent)
    : QObject(parent)
    , m_servers(servers)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > 4096)
            m_stderrTail = m_stderrTail.right(4096);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("Could not start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_resolved) {
            const QString why = QString::fromLocal8Bit(m_stderrTail).trimmed();
            fail(why.isEmpty() ? tr("The demo database did not start (exit code %1)").arg(code)
                               : tr("The demo database did not start (exit code %1): %2").arg(QString::number(code), why));
        }
    });
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::findCli()
{
    const QString env = qEnvironmentVariable("DBPULSE_CLI");
    if (!env.isEmpty())
        return env;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + QStringLiteral("/../cli/dbpulse-cli"),
                                     dir + QStringLiteral("/dbpulse-cli")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("dbpulse-cli"));
}

QString DemoLauncher::start(const QString &cliPath)
{
    m_key = m_servers->addPlaceholder(tr("Demo database"), tr("Starting demo database…"));
    if (cliPath.isEmpty()) {
        fail(tr("dbpulse-cli was not found next to dbpulse or on PATH (set DBPULSE_CLI)"));
        return m_key;
    }
    qCInfo(lcGui) << "starting demo:" << cliPath;
    m_process.start(cliPath, {QStringLiteral("demo")});
    return m_key;
}

void DemoLauncher::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    int newline;
    while ((newline = int(m_stdout.indexOf('\n'))) >= 0) {
        const QString line = QString::fromUtf8(m_stdout.left(newline)).trimmed();
        m_stdout.remove(0, newline + 1);
        if (m_resolved) {
            readFolderLine(line);
            continue;
        }
        if (!line.startsWith(QLatin1String("postgresql://")) && !line.startsWith(QLatin1String("sqlite:")))
            continue;
        const TargetParseResult parsed = parseTarget(line);
        if (!parsed.ok()) {
            fail(tr("The demo printed a target that does not parse: %1").arg(parsed.error));
            return;
        }
        m_resolved = true;
        Target target = *parsed.target;
        target.throwaway = true; // the demo cluster runs without fsync and is deleted on exit
        m_servers->resolvePlaceholder(m_key, target);
        Q_EMIT ready(m_key);
    }
}

void DemoLauncher::readFolderLine(const QString &line)
{
    static const QString migrations = QStringLiteral("migrations: ");
    static const QString backups = QStringLiteral("backups: ");
    static const QString backup = QStringLiteral("backup: ");
    if (line.startsWith(migrations))
        m_migrationsFolder = line.mid(migrations.size());
    else if (line.startsWith(backups))
        Q_EMIT foldersReady(m_migrationsFolder, line.mid(backups.size()));
    else if (line.startsWith(backup))
        Q_EMIT backupWritten(line.mid(backup.size()));
}

void DemoLauncher::fail(const QString &error)
{
    if (m_resolved)
        return;
    m_resolved = true; // report once
    qCWarning(lcGui) << "demo failed:" << error;
    m_servers->failPlaceholder(m_key, error);
    Q_EMIT failed(m_key, error);
}

void DemoLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Our sessions must let go first, or the cluster's fast shutdown waits for them.
    if (!m_key.isEmpty())
        m_servers->disconnectFrom(m_key);
    m_resolved = true;
    m_process.terminate();
    if (!m_process.waitForFinished(StopWaitMs)) {
        qCWarning(lcGui) << "demo did not stop within" << StopWaitMs << "ms; killing it";
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

} // namespace dbpulse
