#include "core/db/sessionadmin.h"

#include "core/db/pgsession.h"

#include <memory>

#include <QCoreApplication>

namespace dbpulse {

namespace {

// Not "dbpulse": these are the user's actions, and the monitor hides its own sessions.
std::unique_ptr<PgSession> openAdmin(const Target &target, const QString &password, bool readOnly, QString *error)
{
    SessionOptions options = sessionDefaults(SessionPurpose::Admin);
    options.readOnly = readOnly;
    if (readOnly)
        options.statementTimeoutMs = 5000;
    return PgSession::open(target.conninfo, password, options, error);
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.toString().isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

BackendList listBackends(const Target &target, const QString &password)
{
    BackendList out;
    const auto session = openAdmin(target, password, true, &out.error);
    if (!session)
        return out;
    out.connected = true;
    const QueryResult r = session->exec(QStringLiteral(
        "SELECT pid, coalesce(usename, ''), coalesce(datname, ''), coalesce(application_name, ''),"
        " coalesce(host(client_addr), ''), coalesce(state, ''),"
        " coalesce(wait_event_type || ': ' || wait_event, ''), left(coalesce(query, ''), 4096),"
        " CASE WHEN state = 'active' THEN extract(epoch FROM clock_timestamp() - query_start) END,"
        " extract(epoch FROM clock_timestamp() - xact_start), extract(epoch FROM backend_start)::text"
        " FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"
        " ORDER BY query_start NULLS LAST"));
    if (!r.ok) {
        out.error = r.error;
        return out;
    }
    for (const QVariantList &v : r.rows) {
        BackendRow row;
        row.pid = v.at(0).toInt();
        row.user = v.at(1).toString();
        row.database = v.at(2).toString();
        row.application = v.at(3).toString();
        row.clientAddr = v.at(4).toString();
        row.state = v.at(5).toString();
        row.waitEvent = v.at(6).toString();
        row.query = v.at(7).toString();
        row.querySeconds = optionalDouble(v.at(8));
        row.transactionSeconds = optionalDouble(v.at(9));
        row.isOurs = row.application.startsWith(QLatin1String("dbpulse"));
        row.backendStart = v.at(10).toString();
        out.rows.append(row);
    }
    return out;
}

QString signalBackend(const Target &target, const QString &password, int pid, const QString &backendStart,
                      bool terminate)
{
    QString error;
    const auto session = openAdmin(target, password, false, &error);
    if (!session)
        return error;
    const QueryResult r = session->exec(
        QStringLiteral("SELECT %1(pid) FROM pg_stat_activity WHERE pid = $1::int"
                       " AND extract(epoch FROM backend_start) = $2::numeric")
            .arg(terminate ? QLatin1String("pg_terminate_backend") : QLatin1String("pg_cancel_backend")),
        {QString::number(pid), backendStart});
    if (!r.ok)
        return r.error;
    if (r.rows.isEmpty())
        return QCoreApplication::translate("Connection", "backend %1 has already ended; nothing was signalled").arg(pid);
    if (r.rows.value(0).value(0).toString() != QLatin1String("t"))
        return QCoreApplication::translate("Connection", "backend %1 was not signalled (it may have ended already)").arg(pid);
    return {};
}

} // namespace dbpulse
