#pragma once

#include "core/advisor/indexrecommendation.h"
#include "core/advisor/missingindexrule.h"
#include "core/db/target.h"
#include "core/jobs/jobcontext.h"

#include <QStringList>

namespace dbpulse {

/// \brief What an advisor run looks at and how strict it is. Value type.
struct AdvisorOptions
{
    qint64 unusedMaxScans = 0;            ///< an index with at most this many scans counts as unused
    qint64 bloatMinBytes = 1024 * 1024;   ///< ignore bloat that would reclaim less
    int connectTimeoutMs = 10000;
    int statementTimeoutMs = 30000;
    MissingIndexOptions missing;
};

/// \brief Result of one advisor run. Value type.
struct AdvisorReport
{
    bool connected = false;
    QString error;        ///< set when the run failed (connect error or a catalog query)
    QStringList notes;    ///< what limited the analysis (no hypopg, no pg_stat_statements, …)
    /// No usable sandbox role: other roles' statements were not planned (setUpSandbox() fixes it).
    bool sandboxMissing = false;
    IndexRecommendations recommendations;
};

/// Runs every rule against \a target and returns the advice, sorted. Blocking: call it from a
/// Job's work or the CLI, never the GUI thread. Cancelling \a context ends the connect or the
/// running statement at once (error "cancelled").
AdvisorReport analyzeIndexes(const Target &target, const QString &password, const AdvisorOptions &options = {},
                             const JobContext &context = {});

} // namespace dbpulse
