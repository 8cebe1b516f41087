#include "tests/support/standbycluster.h"

#include "core/demo/clusterwatchdog.h"
#include "core/demo/localcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dbpulse::test {

namespace {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(addr);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

} // namespace

StandbyCluster::~StandbyCluster()
{
    destroy();
}

bool StandbyCluster::run(const QString &tool, const QStringList &args, QString *error) const
{
    QString program = m_binDir + QLatin1Char('/') + tool;
    QStringList arguments = args;
    if (m_asPostgresUser) { // the server refuses to run as root, and its files must be postgres's
        arguments = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args;
        program = QStandardPaths::findExecutable(QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
    }
    QProcess p;
    p.setWorkingDirectory(m_baseDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

bool StandbyCluster::create(const LocalCluster &primary, const QString &replicationRole, const QString &slot,
                            QString *error)
{
    m_binDir = LocalCluster::findServerBinDir(error);
    if (m_binDir.isEmpty())
        return false;
    m_asPostgresUser = ::geteuid() == 0;
    m_user = primary.superuser();
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/dbpulse-standby-XXXXXX"));
    if (!tmp.isValid()) {
        *error = tmp.errorString();
        return false;
    }
    tmp.setAutoRemove(false);
    m_baseDir = tmp.path();
    QFile::setPermissions(m_baseDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (m_asPostgresUser) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw || ::chown(QFile::encodeName(m_baseDir).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the postgres account").arg(m_baseDir);
            return false;
        }
    }
    startClusterWatchdog(m_baseDir + QStringLiteral("/data"), m_baseDir);
    m_port = freePort();
    QStringList backup{QStringLiteral("-h"), primary.baseDir(), QStringLiteral("-p"), QString::number(primary.port()),
                       QStringLiteral("-U"), replicationRole, QStringLiteral("-D"), m_baseDir + QStringLiteral("/data"),
                       QStringLiteral("-R"), QStringLiteral("-X"), QStringLiteral("stream"),
                       QStringLiteral("--checkpoint=fast"), QStringLiteral("--no-sync")};
    if (!slot.isEmpty())
        backup << QStringLiteral("-C") << QStringLiteral("-S") << slot;
    if (!run(QStringLiteral("pg_basebackup"), backup, error))
        return false;
    // The copy has the primary's settings: give it its own port and socket, and no TCP at all.
    QFile conf(m_baseDir + QStringLiteral("/data/postgresql.auto.conf"));
    if (!conf.open(QIODevice::Append)
        || conf.write(QStringLiteral("port = %1\nunix_socket_directories = '%2'\nlisten_addresses = ''\n"
                                     "cluster_name = 'dbpulse_standby'\n")
                          .arg(m_port).arg(m_baseDir).toUtf8()) < 0) {
        *error = QStringLiteral("cannot configure the standby: %1").arg(conf.errorString());
        return false;
    }
    conf.close();
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_baseDir + QStringLiteral("/data"), QStringLiteral("-l"),
                                        m_baseDir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                                        QStringLiteral("60"), QStringLiteral("start")},
             error)) {
        *error += QStringLiteral("\n") + serverLogTail();
        return false;
    }
    m_started = true;
    return true;
}

QString StandbyCluster::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(m_baseDir).arg(m_port).arg(m_user, database);
}

QString StandbyCluster::serverLogTail() const
{
    QFile log(m_baseDir + QStringLiteral("/server.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(log.readAll()).right(3000);
}

void StandbyCluster::destroy()
{
    if (m_baseDir.isEmpty())
        return;
    QString ignored;
    if (m_started)
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_baseDir + QStringLiteral("/data"), QStringLiteral("-m"),
                                       QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
    QDir(m_baseDir).removeRecursively();
    m_baseDir.clear();
}

} // namespace dbpulse::test
