#include "core/db/sessionadmin.h"

#include <QRegularExpression>
#include "core/db/pghandles.h"

#include <libpq-fe.h>
#include <memory>

namespace dbpulse {

namespace {

using ConnPtr = PgConnPtr;
using ResultPtr = PgResultPtr;

ConnPtr open(const Target &target, const QString &password, QString *error)
{
    const QByteArray conninfo = target.conninfo.toUtf8();
    const QByteArray pw = password.toUtf8();
    // Not "dbpulse": these are the user's actions, and the monitor hides its own sessions.
    const char *keys[] = {"dbname", "application_name", "connect_timeout",
                          password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {conninfo.constData(), "dbpulse-admin", "10", pw.constData(), nullptr};
    ConnPtr conn(PQconnectdbParams(keys, values, 1));
    if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
        *error = conn ? QString::fromUtf8(PQerrorMessage(conn.get())).simplified() : QStringLiteral("out of memory");
        return nullptr;
    }
    return conn;
}

QString resultError(PGconn *conn, PGresult *res)
{
    const char *msg = res ? PQresultErrorMessage(res) : PQerrorMessage(conn);
    return QString::fromUtf8(msg).simplified();
}

bool exec(PGconn *conn, const char *sql, QString *error)
{
    ResultPtr res(PQexec(conn, sql));
    const ExecStatusType status = PQresultStatus(res.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    *error = resultError(conn, res.get());
    return false;
}

std::optional<double> optionalDouble(PGresult *res, int row, int column)
{
    if (PQgetisnull(res, row, column))
        return std::nullopt;
    return QByteArray(PQgetvalue(res, row, column)).toDouble();
}

} // namespace

SessionList listSessions(const Target &target, const QString &password)
{
    SessionList out;
    ConnPtr conn = open(target, password, &out.error);
    if (!conn)
        return out;
    exec(conn.get(), "SET statement_timeout = 5000", &out.error);
    ResultPtr res(PQexec(conn.get(),
        "SELECT pid, coalesce(usename, ''), coalesce(datname, ''), coalesce(application_name, ''),"
        " coalesce(host(client_addr), ''), coalesce(state, ''),"
        " coalesce(wait_event_type || ': ' || wait_event, ''), left(coalesce(query, ''), 4096),"
        " CASE WHEN state = 'active' THEN extract(epoch FROM clock_timestamp() - query_start) END,"
        " extract(epoch FROM clock_timestamp() - xact_start)"
        " FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"
        " ORDER BY query_start NULLS LAST"));
    if (PQresultStatus(res.get()) != PGRES_TUPLES_OK) {
        out.error = resultError(conn.get(), res.get());
        return out;
    }
    for (int r = 0; r < PQntuples(res.get()); ++r) {
        SessionRow row;
        row.pid = QByteArray(PQgetvalue(res.get(), r, 0)).toInt();
        row.user = QString::fromUtf8(PQgetvalue(res.get(), r, 1));
        row.database = QString::fromUtf8(PQgetvalue(res.get(), r, 2));
        row.application = QString::fromUtf8(PQgetvalue(res.get(), r, 3));
        row.clientAddr = QString::fromUtf8(PQgetvalue(res.get(), r, 4));
        row.state = QString::fromUtf8(PQgetvalue(res.get(), r, 5));
        row.waitEvent = QString::fromUtf8(PQgetvalue(res.get(), r, 6));
        row.query = QString::fromUtf8(PQgetvalue(res.get(), r, 7));
        row.querySeconds = optionalDouble(res.get(), r, 8);
        row.transactionSeconds = optionalDouble(res.get(), r, 9);
        row.isOurs = row.application.startsWith(QLatin1String("dbpulse"));
        out.rows.append(row);
    }
    out.error.clear();
    return out;
}

QString signalBackend(const Target &target, const QString &password, int pid, bool terminate)
{
    QString error;
    ConnPtr conn = open(target, password, &error);
    if (!conn)
        return error;
    const QByteArray pidText = QByteArray::number(pid);
    const char *params[] = {pidText.constData()};
    ResultPtr res(PQexecParams(conn.get(),
                               terminate ? "SELECT pg_terminate_backend($1::int)" : "SELECT pg_cancel_backend($1::int)",
                               1, nullptr, params, nullptr, nullptr, 0));
    if (PQresultStatus(res.get()) != PGRES_TUPLES_OK)
        return resultError(conn.get(), res.get());
    if (QByteArray(PQgetvalue(res.get(), 0, 0)) != "t")
        return QStringLiteral("backend %1 was not signalled (it may have ended already)").arg(pid);
    return {};
}

ExplainResult explainStatement(const Target &target, const QString &password, const QString &sql,
                               bool analyze, int timeoutMs)
{
    ExplainResult out;
    ConnPtr conn = open(target, password, &out.error);
    if (!conn)
        return out;
    QString body = sql.trimmed();
    while (body.endsWith(QLatin1Char(';')))
        body.chop(1);
    static const QRegularExpression placeholder(QStringLiteral("\\$(\\d+)"));
    int params = 0;
    for (auto it = placeholder.globalMatch(body); it.hasNext();)
        params = std::max(params, it.next().captured(1).toInt());

    const QByteArray timeout = "SET LOCAL statement_timeout = " + QByteArray::number(std::max(1, timeoutMs));
    // ROLLBACK whatever happens: EXPLAIN ANALYZE really executes the statement.
    if (!exec(conn.get(), "BEGIN", &out.error) || !exec(conn.get(), timeout.constData(), &out.error))
        return out;
    const QString options = analyze ? QStringLiteral("(ANALYZE, BUFFERS, FORMAT JSON)") : QStringLiteral("(FORMAT JSON)");
    QString explain;
    if (params > 0) {
        if (!exec(conn.get(), "SET LOCAL plan_cache_mode = force_generic_plan", &out.error)
            || !exec(conn.get(), (QStringLiteral("PREPARE dbpulse_explain AS ") + body).toUtf8().constData(), &out.error)) {
            QString ignored;
            exec(conn.get(), "ROLLBACK", &ignored);
            return out;
        }
        QStringList nulls;
        for (int i = 0; i < params; ++i)
            nulls << QStringLiteral("NULL");
        explain = QStringLiteral("EXPLAIN %1 EXECUTE dbpulse_explain(%2)").arg(options, nulls.join(QLatin1Char(',')));
        out.note = QStringLiteral("Generic plan: the statement is normalised ($1…), so its parameters were NULL.");
    } else {
        explain = QStringLiteral("EXPLAIN %1 %2").arg(options, body);
    }
    ResultPtr res(PQexec(conn.get(), explain.toUtf8().constData()));
    if (PQresultStatus(res.get()) == PGRES_TUPLES_OK && PQntuples(res.get()) > 0)
        out.json = QString::fromUtf8(PQgetvalue(res.get(), 0, 0));
    else
        out.error = resultError(conn.get(), res.get());
    QString ignored;
    exec(conn.get(), "ROLLBACK", &ignored);
    return out;
}

} // namespace dbpulse
