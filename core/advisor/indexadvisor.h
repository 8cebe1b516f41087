#pragma once

#include "core/advisor/droprules.h"
#include "core/advisor/indexrecommendation.h"
#include "core/advisor/usagewindow.h"
#include "core/advisor/missingindexrule.h"
#include "core/db/target.h"
#include "core/jobs/jobcontext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace dbpulse {

/// \brief What an advisor run looks at and how strict it is. Value type.
struct AdvisorOptions
{
    qint64 unusedMaxScans = 0;            ///< an index with at most this many scans counts as unused
    /// "unused" is judged only over a usage window at least this long (UnusedPolicy)
    qint64 unusedMinWindowS = UnusedPolicy::defaultMinWindowS;
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
    QDateTime analyzedAt;      ///< when the run started, UTC
    UsageWindow usage;         ///< what the scan counters covered (PostgreSQL; unknown for SQLite)
    qint64 unusedMinWindowS = -1; ///< the window "unused" needed; -1 when usage is not judged (SQLite)
    bool unusedJudged = false; ///< the window was long enough: unused indexes were judged

    /// "analyzed 2024-05-01 10:00 UTC; scan counters cover 3 d 4 h since …": for the page and the CLI.
    QString describeRun() const;
    /// analyzed_at, usage_window, unused_min_window_s, unused_judged, notes and recommendations.
    QJsonObject toJson() const;
};

/// Runs every rule against \a target and returns the advice, sorted. Blocking: call it from a
/// Job's work or the CLI, never the GUI thread. Cancelling \a context ends the connect or the
/// running statement at once (error "cancelled").
AdvisorReport analyzeIndexes(const Target &target, const QString &password, const AdvisorOptions &options = {},
                             const JobContext &context = {});

} // namespace dbpulse
