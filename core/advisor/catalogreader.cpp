#include "core/advisor/catalogreader.h"

#include "core/advisor/advisorlogging.h"

#include "core/db/pgsession.h"

#include <libpq-fe.h>

#include <QCoreApplication>

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

CatalogReader::CatalogReader() = default;
CatalogReader::~CatalogReader() = default;

bool CatalogReader::open(const Target &target, const QString &password, int connectTimeoutMs, int statementTimeoutMs,
                         const JobContext &context)
{
    if (target.kind != DatabaseKind::PostgreSQL) {
        m_error = QCoreApplication::translate("Advisor", "the index advisor needs a PostgreSQL target");
        return false;
    }
    // A hardened session: read-only from the startup packet, search_path pinned to pg_catalog so
    // no function another role planted can shadow one our catalog queries call.
    SessionOptions options = sessionDefaults(SessionPurpose::Advisor);
    options.connectTimeoutMs = connectTimeoutMs;
    options.statementTimeoutMs = statementTimeoutMs;
    m_session = PgSession::open(target.conninfo, password, context.cancellableConnect(options), &m_error);
    m_conn = m_session ? m_session->handle() : nullptr;
    return m_session != nullptr;
}

bool CatalogReader::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

AdvisorRows CatalogReader::query(const QString &sql, const QStringList &params)
{
    AdvisorRows out;
    if (!m_conn) {
        out.error = QCoreApplication::translate("Advisor", "not connected");
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

bool CatalogReader::exec(const QString &sql, QString *error)
{
    const AdvisorRows r = query(sql);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

void CatalogReader::cancel()
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
