#include "core/advisor/explain.h"

#include "core/db/pgsession.h"
#include "core/db/sandbox.h"

#include <QRegularExpression>
#include <memory>

namespace dbpulse {

ExplainResult explainStatement(const Target &target, const QString &sql, bool analyze, int timeoutMs,
                               const JobContext &context, const QString &database)
{
    ExplainResult out;
    // The statement is usually another role's (from pg_stat_statements or pg_stat_activity):
    // planning runs its functions, EXPLAIN ANALYZE runs all of it. Only ever as the sandbox role,
    // read-only, rolled back.
    SessionOptions options = sessionDefaults(SessionPurpose::Sandbox);
    options.statementTimeoutMs = std::max(1, timeoutMs);
    // The statement's own database: its tables are there, not in the target's.
    if (!database.isEmpty())
        options.database = database;
    const auto sandbox = openSandbox(target.conninfo, context.cancellableConnect(options), &out.error);
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

    const InterruptGuard interrupt(context, *sandbox);
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
    if (!out.error.isEmpty() && out.error.contains(QLatin1String("read-only transaction")))
        out.error += QStringLiteral(" (EXPLAIN ANALYZE runs in a read-only transaction: statements that write "
                                    "are only planned, never run)");
    return out;
}

} // namespace dbpulse
