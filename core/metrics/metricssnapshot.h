#pragma once

#include <QHash>
#include <QtGlobal>

namespace dbpulse {

/// \brief Cumulative server-wide counters as read at one instant (pg_stat_database summed over
/// databases, pg_statio of the connected database). Raw input of the delta maths; any thread.
struct ServerSnapshot
{
    double serverTime = 0;        ///< clock_timestamp(), epoch seconds
    double postmasterStart = 0;   ///< pg_postmaster_start_time(), epoch seconds
    double statsReset = 0;        ///< latest pg_stat_database.stats_reset, epoch seconds; 0 never
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
};

/// \brief Cumulative counters of one pg_stat_statements queryid (summed over users, databases;
/// top-level statements). mean/stddev are pg's, over all calls since the entry was created.
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
    QHash<qint64, StatementCounters> entries; ///< by queryid
};

} // namespace dbpulse
