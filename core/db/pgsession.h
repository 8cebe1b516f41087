#pragma once

#include "core/db/queryresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>

struct pg_conn;
struct pg_cancel;

namespace dbpulse {

/// \brief Why a session is opened; decides its application_name, whether it may write, and
/// its default timeouts (see sessionDefaults()).
enum class SessionPurpose {
    Monitor, ///< live figures; read-only
    Advisor, ///< index advice from catalogs and statistics; read-only
    Doctor,  ///< health checks; read-only
    Backup,  ///< row counts and facts around pg_dump/pg_restore; may create/drop databases
    Migrate, ///< runs the user's migrations; writes
    Admin,   ///< the user's confirmed actions (cancel, terminate, VACUUM, CREATE INDEX …); writes
    Sandbox, ///< plans statements other roles wrote, logged in as the powerless sandbox role
};

/// \brief How a session is opened. Defaults come from the purpose (sessionDefaults()).
struct SessionOptions
{
    SessionPurpose purpose = SessionPurpose::Monitor;
    int connectTimeoutMs = 10000;
    int statementTimeoutMs = 5000;          ///< 0: no limit
    int lockTimeoutMs = 2000;               ///< 0: no limit
    int idleInTransactionTimeoutMs = 60000; ///< 0: no limit
    bool readOnly = true;                   ///< default_transaction_read_only, from the startup packet on
    QString applicationName;                ///< empty: the purpose's ("dbpulse-advisor" …)
    /// Replaces the database named by the conninfo (e.g. a restore target); empty: the conninfo's.
    QString database;
    /// Replaces the login role of the conninfo (the sandbox role); empty: the conninfo's.
    QString user;
    /// When set, connecting gives up as soon as it turns true (a Job's cancel, see
    /// JobContext::cancellableConnect()); nullptr: libpq's own blocking connect.
    const std::atomic<bool> *cancelConnect = nullptr;
};

/// The defaults for \a purpose: look-only purposes are read-only with short timeouts; Migrate,
/// Admin and Backup may write and have no statement timeout of their own. Any thread.
SessionOptions sessionDefaults(SessionPurpose purpose);
/// "dbpulse-advisor" etc.; Monitor is "dbpulse".
QString applicationNameFor(SessionPurpose purpose);

/// The search_path every DB Pulse session runs its own SQL under. pg_temp named last so no
/// temporary object can shadow a catalog one; no schema another role can write is on it.
inline constexpr const char pinnedSearchPath[] = "pg_catalog, pg_temp";

/// The startup-packet keywords and values for a hardened session: the conninfo (expanded),
/// application_name, connect_timeout, password when given, and `options` carrying
/// default_transaction_read_only when \a readOnly, and the client key's passphrase when
/// \a sslPassword is given. Shared with the asynchronous PgConnection, so both paths open sessions
/// the same way. Any thread.
QList<QPair<QByteArray, QByteArray>> sessionStartupParams(const QString &conninfo, const QString &password,
                                                          const SessionOptions &options,
                                                          const QString &sslPassword = {});
/// The one statement that pins a fresh session (search_path, row_security off for look-only
/// purposes, timeouts). Its first column is the search_path the server gave the session before
/// it was pinned. Every function in it is schema-qualified, so it is safe as the first statement.
QString sessionPinningSql(const SessionOptions &options);

/// \brief The one blocking PostgreSQL session type, opened for a purpose.
///
/// open() connects (bounded by connect_timeout; cancellable with SessionOptions::cancelConnect),
/// then before anything else pins search_path to pinnedSearchPath, turns row_security off for
/// purposes that only look (a row-level policy is another role's code), and sets statement, lock
/// and idle-in-transaction timeouts. Look-only purposes are read-only from the startup packet on.
///
/// Lives in, and is used from, one thread (a Job's worker, a pool thread or the CLI's main
/// thread); cancel() alone may be called from any thread.
class PgSession
{
public:
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    /// Connects and pins the session. nullptr with \a error set on failure; the error never holds
    /// a password (see maskSecrets()).
    static std::unique_ptr<PgSession> open(const QString &conninfo, const QString &password,
                                           const SessionOptions &options, QString *error);

    /// Runs one statement with text parameters through PQexecParams (a null QString is SQL NULL).
    /// Values come back as QString (null for SQL NULL); the caller decides how to read them.
    QueryResult exec(const QString &sql, const QStringList &params = {});
    /// The same, with each parameter's type given (OIDs, 0: the server infers it): for values a
    /// person typed, bound as the type the statement was described with.
    QueryResult exec(const QString &sql, const QStringList &params, const QList<unsigned int> &types);
    /// Runs a command; false with the server's message in \a error (when given).
    bool run(const QString &sql, QString *error = nullptr, const QStringList &params = {});

    /// statement_timeout and lock_timeout for the statements that follow (0: no limit).
    bool setTimeouts(int statementMs, int lockMs);

    /// Always double-quoted (PQescapeIdentifier): keeps capitals, spaces and keywords intact.
    QString quoteIdent(const QString &name) const;
    /// Quoted only where needed, like the server's quote_ident(): for text shown to people.
    QString quoteIdentIfNeeded(const QString &name) const;
    /// A string literal (PQescapeLiteral), for the rare statement that cannot take parameters.
    QString quoteLiteral(const QString &value) const;

    /// The quoted schema an extension is installed in (from pg_extension), cached per session;
    /// empty when the extension is not installed in this database.
    QString extensionSchema(const QString &extension);
    /// "schema"."object" for an object of \a extension, or empty when it is not installed.
    QString extensionObject(const QString &extension, const QString &object);

    /// The search_path the server gave this session before it was pinned (the role's and
    /// database's setting): what the user's own SQL (a migration) expects.
    QString originalSearchPath() const { return m_originalSearchPath; }
    const SessionOptions &options() const { return m_options; }
    int serverVersion() const;
    /// The session's login role.
    QString user() const;
    QString database() const;
    /// True when the connection is TLS-encrypted (PQsslInUse).
    bool isEncrypted() const;
    bool isOk() const;

    /// Asks the server to cancel the running statement. Any thread.
    void cancel();

    /// For code that drives libpq's asynchronous API itself (PQsendQuery…). Same thread only.
    pg_conn *handle() const { return m_conn; }

private:
    PgSession(pg_conn *conn, const SessionOptions &options);

    pg_conn *m_conn = nullptr;
    SessionOptions m_options;
    QString m_originalSearchPath;
    QHash<QString, QString> m_extensionSchemas;
    mutable std::mutex m_cancelMutex;
    pg_cancel *m_cancel = nullptr;
};

} // namespace dbpulse
