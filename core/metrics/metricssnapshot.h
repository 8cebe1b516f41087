#pragma once

#include <QHash>
#include <QHashFunctions>
#include <QString>
#include <QtGlobal>

namespace dbpulse {

/// \brief Cumulative counters as read at one instant: of the connected database
/// (pg_stat_database's row and pg_statio), or of the whole server (pg_stat_database summed over
/// databases, checkpoints, the WAL position). Raw input of the delta maths; any thread.
struct ServerSnapshot
{
    double serverTime = 0;        ///< clock_timestamp(), epoch seconds
    double postmasterStart = 0;   ///< pg_postmaster_start_time(), epoch seconds
    double statsReset = 0;        ///< (latest) pg_stat_database.stats_reset, epoch seconds; 0 never
    qint64 commits = 0;
    qint64 rollbacks = 0;
    qint64 blocksHit = 0;
    qint64 blocksRead = 0;
    qint64 tempFiles = 0;
    qint64 tempBytes = 0;
    qint64 deadlocks = 0;
    qint64 tableBlocksHit = 0;
    qint64 tableBlocksRead = 0;
    qint64 indexBlocksHit = 0;
    qint64 indexBlocksRead = 0;
    qint64 checkpoints = -1;      ///< server only: timed + requested; -1 not readable (or a database)
    qint64 walBytes = 0;          ///< server only: WAL position in bytes (a standby's replay position)
    /// Statements DB Pulse's own session ran before this read (PgConnection::statementCount()):
    /// each committed a transaction of ours, which the rates leave out.
    qint64 ownStatements = 0;
};

/// \brief One database's cumulative pg_stat_database counters at one read (server's
/// per-database list). Any thread.
struct DatabaseCounters
{
    QString name;
    int connections = 0;
    qint64 transactions = 0;      ///< xact_commit + xact_rollback
    qint64 blocksHit = 0;
    qint64 blocksRead = 0;
};

/// \brief Identity of one top-level pg_stat_statements entry: a queryid is recorded once per user
/// and database. Value type, any thread.
struct StatementKey
{
    qint64 queryId = 0;
    quint32 userId = 0;
    quint32 dbId = 0;
    friend bool operator==(const StatementKey &a, const StatementKey &b)
    {
        return a.queryId == b.queryId && a.userId == b.userId && a.dbId == b.dbId;
    }
};

inline size_t qHash(const StatementKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.queryId, key.userId, key.dbId);
}

/// \brief Cumulative counters of one pg_stat_statements entry (top-level statements). mean/stddev
/// are pg's, over all calls since the entry was created.
struct StatementCounters
{
    qint64 calls = 0;
    double totalMs = 0;
    double meanMs = 0;
    double stddevMs = 0;          ///< population standard deviation
    double minMs = 0;
    double maxMs = 0;
    qint64 rows = 0;
    qint64 sharedBlksHit = 0;
    qint64 sharedBlksRead = 0;
};

/// \brief pg_stat_statements (and _info) at one instant. Any thread.
struct StatementsSnapshot
{
    double serverTime = 0;        ///< epoch seconds
    double postmasterStart = 0;
    qint64 dealloc = 0;           ///< pg_stat_statements_info.dealloc: entries evicted so far
    double statsReset = 0;        ///< pg_stat_statements_info.stats_reset, epoch seconds
    /// One per entry, not merged per queryid: the delta maths diffs each entry against its own
    /// previous counters, so an entry that appears, disappears or restarts does not blur the
    /// others of its queryid.
    QHash<StatementKey, StatementCounters> entries;
    QHash<quint32, QString> databaseNames;   ///< dbid → datname of the entries' databases
    QHash<quint32, QString> userNames;       ///< userid → role name of the entries' users
};

} // namespace dbpulse
