#pragma once

#include "core/db/target.h"
#include "core/jobs/jobcontext.h"

#include <QString>

namespace dbpulse {

/// \brief EXPLAIN output (FORMAT JSON) or why there is none. Value type.
struct ExplainResult
{
    QString json;
    QString note;   ///< e.g. "generic plan: parameters $1… were unknown"
    QString error;
};

/// EXPLAIN (FORMAT JSON) of \a sql, as the powerless sandbox role (core/db/sandbox.h, with its own
/// password) inside a read-only transaction that is rolled back, under statement_timeout
/// \a timeoutMs: \a sql is usually another role's, and planning runs its functions. With
/// \a analyze a reading statement really runs; one that writes fails (read-only). Normalised
/// pg_stat_statements texts ($1, $2…) are explained as a generic plan via PREPARE, with NULL
/// arguments. Blocking: a Job's work. Cancelling \a context ends the connect or the statement.
/// \a database, when given, is the database the statement ran in (pg_stat_statements' dbid):
/// the sandbox logs in there instead of the target's, on the same server, so its tables resolve.
ExplainResult explainStatement(const Target &target, const QString &sql, bool analyze, int timeoutMs = 10000,
                               const JobContext &context = {}, const QString &database = {});

} // namespace dbpulse
