#pragma once

#include "core/metrics/lockgraph.h"
#include "core/metrics/replicationstatus.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace dbpulse {

/// \brief Client connections by state at the moment of a sample. Value type, any thread.
///
/// An active session is either on CPU (\c active: no wait event) or \c waiting (any wait event:
/// Lock, LWLock, IO, IPC, Client, Timeout…), never both; \c waitingByType splits \c waiting.
struct ConnectionCounts
{
    int total = 0;
    int active = 0;          ///< state active, no wait event (on CPU)
    int idle = 0;
    int idleInTransaction = 0;
    int waiting = 0;         ///< state active and waiting on any wait event; NOT counted in \c active
    int max = 0;             ///< max_connections
    QMap<QString, int> waitingByType; ///< \c waiting by pg_stat_activity.wait_event_type
    double usedRatio() const { return max > 0 ? double(total) / max : 0.0; }
};

/// \brief pg_stat_database counters turned into per-second rates over one interval (of one
/// database, or summed over the server's databases). Value type, any thread.
struct DatabaseRates
{
    double commitsPerSecond = 0;
    double rollbacksPerSecond = 0;
    double transactionsPerSecond = 0; ///< commits + rollbacks
    double blocksHitPerSecond = 0;
    double blocksReadPerSecond = 0;
    qint64 tempFiles = 0;             ///< temp files created during the interval
    qint64 tempBytes = 0;
    qint64 deadlocks = 0;             ///< deadlocks during the interval
};

/// \brief Buffer cache hit ratios (0…1) of the monitored database over one interval; empty when
/// no block of that kind was requested in the interval. Value type, any thread.
struct CacheHitRatio
{
    std::optional<double> table;
    std::optional<double> index;
};

/// \brief Estimated statement latency percentiles (ms) over one interval. These are estimates
/// from pg_stat_statements' per-statement moments, not measurements. Value type, any thread.
struct LatencyPercentiles
{
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
};

/// \brief What one statement (a queryid in one database, all its users' top-level entries
/// merged) did during one interval. Value type, any thread.
struct StatementInterval
{
    qint64 queryId = 0;
    quint32 dbId = 0;            ///< the database it ran in (pg_stat_statements.dbid)
    QString database;            ///< that database's name; empty when it was dropped
    QStringList users;           ///< the roles whose calls the interval counts, sorted
    qint64 calls = 0;            ///< calls during the interval (> 0)
    double totalMs = 0;          ///< execution time spent during the interval
    double meanMs = 0;
    double varianceMs2 = 0;      ///< population variance of the interval's calls, ≥ 0
    double minMs = 0;            ///< lifetime minimum (since reset): a bound, not an interval value
    double maxMs = 0;            ///< lifetime maximum (since reset)
    qint64 rows = 0;
    qint64 sharedBlksHit = 0;
    qint64 sharedBlksRead = 0;
    double p95Ms = 0;            ///< estimated from the fitted shape
};

/// \brief A budget a statement broke in an interval: its estimated p95 is above its class's budget.
struct BudgetBreach
{
    qint64 queryId = 0;
    QString queryClass;          ///< simple, complex, analytics, bulk
    double budgetMs = 0;
    double p95Ms = 0;
    qint64 calls = 0;
};

/// \brief One database of the server as the server's per-database list sees it (pg_stat_database
/// and pg_stat_activity), for the server view's breakdown. Value type, any thread.
struct DatabaseActivity
{
    quint32 dbId = 0;
    QString name;
    int connections = 0;                       ///< client backends connected to it now
    std::optional<double> transactionsPerSecond; ///< commits + rollbacks; absent in a gap or on its first read
    std::optional<double> cacheHit;            ///< all its blocks (tables, indexes, catalogs), 0…1; absent when none was read
};

/// \brief Figures that exist only for the whole server (every database of it), measured at the
/// same refresh as the target database's. Value type, any thread.
struct ServerFigures
{
    ConnectionCounts connections;     ///< every client backend; \c max is max_connections
    bool gap = true;                  ///< interval invalid for the server's rates
    QString gapReason;
    DatabaseRates rates;              ///< pg_stat_database summed over every database
    std::optional<qint64> checkpoints;   ///< checkpoints during the interval (absent: not readable here)
    double walBytesPerSecond = 0;     ///< WAL written (a standby: replayed) per second
    double uptimeSeconds = 0;         ///< since the postmaster started
    std::optional<double> longestTransactionSeconds; ///< oldest open transaction in any database
    double statementsPerSecond = 0;   ///< statements of every database (valid when the sample's are)
    /// Every database that allows connections, by name. The target database's rate leaves DB
    /// Pulse's own session out (as the sample's rates do); another database's includes any DB
    /// Pulse session monitoring it.
    QList<DatabaseActivity> databases;
};

/// \brief Everything one refresh of a PostgreSQL server produced: connections now, and rates,
/// ratios and latency over the interval since the previous refresh.
///
/// Scope: a target always names a database (the one connected to). Connections, rates, cache
/// ratios, longest query/transaction, statements/s, latency and budget breaches are that
/// database's; \c server holds what exists only per server (max_connections use, checkpoints,
/// WAL, uptime, every database's connections and rates), and \c blocking and \c replication are
/// the server's too. \c statements lists every database's statements, each with its database, so
/// the Queries page can show any of them; the figures above count only the target's. Emitted by PgMonitorWorker
/// (worker thread) and received as a copy on the GUI thread.
///
/// An interval is a gap (\c gap) when it cannot be measured: the first sample, a server restart,
/// a statistics reset, or counters that went backwards. Then only the instantaneous parts
/// (connections, longest query, locks, replication) are meaningful. Statement-derived values
/// have their own gap flag, because pg_stat_statements can be reset or evict entries on its own.
///
/// Statements may be read only every few refreshes (StatementsCadence). A refresh that did not
/// read them (\c statementsFresh false) repeats the last read's window values (statements/s,
/// latency, budget breaches, gap flag) so charts show the latest known value instead of a 0 or a
/// gap; its \c statements list is empty, because those intervals were delivered once already.
struct MetricsSample
{
    QDateTime time;                   ///< server clock at the sample
    QString database;                 ///< the target database (current_database())
    quint32 databaseId = 0;           ///< its oid
    double elapsedSeconds = 0;        ///< real server time since the previous sample; 0 for the first
    bool gap = true;                  ///< interval invalid for database rates and cache ratios
    QString gapReason;                ///< "first sample", "server restarted", "statistics reset", …

    /// Client connections to the target database; \c max is the most it may have (its CONNECTION
    /// LIMIT, else max_connections).
    ConnectionCounts connections;
    std::optional<double> longestQuerySeconds;       ///< longest running active statement in the database (not ours)
    std::optional<double> longestTransactionSeconds; ///< oldest open transaction in the database (not ours)

    DatabaseRates rates;
    CacheHitRatio cacheHitRatio;

    bool statementsAvailable = false; ///< pg_stat_statements readable
    QString statementsProblem;        ///< why not, with the fix (extension or privilege)
    QString statementTextsProblem;    ///< figures fine, but query texts unreadable (and why)
    bool statementsGap = true;        ///< statement values invalid for this interval
    QString statementsGapReason;
    double statementsPerSecond = 0;
    std::optional<LatencyPercentiles> latencyMs; ///< absent when nothing ran or in a gap
    bool statementsFresh = true;      ///< this refresh read pg_stat_statements
    double statementsWindowSeconds = 0; ///< server time between the two statements reads behind the values
    int statementsEvery = 1;          ///< statements are currently read every this many refreshes
    QList<StatementInterval> statements;         ///< every database's statements with calls in the interval
    QList<BudgetBreach> budgetBreaches;          ///< the target database's statements only

    ServerFigures server;             ///< the server's own figures (see above)

    /// Whether \a statement ran in the target database (the one its figures are about).
    bool inDatabase(const StatementInterval &statement) const { return statement.dbId == databaseId; }
    /// How many of \c statements ran in the target database.
    int databaseStatementCount() const;

    QList<BlockedSession> blocking;   ///< the lock-wait graph, server-wide (LockGraph analyses it)
    ReplicationStatus replication;    ///< standbys, slots, own receiver; server-wide

    QStringList notices;              ///< missing privileges and similar, with the grant that fixes them
    double collectMs = 0;             ///< wall time of our own queries for this refresh
};

inline int MetricsSample::databaseStatementCount() const
{
    int n = 0;
    for (const StatementInterval &s : statements)
        n += inDatabase(s) ? 1 : 0;
    return n;
}

} // namespace dbpulse

Q_DECLARE_METATYPE(dbpulse::MetricsSample)
