#pragma once

#include "core/advisor/explainparameters.h"
#include "core/db/target.h"
#include "core/jobs/jobcontext.h"

#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief EXPLAIN output (FORMAT JSON) or why there is none. Value type.
struct ExplainResult
{
    QString json;
    QString note;   ///< e.g. "Generic plan: no values were given for $1…"
    QString error;
    /// Every $n of the statement with its type and the value bound (null: SQL NULL); empty when
    /// the statement has none.
    QList<ExplainParameter> parameters;
    bool genericPlan = false; ///< planned for no particular values (every parameter was NULL)

    /// "$2 was NULL: the plan may differ from real executions.", empty when none was NULL.
    QString nullNote() const { return nullParametersNote(parameters); }
};

/// EXPLAIN (FORMAT JSON) of \a sql, as the powerless sandbox role (core/db/sandbox.h, with its own
/// password) inside a read-only transaction that is rolled back, under statement_timeout
/// \a timeoutMs: \a sql is usually another role's, and planning runs its functions. With
/// \a analyze a reading statement really runs; one that writes fails (read-only).
///
/// Normalised pg_stat_statements texts ($1, $2…) take \a values: values[i] is bound to $(i+1) as a
/// parameter of the type the server infers (PQexecParams, never spliced into the text); a null
/// QString, or a value not given, is NULL. With at least one value the plan is made for those
/// values; with none, it is the generic plan (PREPARE, plan_cache_mode = force_generic_plan,
/// EXECUTE with NULLs). The result names every parameter, its type and what was bound, so the
/// caller can say which were NULL (ExplainResult::nullNote()).
///
/// Blocking: a Job's work. Cancelling \a context ends the connect or the statement.
/// \a database, when given, is the database the statement ran in (pg_stat_statements' dbid):
/// the sandbox logs in there instead of the target's, on the same server, so its tables resolve.
ExplainResult explainStatement(const Target &target, const QString &sql, bool analyze, int timeoutMs = 10000,
                               const JobContext &context = {}, const QString &database = {},
                               const QStringList &values = {});

/// The parameters of \a sql with the types the server infers for them (see describeParameters()),
/// in the same sandbox EXPLAIN uses; nothing is planned or run. Blocking: a Job's work.
ParameterDescription describeStatementParameters(const Target &target, const QString &sql, int timeoutMs = 10000,
                                                 const JobContext &context = {}, const QString &database = {});

} // namespace dbpulse
