#include "core/advisor/advisorsession.h"

#include "core/advisor/advisorlogging.h"

#include <libpq-fe.h>

namespace dbpulse {

namespace {

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

QString serverMessage(PGconn *conn, PGresult *res)
{
    const char *msg = res ? PQresultErrorMessage(res) : nullptr;
    if (!msg || !*msg)
        msg = PQerrorMessage(conn);
    return QString::fromUtf8(msg).trimmed();
}

} // namespace

QString quoteIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

AdvisorSession::AdvisorSession() = default;

AdvisorSession::~AdvisorSession()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool AdvisorSession::open(const Target &target, const QString &password, int connectTimeoutMs, int statementTimeoutMs)
{
    if (target.kind != DatabaseKind::PostgreSQL) {
        m_error = QStringLiteral("the index advisor needs a PostgreSQL target");
        return false;
    }
    // libpq treats connect_timeout below 2 s as 2 s; round up so we never wait less than asked.
    const QByteArray timeout = QByteArray::number(std::max(2, (connectTimeoutMs + 999) / 1000));
    const QByteArray conninfo = target.conninfo.toUtf8();
    const QByteArray pw = password.toUtf8();
    const char *keys[] = {"dbname", "connect_timeout", "application_name", password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {conninfo.constData(), timeout.constData(), "dbpulse-advisor", pw.constData(), nullptr};
    // expand_dbname=1: the first dbname may be a whole URI or keyword/value string.
    m_conn = PQconnectdbParams(keys, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        return false;
    }
    // Read-only: the advisor only looks; hypothetical indexes and PREPARE write nothing.
    QString err;
    if (!exec(QStringLiteral("SET default_transaction_read_only = on"), &err)
        || !exec(QStringLiteral("SET statement_timeout = %1").arg(statementTimeoutMs), &err)
        || !exec(QStringLiteral("SET lock_timeout = 2000"), &err)) {
        m_error = err;
        return false;
    }
    return true;
}

bool AdvisorSession::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

AdvisorRows AdvisorSession::query(const QString &sql, const QStringList &params)
{
    AdvisorRows out;
    if (!m_conn) {
        out.error = QStringLiteral("not connected");
        return out;
    }
    QList<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(params.size());
    for (const QString &p : params) {
        storage << p.toUtf8();
        values.push_back(p.isNull() ? nullptr : storage.last().constData());
    }
    ResultPtr res(PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                               values.empty() ? nullptr : values.data(), nullptr, nullptr, 0));
    const ExecStatusType st = PQresultStatus(res.get());
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        out.error = serverMessage(m_conn, res.get());
        qCDebug(lcAdvisor) << "query failed:" << out.error;
        return out;
    }
    out.ok = true;
    const int cols = PQnfields(res.get());
    for (int r = 0; r < PQntuples(res.get()); ++r) {
        QStringList row;
        row.reserve(cols);
        for (int c = 0; c < cols; ++c)
            row << (PQgetisnull(res.get(), r, c) ? QString() : QString::fromUtf8(PQgetvalue(res.get(), r, c)));
        out.rows << row;
    }
    return out;
}

bool AdvisorSession::exec(const QString &sql, QString *error)
{
    const AdvisorRows r = query(sql);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

int AdvisorSession::prepare(const QString &name, const QString &sql, QString *error)
{
    if (!m_conn)
        return -1;
    const QByteArray n = name.toUtf8();
    ResultPtr res(PQprepare(m_conn, n.constData(), sql.toUtf8().constData(), 0, nullptr));
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) {
        if (error)
            *error = serverMessage(m_conn, res.get());
        return -1;
    }
    ResultPtr desc(PQdescribePrepared(m_conn, n.constData()));
    if (PQresultStatus(desc.get()) != PGRES_COMMAND_OK) {
        if (error)
            *error = serverMessage(m_conn, desc.get());
        return -1;
    }
    return PQnparams(desc.get());
}

void AdvisorSession::cancel()
{
    if (!m_conn)
        return;
    if (PGcancel *c = PQgetCancel(m_conn)) {
        char buf[256];
        PQcancel(c, buf, sizeof buf);
        PQfreeCancel(c);
    }
}

} // namespace dbpulse
