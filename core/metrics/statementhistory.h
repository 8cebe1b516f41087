#pragma once

#include "core/metrics/statementbucket.h"

#include <QHash>
#include <QList>
#include <optional>
#include <utility>

namespace dbpulse {

/// \brief How long a StatementHistory keeps each tier (0 hours or days: not at all).
struct StatementHistoryTiers
{
    int rawMinutes = 5;
    int minuteHours = 1;
    int hourDays = 0;
};

/// \brief Per-statement figures of the intervals this app saw of one server, kept in tiers so
/// memory stays bounded: each interval for \c rawMinutes, then per minute for \c minuteHours,
/// then per hour for \c hourDays; older is dropped. The defaults keep the last hour (5 min of
/// intervals, then minutes): the history file (HistoryStore) has the rest, so the Queries page
/// reads it for before earliestMs(). A statement's database and roles are kept once, not per
/// bucket. About 2 MB for 50 statements that run in every 1 s interval (bench/historymemory).
/// Value type (implicitly shared lists: a copy for another thread is cheap); its owner's thread
/// (ServerState: the GUI thread).
class StatementHistory
{
public:
    using Tiers = StatementHistoryTiers;

    explicit StatementHistory(Tiers tiers = {});

    /// Keeps \a sample's statement intervals, unless they are not valid (statements unreadable,
    /// a statements gap) or repeat an earlier read; folds and drops what aged out, measured from
    /// this sample's time.
    void add(const MetricsSample &sample);
    /// Keeps one interval's statements that ended at \a timeMs (later than any before).
    void add(const QList<StatementInterval> &statements, qint64 timeMs);
    /// The kept buckets whose time lies in [from, to], oldest first.
    QList<StatementBucket> buckets(qint64 fromMs, qint64 toMs) const;
    /// The time of the oldest kept bucket: from there on this history has everything the app saw.
    std::optional<qint64> earliestMs() const;
    qsizetype size() const { return m_hours.size() + m_minutes.size() + m_raw.size(); }
    bool isEmpty() const { return size() == 0; }
    void clear();

private:
    void age(qint64 nowMs);

    /// What a statement's buckets do not repeat.
    struct Identity
    {
        QString database;
        QStringList users;
    };

    Tiers m_tiers;
    QHash<std::pair<qint64, quint32>, Identity> m_identities; // (queryid, dbid)
    qint64 m_lastIdentitySweep = 0;
    // Each in time order, and every hour before every minute before every interval.
    QList<StatementBucket> m_hours;
    QList<StatementBucket> m_minutes;
    QList<StatementBucket> m_raw;
};

} // namespace dbpulse
