#pragma once

#include "core/advisor/catalogrules.h"
#include "core/advisor/indexrecommendation.h"
#include "core/jobs/jobcontext.h"

#include <QStringList>

namespace dbpulse {

class CatalogReader;
class PgSession;

/// \brief Tunables of the missing-index rule. Value type.
struct MissingIndexOptions
{
    int maxStatements = 200;        ///< the most expensive statements of pg_stat_statements looked at
    qint64 minCalls = 2;
    double minTableRows = 10000;    ///< smaller tables scan fast enough
    double minCostCut = 0.5;        ///< with hypopg: keep candidates that cut the statement's cost this much
    double maxHeuristicSelectivity = 0.05; ///< without hypopg: the scan must keep at most this share of rows
    bool useHypopg = true;
};

/// \brief Finds indexes the workload lacks: generic plans of pg_stat_statements' statements, candidate
/// columns from their sequential scans' filters, confirmed by HypoPG what-if plans when installed.
/// Statistics and catalogs are read through \a session; statements are planned only in \a planner,
/// a sandbox session (core/db/sandbox.h), since planning runs the functions they call. Without a
/// planner there is no advice, and \a notes says why (\a noPlannerReason).
/// Blocking; runs on the thread that owns the sessions. \a notes receives what limited the analysis.
IndexRecommendations findMissingIndexes(CatalogReader &session, PgSession *planner, const QString &noPlannerReason,
                                        const CatalogSnapshot &catalog, const MissingIndexOptions &options,
                                        QStringList *notes, const JobContext &context = {});

} // namespace dbpulse
