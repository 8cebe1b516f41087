#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace dbpulse {

/// \brief Options for a throwaway PostgreSQL cluster.
struct LocalClusterOptions
{
    int port = 0;                     ///< 0: pick a free port
    bool preloadStatements = true;    ///< shared_preload_libraries = pg_stat_statements
    QStringList extraSettings;        ///< more postgresql.conf lines
    /// The process whose end removes the cluster (its watchdog's owner); 0: this process. A cluster
    /// shared by a whole test run is watched by the test driver, not by the program that made it.
    qint64 ownerPid = 0;
};

/// \brief A private PostgreSQL cluster in a temporary directory: initdb (as an unprivileged user
/// when running as root), start on 127.0.0.1, stop, delete. Used by `dbpulse-cli demo` and by
/// the integration-test fixture. Blocking: use from the CLI, a test, or a worker thread — never
/// from the GUI thread. The destructor stops the server and removes the directory.
///
/// Other local users must not reach it: TCP logins need a SCRAM password (random, generated at
/// initdb), which libpq reads from the cluster's own 0600 password file that uri() names; the Unix
/// socket, which trusts, lives in the 0700 base directory.
class LocalCluster
{
public:
    LocalCluster() = default;
    ~LocalCluster();
    LocalCluster(const LocalCluster &) = delete;
    LocalCluster &operator=(const LocalCluster &) = delete;

    /// The directory holding initdb/pg_ctl/postgres (the first in $DBPULSE_PG_BINDIR, a list like
    /// PATH, that has them; else `pg_config --bindir`,
    /// else the newest /usr/lib/postgresql/*/bin, else PATH), or empty with \a error saying how to
    /// install them.
    static QString findServerBinDir(QString *error = nullptr);

    /// initdb + start + wait until it accepts connections. On failure \a error names the step.
    bool create(const LocalClusterOptions &options, QString *error);
    /// Stops the server keeping the data (tests: simulate a server going away).
    bool stopServer(QString *error = nullptr);
    /// Starts a stopped server again on the same port.
    bool startServer(QString *error = nullptr);
    /// Stops the server and deletes the directory. Safe to call twice.
    void destroy();
    /// Leaves the cluster running when this object goes: another process attach()es to it and
    /// destroys it later (its watchdog still removes it when the owner process ends).
    void release() { m_released = true; }
    /// The running cluster another process created in \a baseDir and released; nullptr with
    /// \a error when there is none or it does not answer. Destroying the result leaves it running
    /// unless destroy() is called.
    static std::unique_ptr<LocalCluster> attach(const QString &baseDir, QString *error);

    bool isRunning() const;
    int port() const { return m_port; }
    QString dataDir() const;
    QString superuser() const { return QStringLiteral("dbpulse"); }
    /// postgresql://USER@127.0.0.1:PORT/DBNAME?passfile=PGPASSFILE — \a user (default: the
    /// superuser) logs in with its password from pgpassFile(); no password is in the URI.
    QString uri(const QString &database = QStringLiteral("postgres"), const QString &user = {}) const;
    /// The libpq password file holding the passwords of the superuser, the sandbox role and every
    /// role given addPasswordLogin(); 0600, owned by this process's user.
    QString pgpassFile() const;
    /// Gives the existing \a role a random password (the server gets only its SCRAM verifier) and
    /// its line in pgpassFile(), so uri(database, role) logs it in. False with \a error.
    bool addPasswordLogin(const QString &role, QString *error = nullptr);

    /// The temporary directory holding data/, server.log and the Unix socket; empty before create().
    QString baseDir() const { return m_baseDir; }
    /// The postmaster's pid from data/postmaster.pid, or 0 when it is not running.
    qint64 postmasterPid() const;
    /// The last \a lines lines of server.log (for error messages).
    QString serverLogTail(int lines = 15) const;

private:
    /// Runs a server binary (via runuser when we are root); returns false with \a error naming \a step.
    bool runTool(const QString &step, const QString &tool, const QStringList &args, int timeoutMs,
                 QString *error) const;
    bool initdb(QString *error);
    bool configure(const LocalClusterOptions &options, QString *error);
    void createExtensions();
    void createSandboxRole();
    void startWatchdog(qint64 ownerPid);

    QString m_baseDir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false; ///< we are root: the server runs as the `postgres` account
    bool m_released = false;       ///< another process owns the cluster's life
};

} // namespace dbpulse
