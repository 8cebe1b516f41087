#include "core/advisor/explain.h"

#include "core/advisor/typedprepare.h"
#include "core/db/pgsession.h"
#include "core/db/sandbox.h"

#include <algorithm>
#include <memory>

#include <QCoreApplication>

namespace dbpulse {

namespace {

// The statement is usually another role's (from pg_stat_statements or pg_stat_activity): planning
// runs its functions, EXPLAIN ANALYZE runs all of it. Only ever as the sandbox role.
std::unique_ptr<PgSession> openExplainSandbox(const Target &target, int timeoutMs, const JobContext &context,
                                              const QString &database, QString *error)
{
    SessionOptions options = sessionDefaults(SessionPurpose::Sandbox);
    options.statementTimeoutMs = std::max(1, timeoutMs);
    // The statement's own database: its tables are there, not in the target's.
    if (!database.isEmpty())
        options.database = database;
    auto sandbox = openSandbox(target.conninfo, context.cancellableConnect(options), error);
    if (!sandbox)
        *error = QStringLiteral("EXPLAIN runs only as the sandbox role: %1").arg(*error);
    return sandbox;
}

bool anyValue(const QList<ExplainParameter> &parameters)
{
    return std::any_of(parameters.cbegin(), parameters.cend(), [](const ExplainParameter &p) { return !p.value.isNull(); });
}

} // namespace

ExplainResult explainStatement(const Target &target, const QString &sql, bool analyze, int timeoutMs,
                               const JobContext &context, const QString &database, const QStringList &values)
{
    ExplainResult out;
    const auto sandbox = openExplainSandbox(target, timeoutMs, context, database, &out.error);
    if (!sandbox)
        return out;
    const QString body = explainableBody(sql);
    const InterruptGuard interrupt(context, *sandbox);
    const QString explainOptions = analyze ? QStringLiteral("(ANALYZE, BUFFERS, FORMAT JSON)") : QStringLiteral("(FORMAT JSON)");
    // Read-only and rolled back: describing, planning and running the statement.
    runRolledBack(*sandbox, [&] {
        ParameterDescription described = describeParameters(*sandbox, body);
        if (!described.error.isEmpty()) {
            out.error = described.error;
            return false;
        }
        out.parameters = described.parameters;
        if (values.size() > out.parameters.size()) {
            out.error = QCoreApplication::translate("Advisor", "%1 parameter value(s) given, but the statement has %n parameter(s)", nullptr, int(out.parameters.size()))
                            .arg(values.size());
            return false;
        }
        QStringList bound;
        QList<unsigned int> types;
        for (ExplainParameter &p : out.parameters) {
            p.value = values.value(p.number - 1); // null when not given
            bound << p.value;
            types << p.typeOid;
        }
        QueryResult r;
        if (out.parameters.isEmpty()) {
            r = sandbox->exec(QStringLiteral("EXPLAIN %1 %2").arg(explainOptions, body));
        } else if (!anyValue(out.parameters)) {
            // No values at all: a custom plan for NULLs is usually "One-Time Filter: false", which
            // says nothing. The generic plan is the one the server falls back on for any values.
            if (!sandbox->run(QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan"), &out.error))
                return false;
            QList<unsigned int> given;
            for (const ExplainParameter &p : std::as_const(out.parameters))
                given << (p.typeGiven ? p.typeOid : 0);
            const TypedPrepare prepared = prepareTyped(*sandbox, QStringLiteral("dbpulse_explain"), body, given);
            if (!prepared.ok) {
                out.error = prepared.error;
                return false;
            }
            QStringList nulls;
            for (qsizetype i = 0; i < out.parameters.size(); ++i)
                nulls << QStringLiteral("NULL");
            r = sandbox->exec(QStringLiteral("EXPLAIN %1 EXECUTE dbpulse_explain(%2)").arg(explainOptions, nulls.join(QLatin1Char(','))));
            out.genericPlan = true;
            out.note = QCoreApplication::translate("Advisor", "Generic plan: no parameter values were given.");
        } else {
            // The values travel as parameters of the EXPLAIN itself (extended protocol), typed as
            // described: the planner sees them as constants and plans for them, and no value can
            // change the statement's text.
            r = sandbox->exec(QStringLiteral("EXPLAIN %1 %2").arg(explainOptions, body), bound, types);
        }
        const QString typesNote = givenTypesNote(out.parameters);
        if (!typesNote.isEmpty())
            out.note = out.note.isEmpty() ? typesNote : out.note + QLatin1Char(' ') + typesNote;
        // One statement only (extended protocol): a text with a second statement is refused.
        if (r.ok && !r.rows.isEmpty())
            out.json = r.rows.first().first().toString();
        else
            out.error = r.error;
        return r.ok;
    }, &out.error);
    if (!out.error.isEmpty() && out.error.contains(QLatin1String("read-only transaction")))
        out.error = QCoreApplication::translate("Advisor", "%1 (EXPLAIN ANALYZE runs in a read-only transaction: statements that write "
                                    "are only planned, never run)").arg(out.error);
    return out;
}

ParameterDescription describeStatementParameters(const Target &target, const QString &sql, int timeoutMs,
                                                 const JobContext &context, const QString &database)
{
    ParameterDescription out;
    const auto sandbox = openExplainSandbox(target, timeoutMs, context, database, &out.error);
    if (!sandbox)
        return out;
    const InterruptGuard interrupt(context, *sandbox);
    runRolledBack(*sandbox, [&] {
        out = describeParameters(*sandbox, explainableBody(sql));
        return out.error.isEmpty();
    }, &out.error);
    return out;
}

} // namespace dbpulse
