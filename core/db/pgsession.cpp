#include "core/db/pgsession.h"

#include "core/db/secretmask.h"
#include "core/db/target.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <cerrno>
#include <libpq-fe.h>
#include <poll.h>
#include <vector>

Q_LOGGING_CATEGORY(lcSession, "dbpulse.session", QtWarningMsg) // details: QT_LOGGING_RULES

namespace dbpulse {

namespace {

bool looksOnly(SessionPurpose purpose)
{
    switch (purpose) {
    case SessionPurpose::Monitor:
    case SessionPurpose::Advisor:
    case SessionPurpose::Doctor:
    case SessionPurpose::Sandbox:
        return true;
    case SessionPurpose::Backup:
    case SessionPurpose::Migrate:
    case SessionPurpose::Admin:
        return false;
    }
    return true;
}

// libpq prints server notices to stderr by default; keep the CLI's output clean.
void forwardNotice(void *, const char *message)
{
    qCDebug(lcSession) << "server notice:" << QString::fromUtf8(message).simplified();
}

QString connectError(PGconn *conn)
{
    return maskSecrets(conn ? QString::fromUtf8(PQerrorMessage(conn)).simplified() : QCoreApplication::translate("Connection", "out of memory"));
}

// How often a cancellable connect looks at its cancel flag.
constexpr int ConnectWakeMs = 100;

// The connect_timeout libpq settled on (the conninfo's, our startup parameter or
// PGCONNECT_TIMEOUT), in ms, at least 2 s as libpq has it; 0: none.
qint64 connectTimeoutOf(PGconn *conn)
{
    qint64 seconds = 0;
    if (PQconninfoOption *options = PQconninfo(conn)) {
        for (const PQconninfoOption *o = options; o->keyword; ++o) {
            if (qstrcmp(o->keyword, "connect_timeout") == 0 && o->val)
                seconds = QByteArray(o->val).trimmed().toLongLong();
        }
        PQconninfoFree(options);
    }
    return seconds > 0 ? std::max<qint64>(seconds, 2) * 1000 : 0;
}

// PQconnectdbParams cannot be interrupted, so a cancellable connect drives libpq's asynchronous
// API and wakes every ConnectWakeMs to look at the flag: a server that accepts and never answers
// no longer holds a cancelled job for the whole connect_timeout. libpq enforces no timeout on
// PQconnectPoll, so the loop does, per attempt as libpq does (restarted when libpq moves to the
// next address); unlike libpq it then gives up rather than trying the next host of a multi-host
// conninfo. nullptr with \a error set when cancelled or timed out.
PGconn *connectCancellable(const char *const *keys, const char *const *values, const std::atomic<bool> &cancel,
                           QString *error)
{
    PGconn *conn = PQconnectStartParams(keys, values, /*expand_dbname*/ 1);
    if (!conn || PQstatus(conn) == CONNECTION_BAD)
        return conn; // the caller reports libpq's error
    const qint64 limitMs = connectTimeoutOf(conn);
    QElapsedTimer attempt;
    attempt.start();
    int socket = PQsocket(conn);
    PostgresPollingStatusType status = PGRES_POLLING_WRITING; // libpq: start as if it asked to write
    while (status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED) {
        QString stop;
        if (cancel.load())
            stop = QCoreApplication::translate("Connection", "cancelled while connecting");
        else if (limitMs > 0 && attempt.elapsed() >= limitMs)
            stop = QCoreApplication::translate("Connection", "timeout expired after %1 s (connect_timeout)").arg(limitMs / 1000);
        if (!stop.isEmpty()) {
            if (error)
                *error = stop;
            PQfinish(conn);
            return nullptr;
        }
        pollfd fd{PQsocket(conn), short(status == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int ready = ::poll(&fd, 1, ConnectWakeMs);
        if (ready > 0 || (ready < 0 && errno != EINTR))
            status = PQconnectPoll(conn); // an error on the socket is libpq's to report
        if (PQsocket(conn) != socket) {
            socket = PQsocket(conn);
            attempt.restart();
        }
    }
    return conn;
}

} // namespace

QString applicationNameFor(SessionPurpose purpose)
{
    switch (purpose) {
    case SessionPurpose::Monitor: return QStringLiteral("dbpulse");
    case SessionPurpose::Advisor: return QStringLiteral("dbpulse-advisor");
    case SessionPurpose::Doctor: return QStringLiteral("dbpulse-doctor");
    case SessionPurpose::Backup: return QStringLiteral("dbpulse-backup");
    case SessionPurpose::Migrate: return QStringLiteral("dbpulse-migrate");
    case SessionPurpose::Admin: return QStringLiteral("dbpulse-admin");
    case SessionPurpose::Sandbox: return QStringLiteral("dbpulse-sandbox");
    }
    return QStringLiteral("dbpulse");
}

SessionOptions sessionDefaults(SessionPurpose purpose)
{
    SessionOptions o;
    o.purpose = purpose;
    o.readOnly = looksOnly(purpose);
    if (!o.readOnly) {
        // The user's own long actions (an index build, a migration, a restore) take what they
        // take; they are cancellable instead. Locks still give up rather than queue forever.
        o.statementTimeoutMs = 0;
        o.lockTimeoutMs = 0;
    }
    // A backup's snapshot transaction waits, idle, for pg_dump to finish with it.
    if (purpose == SessionPurpose::Backup)
        o.idleInTransactionTimeoutMs = 0;
    return o;
}

QList<QPair<QByteArray, QByteArray>> sessionStartupParams(const QString &conninfo, const QString &password,
                                                          const SessionOptions &options,
                                                          const QString &sslPassword)
{
    QList<QPair<QByteArray, QByteArray>> params;
    // expand_dbname: the first dbname may be a whole URI or keyword/value string; later entries
    // override what it set, so DB Pulse's own settings win over the conninfo's.
    if (!conninfo.trimmed().isEmpty())
        params.append({"dbname", conninfo.toUtf8()});
    if (!options.database.isEmpty())
        params.append({"dbname", options.database.toUtf8()});
    if (!options.user.isEmpty()) {
        params.append({"user", options.user.toUtf8()});
        // Another login role: the conninfo's password is not its password. Empty (not absent), so
        // libpq neither sends it nor takes PGPASSWORD, and looks in the password file instead.
        if (password.isEmpty())
            params.append({"password", QByteArray("")});
    }
    QString app = options.applicationName.isEmpty() ? applicationNameFor(options.purpose) : options.applicationName;
    // The user's own application_name (a saved connection's, a URI's) follows ours: every session
    // stays recognisably DB Pulse's (and is greyed as ours), and says whose it is.
    if (const auto values = conninfoValues(conninfo); values && !values->value(QStringLiteral("application_name")).isEmpty())
        app += QStringLiteral(" (%1)").arg(values->value(QStringLiteral("application_name")));
    params.append({"application_name", app.toUtf8()});
    // libpq treats connect_timeout below 2 s as 2 s; round up so we never wait less than asked.
    if (options.connectTimeoutMs > 0)
        params.append({"connect_timeout", QByteArray::number(std::max(2, (options.connectTimeoutMs + 999) / 1000))});
    // Our "options" replace any from the conninfo or PGOPTIONS. Read-only travels in the startup
    // packet so even the pinning statement runs read-only; everything else is SET afterwards, so
    // the session's reset values stay what the server, database and role configure (the doctor's
    // settings check judges those).
    params.append({"options", options.readOnly ? QByteArray("-c default_transaction_read_only=on") : QByteArray()});
    if (!password.isEmpty())
        params.append({"password", password.toUtf8()});
    // A keyword of its own rather than text appended to the conninfo, which may be a URI. Like
    // the password it stays in this process's memory (libpq has no environment variable for it).
    if (!sslPassword.isEmpty())
        params.append({"sslpassword", sslPassword.toUtf8()});
    return params;
}

QString sessionPinningSql(const SessionOptions &options)
{
    // One round trip, every function schema-qualified: nothing on the old search_path can shadow
    // them. Select-list items are evaluated in order, so the first column still sees the
    // search_path the server gave us.
    QString sql = QStringLiteral(
        "SELECT pg_catalog.current_setting('search_path'),"
        " pg_catalog.set_config('search_path', '%1', false),"
        " pg_catalog.set_config('statement_timeout', '%2', false),"
        " pg_catalog.set_config('lock_timeout', '%3', false),"
        " pg_catalog.set_config('idle_in_transaction_session_timeout', '%4', false)")
                      .arg(QLatin1String(pinnedSearchPath))
                      .arg(options.statementTimeoutMs)
                      .arg(options.lockTimeoutMs)
                      .arg(options.idleInTransactionTimeoutMs);
    // A row-level security policy is another role's code: with row_security off, a query it would
    // apply to fails instead of running it. Migrations are the user's own SQL and keep the default.
    if (options.purpose != SessionPurpose::Migrate)
        sql += QStringLiteral(", pg_catalog.set_config('row_security', 'off', false)");
    return sql;
}

PgSession::PgSession(pg_conn *conn, const SessionOptions &options)
    : m_conn(conn)
    , m_options(options)
    , m_cancel(PQgetCancel(conn))
{
}

PgSession::~PgSession()
{
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    PQfinish(m_conn);
}

std::unique_ptr<PgSession> PgSession::open(const QString &conninfo, const QString &password,
                                           const SessionOptions &options, QString *error)
{
    const auto params = sessionStartupParams(conninfo, password, options);
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const auto &p : params) {
        keys.push_back(p.first.constData());
        values.push_back(p.second.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = nullptr;
    if (options.cancelConnect) {
        QString stopped;
        conn = connectCancellable(keys.data(), values.data(), *options.cancelConnect, &stopped);
        if (!conn && !stopped.isEmpty()) {
            if (error)
                *error = stopped;
            return nullptr;
        }
    } else {
        conn = PQconnectdbParams(keys.data(), values.data(), /*expand_dbname*/ 1);
    }
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        if (error)
            *error = connectError(conn);
        PQfinish(conn);
        return nullptr;
    }
    PQsetNoticeProcessor(conn, forwardNotice, nullptr);
    std::unique_ptr<PgSession> session(new PgSession(conn, options));
    const QueryResult pinned = session->exec(sessionPinningSql(options));
    if (!pinned.ok || pinned.rows.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Connection", "could not prepare the session: %1").arg(pinned.error);
        return nullptr;
    }
    session->m_originalSearchPath = pinned.rows.at(0).at(0).toString();
    return session;
}

QueryResult PgSession::exec(const QString &sql, const QStringList &params)
{
    return exec(sql, params, {});
}

QueryResult PgSession::exec(const QString &sql, const QStringList &params, const QList<unsigned int> &types)
{
    QueryResult result;
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(params.size());
    for (const QString &p : params) {
        storage.push_back(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : storage.back().constData());
    }
    std::vector<Oid> oids(values.size(), 0);
    for (qsizetype i = 0; i < types.size() && i < qsizetype(oids.size()); ++i)
        oids[size_t(i)] = Oid(types.at(i));
    PGresult *res = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()),
                                 types.isEmpty() || oids.empty() ? nullptr : oids.data(),
                                 values.empty() ? nullptr : values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        result.error = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn)).simplified();
        if (result.error.isEmpty())
            result.error = QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
        if (res && PQresultErrorField(res, PG_DIAG_SQLSTATE))
            result.sqlState = QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE));
        qCDebug(lcSession) << "statement failed:" << result.sqlState << result.error;
        PQclear(res);
        return result;
    }
    result.ok = true;
    const int cols = PQnfields(res);
    for (int c = 0; c < cols; ++c)
        result.columns << QString::fromUtf8(PQfname(res, c));
    const int rows = PQntuples(res);
    result.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QVariantList row;
        row.reserve(cols);
        for (int c = 0; c < cols; ++c) {
            // fromUtf8 replaces invalid sequences, so odd bytes cannot break callers.
            row << (PQgetisnull(res, r, c) ? QVariant(QString())
                                           : QVariant(QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c))));
        }
        result.rows << row;
    }
    result.rowsAffected = QByteArray(PQcmdTuples(res)).toLongLong();
    PQclear(res);
    return result;
}

bool PgSession::run(const QString &sql, QString *error, const QStringList &params)
{
    const QueryResult r = exec(sql, params);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

bool PgSession::setTimeouts(int statementMs, int lockMs)
{
    return exec(QStringLiteral("SELECT pg_catalog.set_config('statement_timeout', $1, false),"
                               " pg_catalog.set_config('lock_timeout', $2, false)"),
                {QString::number(statementMs), QString::number(lockMs)})
        .ok;
}

QString PgSession::quoteIdent(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString PgSession::quoteIdentIfNeeded(const QString &name) const
{
    // Like the server's quote_ident(): "public.orders" reads better in a report than
    // "\"public\".\"orders\"", and stays valid SQL for the shown fix.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    static const QStringList keywords = QStringLiteral(
        "all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both case "
        "cast char character check coalesce collate collation column concurrently constraint create cross "
        "current_catalog current_date current_role current_schema current_time current_timestamp current_user dec "
        "decimal default deferrable desc distinct do else end except exists extract false fetch float for foreign "
        "freeze from full grant greatest group grouping having ilike in initially inner inout int integer intersect "
        "interval into is isnull join lateral leading least left like limit localtime localtimestamp national natural "
        "nchar none normalize not notnull null nullif numeric offset on only or order out outer overlaps overlay "
        "placing position precision primary real references returning right row select session_user setof similar "
        "smallint some substring symmetric system_user table tablesample then time timestamp to trailing treat trim "
        "true union unique user using values varchar variadic verbose when where window with").split(QLatin1Char(' '));
    if (plain.match(name).hasMatch() && !keywords.contains(name))
        return name;
    return quoteIdent(name);
}

QString PgSession::quoteLiteral(const QString &value) const
{
    const QByteArray utf8 = value.toUtf8();
    char *quoted = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return {};
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString PgSession::extensionSchema(const QString &extension)
{
    const auto cached = m_extensionSchemas.constFind(extension);
    if (cached != m_extensionSchemas.constEnd())
        return *cached;
    const QueryResult r = exec(QStringLiteral("SELECT n.nspname FROM pg_catalog.pg_extension e"
                                              " JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace"
                                              " WHERE e.extname = $1"),
                               {extension});
    const QString schema = (r.ok && !r.rows.isEmpty()) ? quoteIdent(r.rows.at(0).at(0).toString()) : QString();
    if (r.ok)
        m_extensionSchemas.insert(extension, schema);
    return schema;
}

QString PgSession::extensionObject(const QString &extension, const QString &object)
{
    const QString schema = extensionSchema(extension);
    return schema.isEmpty() ? QString() : schema + QLatin1Char('.') + quoteIdent(object);
}

int PgSession::serverVersion() const
{
    return PQserverVersion(m_conn);
}

QString PgSession::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgSession::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

bool PgSession::isEncrypted() const
{
    return PQsslInUse(m_conn) == 1;
}

bool PgSession::isOk() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

void PgSession::cancel()
{
    std::lock_guard lock(m_cancelMutex);
    char buffer[256];
    if (m_cancel)
        PQcancel(m_cancel, buffer, sizeof buffer);
}

} // namespace dbpulse
