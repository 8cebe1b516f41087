// The runner's PostgreSQL session is a PgSession (purpose Migrate): it runs on a worker thread
// (or the CLI's main thread), where waiting on the server is allowed, writes, and has no
// statement timeout. DB Pulse's own statements run under the pinned search_path with every
// table schema-qualified; the user's migration SQL runs under the search_path the role had
// before pinning (originalSearchPath()), so a migration behaves as it would in psql.
#include "core/db/pgsession.h"
#include "core/migrations/migrationdatabase.h"
#include "core/migrations/migrationlogging.h"

#include <QCoreApplication>
#include <QHash>
#include <libpq-fe.h>

namespace dbpulse {

namespace {

// Fixed key so every DB Pulse runner, CLI or GUI, contends for the same lock in a database.
constexpr qint64 advisoryLockKey = 0x6462706d69677200; // "dbpmigr\0"

class PgMigrationDatabase final : public MigrationDatabase
{
public:
    PgMigrationDatabase(std::unique_ptr<PgSession> session, QString label, QString currentSchema, QString schemas)
        : m_session(std::move(session))
        , m_conn(m_session->handle())
        , m_label(std::move(label))
        , m_currentSchema(std::move(currentSchema))
        , m_userSchemas(std::move(schemas))
    {
    }

    Dialect dialect() const override { return Dialect::PostgreSQL; }
    QString label() const override { return m_label; }
    QString databaseName() const override { return m_session->database(); }
    QString server() const override
    {
        return QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)));
    }

    SqlResult exec(const QString &sql, const QVariantList &params) override
    {
        const QByteArray text = sql.toUtf8();
        QList<QByteArray> values;
        QList<const char *> ptrs;
        for (const QVariant &v : params)
            values << (v.isNull() ? QByteArray() : v.toString().toUtf8());
        for (qsizetype i = 0; i < params.size(); ++i)
            ptrs << (params.at(i).isNull() ? nullptr : values.at(i).constData());
        // PQexec (simple protocol) when there are no parameters: some utility statements and
        // multi-command strings are refused by the extended protocol.
        PGresult *res = params.isEmpty() ? PQexec(m_conn, text.constData())
                                         : PQexecParams(m_conn, text.constData(), int(params.size()), nullptr,
                                                        ptrs.constData(), nullptr, nullptr, 0);
        SqlResult r;
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            r.ok = true;
            for (int row = 0; row < PQntuples(res); ++row) {
                QStringList cells;
                for (int c = 0; c < PQnfields(res); ++c)
                    cells << (PQgetisnull(res, row, c) ? QString() : QString::fromUtf8(PQgetvalue(res, row, c)));
                r.rows << cells;
            }
        } else {
            const char *severity = res ? PQresultErrorField(res, PG_DIAG_SEVERITY) : nullptr;
            const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
            if (primary) {
                r.error = QStringLiteral("%1: %2").arg(QString::fromUtf8(severity ? severity : "ERROR"), QString::fromUtf8(primary));
            } else {
                r.error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            }
            if (const char *d = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : nullptr)
                r.detail = QStringLiteral("DETAIL: ") + QString::fromUtf8(d);
            if (const char *h = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_HINT) : nullptr)
                r.detail += (r.detail.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("HINT: ") + QString::fromUtf8(h);
            if (const char *code = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr)
                r.sqlState = QString::fromLatin1(code);
            if (const char *p = res ? PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION) : nullptr)
                r.position = QByteArray(p).toInt();
            r.connectionLost = PQstatus(m_conn) != CONNECTION_OK;
            if (r.error.isEmpty())
                r.error = QCoreApplication::translate("Migrations", "the server closed the connection");
        }
        PQclear(res);
        return r;
    }

    void interrupt() override { m_session->cancel(); }

    bool useSearchPath(SearchPath path, bool local, QString *error) override
    {
        const QString value = path == SearchPath::User ? m_session->originalSearchPath() : QString::fromLatin1(pinnedSearchPath);
        const SqlResult r = exec(QStringLiteral("SELECT pg_catalog.set_config('search_path', $1, %1)").arg(local ? QStringLiteral("true") : QStringLiteral("false")),
                                 {value});
        if (!r.ok && error)
            *error = r.error;
        return r.ok;
    }

    QString qualifiedTable(const QString &table) override
    {
        // The first schema on the user's search_path that holds the table, as an unqualified
        // name in psql (or dbmate, or Flyway) would find it; else where psql would create it.
        const auto cached = m_tables.constFind(table);
        if (cached != m_tables.constEnd())
            return *cached;
        const SqlResult r = exec(QStringLiteral(
            "SELECT s.name FROM pg_catalog.unnest(CAST($1 AS pg_catalog.text[])) WITH ORDINALITY AS s(name, ord)"
            " JOIN pg_catalog.pg_namespace n ON n.nspname OPERATOR(pg_catalog.=) s.name"
            " JOIN pg_catalog.pg_class c ON c.relnamespace OPERATOR(pg_catalog.=) n.oid AND c.relname OPERATOR(pg_catalog.=) $2"
            " ORDER BY s.ord LIMIT 1"),
            {m_userSchemas, table});
        QString schema = r.ok && !r.rows.isEmpty() ? r.rows.at(0).value(0) : m_currentSchema;
        // No schema on the path exists: leave it unqualified so the server's error says so.
        const QString name = schema.isEmpty() ? m_session->quoteIdent(table)
                                              : m_session->quoteIdent(schema) + QLatin1Char('.') + m_session->quoteIdent(table);
        // Only a found table is cached: one not yet created may still appear (ensureTables).
        if (r.ok && !r.rows.isEmpty())
            m_tables.insert(table, name);
        return name;
    }

    bool tryLock(QString *error) override
    {
        // pg_try_advisory_lock returns at once: a runner that waits never sits inside a
        // statement, so it holds no snapshot a CREATE INDEX CONCURRENTLY would wait for.
        const SqlResult r = exec(QStringLiteral("SELECT pg_catalog.pg_try_advisory_lock(CAST($1 AS pg_catalog.int8))"), {QString::number(advisoryLockKey)});
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        error->clear();
        return r.rows.value(0).value(0) == QLatin1String("t");
    }

    void unlock() override
    {
        exec(QStringLiteral("SELECT pg_catalog.pg_advisory_unlock(CAST($1 AS pg_catalog.int8))"), {QString::number(advisoryLockKey)});
    }

private:
    std::unique_ptr<PgSession> m_session;
    PGconn *m_conn;
    QString m_label;
    QString m_currentSchema; ///< current_schema() under the user's search_path; empty: none exists
    QString m_userSchemas;   ///< current_schemas(false) under the user's search_path, as a text[] literal
    QHash<QString, QString> m_tables;
};

} // namespace

MigrationDatabase::~MigrationDatabase() = default;

std::unique_ptr<MigrationDatabase> openSqliteMigrationDatabase(const QString &path, QString *error);

std::unique_ptr<MigrationDatabase> MigrationDatabase::open(const Target &target, const QString &password, QString *error,
                                                          const JobContext &context)
{
    if (target.kind == DatabaseKind::SQLite)
        return openSqliteMigrationDatabase(target.sqlitePath, error);
    SessionOptions options = sessionDefaults(SessionPurpose::Migrate);
    std::unique_ptr<PgSession> session = PgSession::open(target.conninfo, password, context.cancellableConnect(options), error);
    if (!session)
        return nullptr;
    // Migrations may run for long and must write: undo whatever a role or database default says.
    // Then learn, once, where the user's search_path resolves names; inside a transaction that
    // is rolled back, so the session stays pinned. Only pg_catalog functions run meanwhile.
    QString e;
    if (!session->run(QStringLiteral("SELECT pg_catalog.set_config('default_transaction_read_only', 'off', false),"
                                     " pg_catalog.set_config('client_min_messages', 'warning', false)"), &e)
        || !session->run(QStringLiteral("BEGIN"), &e)
        || !session->run(QStringLiteral("SELECT pg_catalog.set_config('search_path', $1, true)"), &e, {session->originalSearchPath()})) {
        *error = QCoreApplication::translate("Migrations", "could not prepare the session: %1").arg(e);
        return nullptr;
    }
    const QueryResult where = session->exec(QStringLiteral("SELECT pg_catalog.current_schema(), CAST(pg_catalog.current_schemas(false) AS pg_catalog.text)"));
    session->run(QStringLiteral("ROLLBACK"));
    if (!where.ok || where.rows.isEmpty()) {
        *error = QCoreApplication::translate("Migrations", "could not read the search_path: %1").arg(where.error);
        return nullptr;
    }
    PGconn *conn = session->handle();
    const QString label = QStringLiteral("%1 on %2:%3").arg(QString::fromUtf8(PQdb(conn)), QString::fromUtf8(PQhost(conn)), QString::fromUtf8(PQport(conn)));
    return std::make_unique<PgMigrationDatabase>(std::move(session), label, where.rows.at(0).at(0).toString(),
                                                 where.rows.at(0).at(1).toString());
}

} // namespace dbpulse
