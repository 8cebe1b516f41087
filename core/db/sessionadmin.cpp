#include "core/db/sessionadmin.h"

#include "core/db/pgsession.h"
#include "core/db/sandbox.h"

#include <QRegularExpression>
#include <memory>

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
        return QStringLiteral("backend %1 has already ended; nothing was signalled").arg(pid);
    if (r.rows.value(0).value(0).toString() != QLatin1String("t"))
        return QStringLiteral("backend %1 was not signalled (it may have ended already)").arg(pid);
    return {};
}

ExplainResult explainStatement(const Target &target, const QString &password, const QString &sql,
                               bool analyze, int timeoutMs, const std::function<void(PgSession *)> &onSession)
{
    Q_UNUSED(password) // the sandbox role logs in with its own password (core/db/sandbox.h)
    ExplainResult out;
    // The statement is usually another role's (from pg_stat_statements or pg_stat_activity):
    // planning runs its functions, EXPLAIN ANALYZE runs all of it. Only ever as the sandbox role,
    // read-only, rolled back.
    SessionOptions options = sessionDefaults(SessionPurpose::Sandbox);
    options.statementTimeoutMs = std::max(1, timeoutMs);
    const auto sandbox = openSandbox(target.conninfo, options, &out.error);
    if (!sandbox) {
        out.error = QStringLiteral("EXPLAIN runs only as the sandbox role: %1").arg(out.error);
        return out;
    }
    QString body = sql.trimmed();
    while (body.endsWith(QLatin1Char(';')))
        body.chop(1);
    static const QRegularExpression placeholder(QStringLiteral("\\$(\\d+)"));
    int params = 0;
    for (auto it = placeholder.globalMatch(body); it.hasNext();)
        params = std::max(params, it.next().captured(1).toInt());

    if (onSession)
        onSession(sandbox.get());
    const QString explainOptions = analyze ? QStringLiteral("(ANALYZE, BUFFERS, FORMAT JSON)") : QStringLiteral("(FORMAT JSON)");
    runRolledBack(*sandbox, [&] {
        QString explain;
        if (params > 0) {
            if (!sandbox->run(QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan"), &out.error)
                || !sandbox->run(QStringLiteral("PREPARE dbpulse_explain AS ") + body, &out.error))
                return false;
            QStringList nulls;
            for (int i = 0; i < params; ++i)
                nulls << QStringLiteral("NULL");
            explain = QStringLiteral("EXPLAIN %1 EXECUTE dbpulse_explain(%2)").arg(explainOptions, nulls.join(QLatin1Char(',')));
            out.note = QStringLiteral("Generic plan: the statement is normalised ($1…), so its parameters were NULL.");
        } else {
            explain = QStringLiteral("EXPLAIN %1 %2").arg(explainOptions, body);
        }
        // One statement only (extended protocol): a text with a second statement is refused.
        const QueryResult r = sandbox->exec(explain);
        if (r.ok && !r.rows.isEmpty())
            out.json = r.rows.first().first().toString();
        else
            out.error = r.error;
        return r.ok;
    }, &out.error);
    if (onSession)
        onSession(nullptr);
    if (!out.error.isEmpty() && out.error.contains(QLatin1String("read-only transaction")))
        out.error += QStringLiteral(" (EXPLAIN ANALYZE runs in a read-only transaction: statements that write "
                                    "are only planned, never run)");
    return out;
}

} // namespace dbpulse
