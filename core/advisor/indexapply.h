#pragma once

#include "core/advisor/indexrecommendation.h"
#include "core/db/target.h"
#include "core/jobs/statementjob.h"

#include <QStringList>

namespace dbpulse {

/// \brief Progress of CREATE INDEX / REINDEX for StatementJob: one row (percent or NULL, text) from
/// pg_stat_progress_create_index for the backend pid $1 — blocks while scanning, tuples while loading
/// and validating, lockers while waiting. Any thread.
QString createIndexProgressSql();

/// \brief The job request that runs \a rec's DDL (exactly the text the user saw) on \a target, with
/// build progress for statements that create or rebuild an index. Any thread.
StatementJobRequest indexApplyRequest(const IndexRecommendation &rec, const Target &target, const QString &password);

/// \brief What a failed or cancelled concurrent build left behind: invalid indexes on \a rec's table
/// with \a rec's key columns, and the DDL that drops them. Value type.
struct IndexLeftovers
{
    QString error;      ///< set when the catalog could not be read
    QStringList indexes; ///< index names (in rec.schema)
    QString cleanupDdl; ///< one DROP INDEX CONCURRENTLY per line; empty when nothing was left
};

/// Looks for \a rec's leftovers (read-only). Blocking: a pool thread or the CLI.
IndexLeftovers findIndexLeftovers(const IndexRecommendation &rec, const Target &target, const QString &password);

} // namespace dbpulse
