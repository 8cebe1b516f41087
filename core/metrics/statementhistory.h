#pragma once

#include "core/metrics/statementbucket.h"

#include <QList>
#include <optional>

namespace dbpulse {

/// \brief How long a StatementHistory keeps each tier.
struct StatementHistoryTiers
{
    int rawMinutes = 15;
    int minuteHours = 24;
    int hourDays = 30;
};

/// \brief Per-statement figures of every interval this app has seen for one server, kept in
/// tiers so memory stays bounded: each interval for \c rawMinutes, then per minute for
/// \c minuteHours, then per hour for \c hourDays; older is dropped. About 3,100 buckets per
/// statement that runs in every interval (15 min of 1 s intervals + 24 h of minutes + 30 days of hours).
/// Value type; its owner's thread (ServerState: the GUI thread).
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

    Tiers m_tiers;
    // Each in time order, and every hour before every minute before every interval.
    QList<StatementBucket> m_hours;
    QList<StatementBucket> m_minutes;
    QList<StatementBucket> m_raw;
};

} // namespace dbpulse
