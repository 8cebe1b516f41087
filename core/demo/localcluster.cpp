#include "core/demo/localcluster.h"

#include "core/demo/clusterwatchdog.h"
#include "core/demo/demologging.h"
#include "core/db/pgpassfile.h"
#include "core/db/randomsecret.h"
#include "core/db/sandbox.h"
#include "core/io/privatefiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dbpulse {

// Warnings only by default: the CLI prints its own progress (QT_LOGGING_RULES enables more).
Q_LOGGING_CATEGORY(lcDemo, "dbpulse.demo", QtWarningMsg)

namespace {

constexpr auto kInstallHint = "sudo apt-get install postgresql postgresql-contrib";
// The only address the server listens on, and the host of every password-file line.
constexpr auto kHost = "127.0.0.1";

bool hasServerTools(const QString &dir)
{
    if (dir.isEmpty())
        return false;
    for (const auto tool : {u"initdb", u"pg_ctl", u"postgres"}) {
        const QFileInfo fi(dir + u'/' + QString::fromUtf16(tool));
        if (!fi.isFile() || !fi.isExecutable())
            return false;
    }
    return true;
}

/// Core has no QtNetwork: bind a plain socket to port 0 and let the kernel choose. The port is
/// released again before the server binds it; the race window is tiny and create() reports it.
int pickFreePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    socklen_t len = sizeof(addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/// Writes \a secret to a new 0600 file that \a owner (the account initdb runs as) may read.
bool writeSecretFile(const QString &path, const QString &secret, const passwd *owner, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(secret.toUtf8() + '\n') < 0 || !file.flush()) {
        *error = u"initdb: cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (owner && ::fchown(file.handle(), owner->pw_uid, owner->pw_gid) != 0) {
        *error = u"initdb: cannot chown %1 to postgres"_s.arg(path);
        return false;
    }
    return true;
}

QString tailOf(const QString &text, int lines)
{
    QStringList all = text.trimmed().split(u'\n');
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(u'\n');
}

} // namespace

LocalCluster::~LocalCluster()
{
    if (!m_released)
        destroy();
}

std::unique_ptr<LocalCluster> LocalCluster::attach(const QString &baseDir, QString *error)
{
    auto cluster = std::unique_ptr<LocalCluster>(new LocalCluster);
    cluster->m_baseDir = baseDir;
    cluster->m_released = true;
    QFile pidFile(cluster->dataDir() + u"/postmaster.pid"_s);
    QString err;
    if (!pidFile.open(QIODevice::ReadOnly)) {
        err = u"no running cluster in %1"_s.arg(baseDir);
    } else {
        // postmaster.pid: pid, data directory, start time, port, …
        const QList<QByteArray> lines = pidFile.readAll().split('\n');
        cluster->m_port = lines.value(3).trimmed().toInt();
        cluster->m_binDir = findServerBinDir(&err);
        cluster->m_asPostgresUser = ::geteuid() == 0;
        cluster->m_running = true;
        if (cluster->m_port <= 0 || cluster->postmasterPid() == 0)
            err = u"the cluster in %1 is not running"_s.arg(baseDir);
        else if (PQping(cluster->uri().toUtf8().constData()) != PQPING_OK)
            err = u"the cluster in %1 does not accept connections"_s.arg(baseDir);
    }
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return nullptr;
    }
    return cluster;
}

QString LocalCluster::findServerBinDir(QString *error)
{
    // An explicit choice wins and is not second-guessed (tests use it to simulate "not installed").
    // Like PATH it may list several folders (the backup tools look in each): the first with the
    // server's tools is used.
    if (qEnvironmentVariableIsSet("DBPULSE_PG_BINDIR")) {
        const QString dirs = qEnvironmentVariable("DBPULSE_PG_BINDIR");
        for (const QString &dir : dirs.split(u':', Qt::SkipEmptyParts)) {
            if (hasServerTools(dir))
                return dir;
        }
        if (error) {
            *error = u"DBPULSE_PG_BINDIR=%1 does not contain initdb, pg_ctl and postgres. Install them with: %2"_s
                         .arg(dirs, QLatin1StringView(kInstallHint));
        }
        return {};
    }
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        QProcess proc;
        proc.start(pgConfig, {u"--bindir"_s});
        if (proc.waitForFinished(5000) && proc.exitCode() == 0) {
            const QString dir = QString::fromLocal8Bit(proc.readAllStandardOutput()).trimmed();
            if (hasServerTools(dir))
                return dir;
        }
    }

    // Debian/Ubuntu keep each major version side by side; prefer the newest.
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return a.toDouble() > b.toDouble();
    });
    for (const QString &v : std::as_const(versions)) {
        const QString dir = u"/usr/lib/postgresql/%1/bin"_s.arg(v);
        if (hasServerTools(dir))
            return dir;
    }

    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    if (!initdb.isEmpty() && hasServerTools(QFileInfo(initdb).absolutePath()))
        return QFileInfo(initdb).absolutePath();

    if (error) {
        *error = u"PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found via pg_config, "
                 "/usr/lib/postgresql/*/bin or PATH. Install them with: %1"_s
                     .arg(QLatin1StringView(kInstallHint));
    }
    return {};
}

QString LocalCluster::dataDir() const
{
    return m_baseDir.isEmpty() ? QString() : m_baseDir + u"/data"_s;
}

QString LocalCluster::uri(const QString &database, const QString &user) const
{
    // Concatenated, not arg()-chained: the encoded path is full of "%2F".
    return u"postgresql://"_s + percentEncoded(user.isEmpty() ? superuser() : user) + u'@'
        + QLatin1StringView(kHost) + u':' + QString::number(m_port) + u'/' + percentEncoded(database)
        + u"?passfile="_s + percentEncoded(pgpassFile());
}

QString LocalCluster::pgpassFile() const
{
    return m_baseDir.isEmpty() ? QString() : m_baseDir + u"/pgpass"_s;
}

bool LocalCluster::addPasswordLogin(const QString &role, QString *error)
{
    QString err;
    auto admin = PgSession::open(uri(), {}, sessionDefaults(SessionPurpose::Admin), &err);
    bool ok = admin != nullptr;
    const QString password = randomSecret();
    if (ok) {
        // Only the SCRAM verifier reaches the server (and its log).
        char *verifier = PQencryptPasswordConn(admin->handle(), password.toUtf8().constData(),
                                               role.toUtf8().constData(), "scram-sha-256");
        ok = verifier != nullptr;
        if (!ok)
            err = QString::fromUtf8(PQerrorMessage(admin->handle())).trimmed();
        else
            ok = admin->run(u"ALTER ROLE %1 PASSWORD %2"_s.arg(admin->quoteIdent(role),
                                                                admin->quoteLiteral(QString::fromUtf8(verifier))),
                            &err);
        PQfreemem(verifier);
    }
    ok = ok && savePgpassEntry(pgpassFile(), QLatin1StringView(kHost), QString::number(m_port), role, password, &err);
    if (!ok && error)
        *error = u"cannot give %1 a password: %2"_s.arg(role, err);
    return ok;
}

qint64 LocalCluster::postmasterPid() const
{
    if (m_baseDir.isEmpty())
        return 0;
    QFile file(dataDir() + u"/postmaster.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = file.readLine().trimmed().toLongLong();
    return isLiveProcess(pid) ? pid : 0;
}

bool LocalCluster::isRunning() const
{
    return m_running && postmasterPid() > 0;
}

QString LocalCluster::serverLogTail(int lines) const
{
    QFile log(m_baseDir + u"/server.log"_s);
    if (m_baseDir.isEmpty() || !log.open(QIODevice::ReadOnly))
        return {};
    return tailOf(QString::fromLocal8Bit(log.readAll()), lines);
}

bool LocalCluster::runTool(const QString &step, const QString &tool, const QStringList &args,
                           int timeoutMs, QString *error) const
{
    QString program = m_binDir + u'/' + tool;
    QStringList arguments = args;
    if (m_asPostgresUser) {
        // initdb and postgres refuse to run as root.
        arguments = QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args;
        program = QStandardPaths::findExecutable(u"runuser"_s);
        if (program.isEmpty())
            program = QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s});
        if (program.isEmpty()) {
            if (error)
                *error = u"%1: running as root, but `runuser` (util-linux) is missing"_s.arg(step);
            return false;
        }
    }
    QProcess proc;
    // The postgres account cannot enter e.g. /root; a readable cwd keeps the tools quiet.
    proc.setWorkingDirectory(m_baseDir);
    proc.setProcessChannelMode(QProcess::MergedChannels);
    qCDebug(lcDemo) << "running" << program << arguments;
    proc.start(program, arguments);
    if (!proc.waitForStarted(10000)) {
        if (error)
            *error = u"%1: cannot start %2: %3"_s.arg(step, program, proc.errorString());
        return false;
    }
    if (!proc.waitForFinished(timeoutMs)) {
        proc.kill();
        proc.waitForFinished(5000);
        if (error) {
            *error = u"%1: %2 did not finish within %3 s\n%4"_s.arg(step, tool).arg(timeoutMs / 1000)
                         .arg(tailOf(QString::fromLocal8Bit(proc.readAll()), 15));
        }
        return false;
    }
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        if (error) {
            *error = u"%1: %2 failed (exit code %3)\n%4"_s.arg(step, tool).arg(proc.exitCode())
                         .arg(tailOf(QString::fromLocal8Bit(proc.readAll()), 15));
        }
        return false;
    }
    return true;
}

bool LocalCluster::create(const LocalClusterOptions &options, QString *error)
{
    if (!m_baseDir.isEmpty()) {
        // Not through fail(): that would tear down the cluster this object already runs.
        if (error)
            *error = u"create: this cluster already exists in %1"_s.arg(m_baseDir);
        return false;
    }
    QString err;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcDemo).noquote() << message;
        destroy();
        return false;
    };
    m_binDir = findServerBinDir(&err);
    if (m_binDir.isEmpty())
        return fail(err);

    m_asPostgresUser = ::geteuid() == 0;
    const passwd *pw = m_asPostgresUser ? ::getpwnam("postgres") : nullptr;
    if (m_asPostgresUser && !pw) {
        return fail(u"create: running as root, and initdb refuses root; there is no `postgres` "
                    "account to run the server as. Install with: %1"_s
                        .arg(QLatin1StringView(kInstallHint)));
    }

    QTemporaryDir tmp(QDir::tempPath() + u"/dbpulse-cluster-XXXXXX"_s);
    if (!tmp.isValid())
        return fail(u"create: cannot create a temporary directory: %1"_s.arg(tmp.errorString()));
    tmp.setAutoRemove(false);
    m_baseDir = tmp.path();
    // It holds the Unix socket, on which logins are trusted, and the password file: the server's
    // account (and root) only, whatever the umask.
    if (!makePrivateDirectory(m_baseDir, &err))
        return fail(u"create: %1"_s.arg(err));
    if (pw && ::chown(QFile::encodeName(m_baseDir).constData(), pw->pw_uid, pw->pw_gid) != 0)
        return fail(u"create: cannot chown %1 to postgres"_s.arg(m_baseDir));

    m_port = options.port > 0 ? options.port : pickFreePort();
    if (m_port <= 0)
        return fail(u"create: cannot find a free TCP port on 127.0.0.1"_s);

    // Guard the directory from now on, even if we are killed during initdb.
    startWatchdog(options.ownerPid);

    if (!initdb(&err))
        return fail(err);
    if (!configure(options, &err))
        return fail(err);
    if (!startServer(&err))
        return fail(err);
    createExtensions();
    createSandboxRole();
    qCInfo(lcDemo).noquote() << "cluster running on port" << m_port << "in" << m_baseDir;
    return true;
}

bool LocalCluster::initdb(QString *error)
{
    // The superuser's password lives only in initdb's pwfile, removed as soon as initdb is done,
    // and in our password file: never in an argument list, a URI or a log.
    const QString password = randomSecret();
    const QString pwfile = m_baseDir + u"/initdb-password"_s;
    const auto removePwfile = qScopeGuard([&] { QFile::remove(pwfile); });
    if (!writeSecretFile(pwfile, password, m_asPostgresUser ? ::getpwnam("postgres") : nullptr, error))
        return false;
    // The socket trusts (only the owner of the 0700 base directory reaches it); TCP, which every
    // local user reaches, asks for the password.
    const QStringList args{u"-D"_s, dataDir(), u"-U"_s, superuser(), u"--pwfile=%1"_s.arg(pwfile),
                           u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"-E"_s, u"UTF8"_s};
    QString err;
    if (!runTool(u"initdb"_s, u"initdb"_s, args + QStringList{u"--locale=C.UTF-8"_s}, 120000, &err)) {
        qCInfo(lcDemo).noquote() << "initdb with C.UTF-8 failed, retrying with --no-locale:" << err;
        QDir(dataDir()).removeRecursively();
        if (!runTool(u"initdb"_s, u"initdb"_s, args + QStringList{u"--no-locale"_s}, 120000, error))
            return false;
    }
    return savePgpassEntry(pgpassFile(), QLatin1StringView(kHost), QString::number(m_port), superuser(), password,
                           error);
}

bool LocalCluster::configure(const LocalClusterOptions &options, QString *error)
{
    QStringList lines{
        u"port = %1"_s.arg(m_port),
        u"listen_addresses = '%1'"_s.arg(QLatin1StringView(kHost)),
        u"unix_socket_directories = '%1'"_s.arg(m_baseDir),
        u"track_io_timing = on"_s,
        // Throwaway data: durability only costs time here.
        u"fsync = off"_s,
        u"synchronous_commit = off"_s,
        u"full_page_writes = off"_s,
    };
    if (options.preloadStatements) {
        lines << u"shared_preload_libraries = 'pg_stat_statements'"_s
              << u"pg_stat_statements.track = 'all'"_s;
    }
    lines += options.extraSettings;

    QFile conf(dataDir() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append | QIODevice::Text)
        || conf.write(u"\n# added by dbpulse LocalCluster\n%1\n"_s.arg(lines.join(u'\n')).toUtf8()) < 0) {
        if (error)
            *error = u"configure: cannot write %1: %2"_s.arg(conf.fileName(), conf.errorString());
        return false;
    }
    return true;
}

void LocalCluster::createExtensions()
{
    // template1 too, so databases created later (demo, test databases) inherit them.
    for (const char *db : {"postgres", "template1"}) {
        const QByteArray conninfo = (uri(QLatin1StringView(db)) + u"&connect_timeout=10"_s).toUtf8();
        PGconn *conn = PQconnectdb(conninfo.constData());
        PQsetNoticeProcessor(conn, [](void *, const char *) {}, nullptr);
        if (PQstatus(conn) == CONNECTION_OK) {
            const char *sql =
                "DO $$ BEGIN "
                "IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_stat_statements') "
                "  AND current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' THEN "
                "  CREATE EXTENSION IF NOT EXISTS pg_stat_statements; END IF; "
                "IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'hypopg') THEN "
                "  CREATE EXTENSION IF NOT EXISTS hypopg; END IF; "
                "END $$";
            PGresult *res = PQexec(conn, sql);
            if (PQresultStatus(res) != PGRES_COMMAND_OK)
                qCWarning(lcDemo) << "creating extensions in" << db << "failed:" << PQresultErrorMessage(res);
            PQclear(res);
        } else {
            qCWarning(lcDemo) << "cannot connect to create extensions:" << PQerrorMessage(conn);
        }
        PQfinish(conn);
    }
}

void LocalCluster::createSandboxRole()
{
    // As a DBA would with "dbpulse-cli sandbox create": the advisor and EXPLAIN plan other roles'
    // statements only as this powerless role, which logs in over TCP with its password from the
    // file uri() names.
    QString error;
    const QString password = randomSecret();
    auto admin = PgSession::open(uri(u"postgres"_s), {}, sessionDefaults(SessionPurpose::Admin), &error);
    if (!admin || !createSandbox(*admin, password, &error)
        || !savePgpassEntry(pgpassFile(), QLatin1StringView(kHost), QString::number(m_port),
                            QString::fromLatin1(sandboxRoleName), password, &error))
        qCWarning(lcDemo) << "cannot create the sandbox role:" << error;
}

void LocalCluster::startWatchdog(qint64 ownerPid)
{
    if (!startClusterWatchdog(dataDir(), m_baseDir, ownerPid))
        qCWarning(lcDemo) << "cannot start the cluster watchdog; a killed process may leave a server behind";
}

bool LocalCluster::startServer(QString *error)
{
    if (m_baseDir.isEmpty()) {
        if (error)
            *error = u"start: the cluster was not created"_s;
        return false;
    }
    QString err;
    if (!runTool(u"start server"_s, u"pg_ctl"_s,
                 {u"-D"_s, dataDir(), u"-l"_s, m_baseDir + u"/server.log"_s, u"-w"_s, u"-t"_s, u"60"_s,
                  u"start"_s},
                 90000, &err)) {
        if (error)
            *error = u"%1\nserver.log:\n%2"_s.arg(err, serverLogTail());
        return false;
    }
    m_running = true;
    return true;
}

bool LocalCluster::stopServer(QString *error)
{
    if (postmasterPid() == 0) {
        m_running = false;
        return true;
    }
    QString err;
    if (!runTool(u"stop server"_s, u"pg_ctl"_s,
                 {u"-D"_s, dataDir(), u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s}, 90000,
                 &err)) {
        if (error)
            *error = u"%1\nserver.log:\n%2"_s.arg(err, serverLogTail());
        return false;
    }
    m_running = false;
    return true;
}

void LocalCluster::destroy()
{
    if (m_baseDir.isEmpty())
        return;
    if (const qint64 pid = postmasterPid()) {
        QString err;
        if (!stopServer(&err)) {
            qCWarning(lcDemo).noquote() << err;
            runTool(u"stop server"_s, u"pg_ctl"_s,
                    {u"-D"_s, dataDir(), u"-m"_s, u"immediate"_s, u"-w"_s, u"-t"_s, u"10"_s, u"stop"_s},
                    20000, nullptr);
        }
        QElapsedTimer timer;
        timer.start();
        while (isLiveProcess(pid) && timer.elapsed() < 5000)
            QThread::msleep(50);
        if (isLiveProcess(pid)) {
            qCWarning(lcDemo) << "postmaster" << pid << "did not stop; killing it";
            ::kill(pid_t(pid), SIGKILL);
        }
    }
    m_running = false;
    if (!QDir(m_baseDir).removeRecursively())
        qCWarning(lcDemo) << "cannot remove" << m_baseDir;
    m_baseDir.clear();
}

} // namespace dbpulse
