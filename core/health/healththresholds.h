#pragma once

#include <QString>

namespace dbpulse {

/// \brief Every limit the doctor compares against, with the defaults from the design. A JSON file
/// (`--thresholds FILE`) overrides any subset by key; docs/doctor.md lists the keys. Value type.
struct HealthThresholds
{
    // Sessions.
    double connectionsWarningPct = 80;
    double connectionsCriticalPct = 95;
    double idleInTransactionWarningS = 30;
    double idleInTransactionCriticalS = 300;
    double longQueryWarningS = 30;
    double longQueryCriticalS = 300;
    double lockWaitWarningS = 5;
    double lockWaitCriticalS = 60;
    // Cache.
    double tableHitWarningPct = 99;
    double indexHitWarningPct = 95;
    double cacheMinBlocks = 10000;       ///< hit+read blocks before a ratio means anything
    // Vacuum and bloat.
    double deadTupleWarningPct = 20;
    double deadTupleCriticalPct = 50;
    double deadTupleMinRows = 1000;      ///< small tables churn harmlessly
    double autovacuumLagHours = 24;      ///< over the trigger and not vacuumed for this long
    double bloatWarningPct = 50;         ///< share of a table or btree index that is dead or free space
    double bloatMinBytes = 10485760;     ///< smaller waste is not worth a rewrite
    double bloatMeasuredTables = 20;     ///< largest tables measured with pgstattuple_approx when installed
    // Wraparound, as a share of the ~2^31 transaction IDs a database can age.
    double xidWarningPct = 50;
    double xidCriticalPct = 75;
    // Foreign keys.
    double orphanSampleRows = 1000000;   ///< child tables estimated larger are sampled
    double orphanSamplePct = 1;          ///< TABLESAMPLE SYSTEM percentage for those
    double orphanLimit = 1000;           ///< stop counting orphans of one key here
    double orphanBudgetS = 60;           ///< all foreign keys together; the rest is "not checked"
    // Indexes.
    double unusedIndexMinDays = 7;       ///< the index advisor's usage window before "unused" is said
    // Settings.
    double sharedBuffersMinMB = 128;     ///< the floor when the server's RAM is not given
    double ramMB = 0;                    ///< the server's RAM (SQL cannot see it); 0: not given
    /// A throwaway cluster (tests, development; "throwaway_cluster": true, `--throwaway`):
    /// fsync or full_page_writes off is info there, critical anywhere else.
    bool throwawayCluster = false;
    // Budgets (ms) per query class, and the calls a statement needs before it is judged.
    double budgetSimpleMs = 10;
    double budgetComplexMs = 100;
    double budgetAnalyticsMs = 1000;
    double budgetBulkMs = 5000;
    double budgetMinCalls = 5;           ///< calls an interval between two runs needs to be judged
    /// A breach counts (a warning, in the score) only when sustained: over budget in at least
    /// this many of the last budgetWindowIntervals measured intervals between doctor runs.
    /// Fewer breaches are reported as transient, without points.
    double budgetSustainedIntervals = 2;
    double budgetWindowIntervals = 3;
    /// Samples of pg_stat_activity each run takes of what running statements wait on, and the
    /// time between them; a breach says whether its time went to lock, I/O or its own work.
    double budgetWaitSamples = 10;
    double budgetWaitIntervalMs = 100;
    // SQLite.
    double freelistWarningPct = 25;
    // Per-check statement_timeout and lock_timeout (ms).
    double checkTimeoutMs = 5000;
    double lockTimeoutMs = 1000;

    /// Reads a JSON object of overrides from \a path; false with \a error naming the bad key/file.
    bool loadFile(const QString &path, QString *error);
};

} // namespace dbpulse
