#pragma once

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace dbpulse {

/// \brief A libpq conninfo split so the password never reaches a child's argv: the settings
/// without the password, and the password on its own (for PGPASSWORD). Value type, any thread.
struct ConnSettings
{
    QList<QPair<QString, QString>> settings; ///< keyword → value, password removed
    QString password;                        ///< from the conninfo or given by the caller
    QString sslPassword;                     ///< the client key's passphrase, removed like the password

    /// Parses a libpq URI or keyword/value string (PQconninfoParse); nullopt with \a error on failure.
    static std::optional<ConnSettings> parse(const QString &conninfo, QString *error);

    QString value(const QString &keyword) const;
    QString database() const { return value(QStringLiteral("dbname")); }
    /// Keyword/value conninfo without a password, with dbname replaced when \a database is set.
    QString conninfo(const QString &database = {}) const;
    /// Keyword/value conninfo for our own libpq sessions: conninfo() plus the sslpassword (never
    /// handed to a child process).
    QString sessionConninfo(const QString &database = {}) const;
    /// The environment for pg_dump/pg_restore: the caller's, plus PGPASSWORD when we have one. An
    /// sslpassword has no environment variable: it goes into a service file in a private temporary
    /// folder (0700, file 0600) named by PGSERVICEFILE/PGSERVICE, which lives as long as this object.
    QProcessEnvironment environment() const;

private:
    mutable std::shared_ptr<QTemporaryDir> m_serviceDir;
};

class PgSession;

/// \brief A blocking hardened session (PgSession, purpose Backup) for job worker threads (never the
/// GUI thread), with a send/receive pair that lets the server work while pg_dump runs.
class BlockingPg
{
public:
    BlockingPg();
    ~BlockingPg();
    BlockingPg(const BlockingPg &) = delete;
    BlockingPg &operator=(const BlockingPg &) = delete;

    /// Connects to \a database (or the settings' own) within the settings' connect_timeout (10 s
    /// when unset).
    bool connect(const ConnSettings &settings, const QString &database, QString *error);
    /// Rows as text; nullopt with \a error when the statement fails.
    std::optional<QList<QStringList>> query(const QString &sql, const QStringList &params, QString *error);
    bool exec(const QString &sql, QString *error);
    /// Sends \a sql without waiting, so the server works while this thread does something else
    /// (e.g. runs pg_dump); receive() then waits for its rows. One statement at a time.
    bool send(const QString &sql, QString *error);
    /// Waits for the rows of send(). Once \a stopRequested (may be empty) says so it asks the server to
    /// stop (PQcancel) and returns nullopt with "cancelled"; a server that has not stopped within
    /// a few seconds (e.g. stuck reading a pipe) is disconnected, so a cancel is never held up.
    std::optional<QList<QStringList>> receive(QString *error, const std::function<bool()> &stopRequested = {});
    /// Asks the server to stop the statement in flight (PQcancel); receive() then reports it.
    void cancelRunning();
    /// Double-quoted identifier (PQescapeIdentifier).
    QString quoteIdentifier(const QString &name) const;
    int serverVersionNum() const;

private:
    static std::optional<QList<QStringList>> takeRows(PGresult *res, QString *error);

    std::unique_ptr<PgSession> m_session;
    PGconn *m_conn = nullptr; ///< m_session's handle, for the asynchronous API
};

} // namespace dbpulse
