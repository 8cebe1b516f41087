#pragma once

#include "core/db/connectionstate.h"
#include "core/metrics/historystore.h"
#include "models/timedring.h"

#include <QList>
#include <QPointF>
#include <array>
#include <vector>

namespace dbpulse {

/// \brief The connections-by-state chart data, already stacked: layer k's points are the upper
/// edge of band k (cumulative counts), x in msecs since epoch. All layers share the same x values,
/// so band k is the area between layer k-1 (or 0) and layer k. Gaps are drops to zero.
struct StackedActivity
{
    enum Layer { Active, Waiting, IdleInTransaction, Idle, Other, LayerCount };
    std::array<QList<QPointF>, LayerCount> layers;
    /// The waiting band's split by wait event type at each point (empty at a gap's drops, and
    /// for stored points from before the split was recorded).
    QList<WaitSplit> waitingByType;
    int maxConnections = 0;   ///< from the newest sample in range; 0 unknown
    int peakTotal = 0;        ///< highest stacked total in range
    int pointCount() const { return int(layers[0].size()); }
    /// The point nearest to \a ms (-1 when there is none).
    int nearestPoint(qint64 ms) const;
};

/// \brief Bounded ring buffer of ActivitySamples (default 5 min at 1 s) for one server, with gap
/// tracking so the chart shows where samples are missing. Plain value class; GUI thread.
class ActivityHistory
{
    struct Entry;

public:
    /// Stored points made into entries by prepareStored() (any thread), for prependPrepared().
    class Prepared
    {
        friend class ActivityHistory;
        std::vector<Entry> m_entries;
    };

    explicit ActivityHistory(int capacity = 300, int expectedIntervalMs = 1000);

    /// Appends a sample; an invalid time means "now". The oldest sample drops out when full.
    void append(const ActivitySample &sample);
    /// Puts the connection counts of \a stored (a HistoryStore read, oldest first) before the
    /// samples already here, keeping only points older than the first of them.
    void prependStored(const QList<HistoryPoint> &stored);
    /// The costly part of prependStored(), for a worker thread: \a stored made into entries
    /// for a history of \a capacity.
    static Prepared prepareStored(const QList<HistoryPoint> &stored, int expectedIntervalMs, int capacity);
    /// The cheap part, for the GUI thread: moves \a prepared in before the samples here.
    void prependPrepared(Prepared prepared);
    /// The next sample starts a new segment (connection lost/reconnected).
    void markGap();
    void clear();

    int size() const { return m_ring.size(); }
    int capacity() const { return m_ring.capacity(); }
    bool isEmpty() const { return m_ring.isEmpty(); }
    /// Sample \a i, 0 being the oldest.
    const ActivitySample &at(int i) const { return m_ring.at(i).sample; }
    /// Whether samples are missing between sample \a i - 1 and \a i.
    bool gapBefore(int i) const { return m_ring.at(i).gapBefore; }
    qint64 timeAt(int i) const { return m_ring.timeAt(i); }

    /// Samples further apart than 2.5 intervals count as a gap.
    void setExpectedIntervalMs(int ms) { m_ring.setExpectedIntervalMs(ms); }
    int expectedIntervalMs() const { return m_ring.expectedIntervalMs(); }

    /// Stacks the samples inside [fromMs, toMs], downsampled to at most \a maxPoints buckets
    /// (normally the plot's pixel width); each bucket keeps its busiest sample so peaks survive.
    StackedActivity stacked(qint64 fromMs, qint64 toMs, int maxPoints) const;

private:
    struct Entry
    {
        ActivitySample sample;
        qint64 msecs = 0;
        bool gapBefore = false;
    };

    TimedRing<Entry> m_ring;
};

} // namespace dbpulse
