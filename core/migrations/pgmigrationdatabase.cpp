// Blocking libpq for the runner: it runs on a worker thread (or the CLI's main thread), where
// waiting on the server is allowed, and migration statements must not inherit the monitoring
// sessions' read-only mode or 5 s statement_timeout.
#include "core/migrations/migrationdatabase.h"
#include "core/migrations/migrationlogging.h"

#include <QSqlDatabase>
#include <libpq-fe.h>
#include <mutex>

namespace dbpulse {

namespace {

// Fixed key so every DB Pulse runner, CLI or GUI, contends for the same lock in a database.
constexpr qint64 advisoryLockKey = 0x6462706d69677200; // "dbpmigr\0"

void noticeToLog(void *, const char *message)
{
    qCDebug(lcMigrations) << "server:" << QString::fromUtf8(message).trimmed();
}

class PgMigrationDatabase final : public MigrationDatabase
{
public:
    explicit PgMigrationDatabase(PGconn *conn, QString label)
        : m_conn(conn), m_label(std::move(label))
    {
        PQsetNoticeProcessor(m_conn, noticeToLog, nullptr);
        m_cancel = PQgetCancel(m_conn);
    }
    ~PgMigrationDatabase() override
    {
        {
            std::lock_guard lock(m_cancelMutex);
            PQfreeCancel(m_cancel);
            m_cancel = nullptr;
        }
        PQfinish(m_conn);
    }

    Dialect dialect() const override { return Dialect::PostgreSQL; }
    QString label() const override { return m_label; }

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
            if (const char *p = res ? PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION) : nullptr)
                r.position = QByteArray(p).toInt();
            r.connectionLost = PQstatus(m_conn) != CONNECTION_OK;
            if (r.error.isEmpty())
                r.error = QStringLiteral("the server closed the connection");
        }
        PQclear(res);
        return r;
    }

    void interrupt() override
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel) {
            char buf[256];
            PQcancel(m_cancel, buf, sizeof buf);
        }
    }

    bool tryLock(QString *error) override
    {
        // pg_try_advisory_lock returns at once: a runner that waits never sits inside a
        // statement, so it holds no snapshot a CREATE INDEX CONCURRENTLY would wait for.
        const SqlResult r = exec(QStringLiteral("SELECT pg_try_advisory_lock($1)"), {QString::number(advisoryLockKey)});
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        error->clear();
        return r.rows.value(0).value(0) == QLatin1String("t");
    }

    void unlock() override
    {
        exec(QStringLiteral("SELECT pg_advisory_unlock($1)"), {QString::number(advisoryLockKey)});
    }

private:
    PGconn *m_conn;
    QString m_label;
    std::mutex m_cancelMutex;
    PGcancel *m_cancel = nullptr;
};

} // namespace

MigrationDatabase::~MigrationDatabase() = default;

std::unique_ptr<MigrationDatabase> openSqliteMigrationDatabase(const QString &path, QString *error);

std::unique_ptr<MigrationDatabase> MigrationDatabase::open(const Target &target, const QString &password, QString *error)
{
    if (target.kind == DatabaseKind::SQLite)
        return openSqliteMigrationDatabase(target.sqlitePath, error);
    const QByteArray conninfo = target.conninfo.toUtf8();
    const QByteArray pw = password.toUtf8();
    const char *keys[] = {"dbname", "application_name", "connect_timeout", password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {conninfo.constData(), "dbpulse-migrate", "10", pw.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keys, values, 1);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        *error = conn ? QString::fromUtf8(PQerrorMessage(conn)).simplified() : QStringLiteral("out of memory");
        PQfinish(conn);
        return nullptr;
    }
    // Migrations may run for long and must write: undo whatever a role or database default says.
    PQclear(PQexec(conn, "SET statement_timeout = 0; SET default_transaction_read_only = off; SET client_min_messages = warning"));
    const QString label = QStringLiteral("%1 on %2:%3").arg(QString::fromUtf8(PQdb(conn)), QString::fromUtf8(PQhost(conn)), QString::fromUtf8(PQport(conn)));
    return std::make_unique<PgMigrationDatabase>(conn, label);
}

} // namespace dbpulse
