#pragma once

#include "core/db/queryresult.h"
#include "core/metrics/metricssnapshot.h"

#include <QHash>
#include <QVariantList>

namespace dbpulse {

/// \brief The client's copy of pg_stat_statements, one entry per (queryid, userid, dbid), kept
/// so the statements query ships only entries whose calls changed. Its snapshot() is the whole
/// copy, whatever the last read shipped: an entry missing from it was not in pg_stat_statements at
/// that read (or had no calls yet), which is what lets the delta maths count a new entry from its
/// first call. Lives in the collector's thread.
///
/// A changed-only result cannot show entries that disappeared. Evictions and resets move
/// pg_stat_statements_info (dealloc, stats_reset) or the postmaster start; then the caller reads
/// everything again (needsFullRead()). Entries removed one by one with
/// pg_stat_statements_reset(userid, dbid, queryid) move neither, so a full read also happens every
/// fullReadEvery-th read to drop them.
class StatementEntries
{
public:
    /// Reads between two full reads: entries removed one by one go within minutes, while shipping
    /// every entry (about 12 ms of server time with 5,000) stays a small share of the reads.
    static constexpr int fullReadEvery = 60;

    /// The four array parameters ($1 queryids, $2 userids, $3 dbids, $4 calls) of the next read:
    /// the entries held, or four empty arrays when a full read is due.
    QVariantList knownParameters() const;
    bool needsFullRead() const { return m_fullReadDue || m_readsSinceFull + 1 >= fullReadEvery; }

    /// Applies a result read with knownParameters(): a full read replaces the copy, a
    /// changed-only read updates and adds entries. Returns false, and keeps nothing from it, when
    /// a changed-only result shows a restart, a reset or evictions: read again in full.
    bool apply(const QueryResult &result, bool fullRead);

    /// Every entry of the copy (with calls), their database and role names, and the header of the
    /// last applied result.
    StatementsSnapshot snapshot() const;

    int entryCount() const { return int(m_entries.size()); }
    /// Forget everything: the next read is a full one.
    void clear();

    /// \brief One entry's raw cumulative counters, as pg_stat_statements(false) returns them.
    struct Entry
    {
        qint64 calls = 0;
        double totalMs = 0;
        double squares = 0;      ///< calls · (stddev² + mean²): sums over entries stay exact
        double minMs = 0;
        double maxMs = 0;
        qint64 rows = 0;
        qint64 sharedBlksHit = 0;
        qint64 sharedBlksRead = 0;
    };
private:
    struct Header
    {
        double serverTime = 0;
        double postmasterStart = 0;
        qint64 dealloc = 0;
        double statsReset = 0;
    };

    QHash<StatementKey, Entry> m_entries;
    // Names as of the entry's last shipped row; an unchanged entry keeps the name it had.
    QHash<quint32, QString> m_databaseNames;
    QHash<quint32, QString> m_userNames;
    Header m_header;
    bool m_fullReadDue = true;
    int m_readsSinceFull = 0;
};

} // namespace dbpulse
