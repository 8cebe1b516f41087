#include "core/health/healthsession.h"

#include "core/health/healthlogging.h"

#include <QRegularExpression>
#include <libpq-fe.h>
#include <vector>

namespace dbpulse {

namespace {

// Until the runner sets each check's own limits (the facts query runs before the first check).
constexpr int initialStatementTimeoutMs = 5000;
constexpr int initialLockTimeoutMs = 1000;

} // namespace

HealthSession::HealthSession(pg_conn *conn)
    : m_conn(conn)
    , m_cancel(PQgetCancel(conn))
{
}

HealthSession::~HealthSession()
{
    if (m_cancel)
        PQfreeCancel(m_cancel);
    PQfinish(m_conn);
}

std::unique_ptr<HealthSession> HealthSession::connect(const QString &conninfo, const QString &password,
                                                      int timeoutMs, QString *error)
{
    // libpq treats connect_timeout below 2 s as 2 s; round up so we never wait less than asked.
    const QByteArray timeout = QByteArray::number(std::max(2, (timeoutMs + 999) / 1000));
    const QByteArray info = conninfo.toUtf8();
    const QByteArray pw = password.toUtf8();
    // Read-only travels in the startup packet, so even our first statement runs read-only. Our
    // "options" also replace any from the conninfo or PGOPTIONS: the session's reset values are
    // then what the server, database and role configure, which the settings check judges.
    const char *keys[] = {"dbname", "application_name", "connect_timeout", "options",
                          password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {info.constData(), "dbpulse-doctor", timeout.constData(),
                            "-c default_transaction_read_only=on", pw.constData(), nullptr};
    PGconn *conn = PQconnectdbParams(keys, values, 1);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        *error = conn ? QString::fromUtf8(PQerrorMessage(conn)).simplified() : QStringLiteral("out of memory");
        PQfinish(conn);
        return nullptr;
    }
    // The timeout is SET, not a startup option: a startup option would become the session's
    // reset value and hide a server without statement_timeout from the settings check.
    std::unique_ptr<HealthSession> session(new HealthSession(conn));
    if (!session->setTimeouts(initialStatementTimeoutMs, initialLockTimeoutMs)) {
        *error = QString::fromUtf8(PQerrorMessage(conn)).simplified();
        return nullptr;
    }
    return session;
}

QueryResult HealthSession::exec(const QString &sql, const QStringList &params)
{
    QueryResult result;
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(params.size());
    for (const QString &p : params) {
        storage.push_back(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : storage.back().constData());
    }
    PGresult *res = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        result.error = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn)).simplified();
        if (res && PQresultErrorField(res, PG_DIAG_SQLSTATE))
            result.sqlState = QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE));
        qCDebug(lcHealth) << "statement failed:" << result.sqlState << result.error;
        PQclear(res);
        return result;
    }
    result.ok = true;
    for (int c = 0; c < PQnfields(res); ++c)
        result.columns << QString::fromUtf8(PQfname(res, c));
    for (int r = 0; r < PQntuples(res); ++r) {
        QVariantList row;
        row.reserve(PQnfields(res));
        for (int c = 0; c < PQnfields(res); ++c)
            row << (PQgetisnull(res, r, c) ? QVariant(QString()) : QVariant(QString::fromUtf8(PQgetvalue(res, r, c))));
        result.rows << row;
    }
    result.rowsAffected = QByteArray(PQcmdTuples(res)).toLongLong();
    PQclear(res);
    return result;
}

bool HealthSession::setTimeouts(int statementMs, int lockMs)
{
    const QueryResult r = exec(QStringLiteral("SELECT set_config('statement_timeout', $1, false),"
                                              " set_config('lock_timeout', $2, false)"),
                               {QString::number(statementMs), QString::number(lockMs)});
    return r.ok;
}

QString HealthSession::quoteIdent(const QString &name) const
{
    // Quote only when needed, like the server's quote_ident(): "public.orders" reads better in a
    // report than "\"public\".\"orders\"", and stays valid SQL for the shown fix.
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
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

void HealthSession::cancel()
{
    char buffer[256];
    if (m_cancel)
        PQcancel(m_cancel, buffer, sizeof buffer);
}

bool HealthSession::isOk() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

} // namespace dbpulse
