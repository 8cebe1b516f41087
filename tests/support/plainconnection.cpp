#include "tests/support/plainconnection.h"

#include <libpq-fe.h>

namespace dbpulse::test {

PlainConnection::PlainConnection(const QString &uri)
    : m_conn(PQconnectdb(uri.toUtf8().constData()))
{
    PQclear(PQexec(m_conn, "SET client_min_messages = warning"));  // no "does not exist, skipping" noise
}

PlainConnection::~PlainConnection()
{
    // A backend in pg_sleep() or a lock wait does not notice its client left: without a cancel it
    // would go on and show up in the next test's session checks.
    if (m_sent) {
        if (PGcancel *cancel = PQgetCancel(m_conn)) {
            char buffer[256];
            PQcancel(cancel, buffer, sizeof buffer);
            PQfreeCancel(cancel);
        }
    }
    PQfinish(m_conn);
}

bool PlainConnection::ok() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

QString PlainConnection::error() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn));
}

int PlainConnection::pid() const
{
    return PQbackendPID(m_conn);
}

QString PlainConnection::exec(const QString &sql)
{
    PGresult *r = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType s = PQresultStatus(r);
    const QString err = (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) ? QString() : QString::fromUtf8(PQresultErrorMessage(r));
    PQclear(r);
    return err;
}

bool PlainConnection::send(const QString &sql)
{
    m_sent = PQsendQuery(m_conn, sql.toUtf8().constData()) == 1;
    return m_sent;
}

} // namespace dbpulse::test
