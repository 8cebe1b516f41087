#pragma once

#include "core/metrics/historystore.h"
#include "core/metrics/metricssample.h"
#include "models/timedring.h"

#include <QList>
#include <QPointF>
#include <array>
#include <vector>

namespace dbpulse {

/// \brief Bounded ring buffer of the charted numbers of MetricsSamples for one server (default
/// 24 h at 1 s), downsampled on demand to a chart's pixel width, with gaps where a value could
/// not be measured (server unreachable, restart, statistics reset). Plain value class; GUI thread.
class MetricsHistory
{
    struct Entry;

public:
    /// Stored points made into entries by prepareStored() (any thread), for prependPrepared().
    class Prepared
    {
        friend class MetricsHistory;
        std::vector<Entry> m_entries;
    };

    enum Metric {
        TransactionsPerSecond,
        StatementsPerSecond,
        LatencyP50,
        LatencyP95,
        LatencyP99,
        CacheHitTable,   ///< percent
        CacheHitIndex,   ///< percent
        ConnectionsTotal,
        MetricCount
    };

    /// 86,400 entries of ~48 bytes: 24 h at 1 s costs about 4 MB per server.
    explicit MetricsHistory(int capacity = 86400, int expectedIntervalMs = 1000);

    /// Appends the chartable part of \a sample; the full sample is kept only as latest().
    void append(const MetricsSample &sample);
    /// Puts \a stored (a HistoryStore read, oldest first) before the samples already here, keeping
    /// only points older than the first of them: the charts then reach back past the app's start,
    /// with a gap where it was closed. When both do not fit, the oldest stored points drop out.
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
    qint64 timeAt(int i) const { return m_ring.timeAt(i); }
    /// Value of \a metric in sample \a i, NaN when it was not measurable then.
    double valueAt(int i, Metric metric) const { return double(m_ring.at(i).values[size_t(metric)]); }
    bool gapBefore(int i) const { return m_ring.at(i).gapBefore; }
    /// The newest full sample (default-constructed when empty).
    const MetricsSample &latest() const { return m_latest; }
    /// When latest() arrived, by this machine's clock (msecs since epoch; 0 when none has): the
    /// sample's own time is the server's clock, which may be set differently.
    qint64 latestReceivedMsecs() const { return m_latestReceivedMsecs; }
    int expectedIntervalMs() const { return m_ring.expectedIntervalMs(); }

    /// Samples further apart than 2.5 intervals count as a gap.
    void setExpectedIntervalMs(int ms) { m_ring.setExpectedIntervalMs(ms); }

    /// The points of \a metric inside [fromMs, toMs] as line segments (a new segment after every
    /// gap or missing value), downsampled to at most \a maxPoints buckets: latency keeps each
    /// bucket's maximum so spikes survive, the other metrics its mean. x is msecs since epoch.
    QList<QList<QPointF>> segments(Metric metric, qint64 fromMs, qint64 toMs, int maxPoints) const;
    /// Highest value of \a metric inside [fromMs, toMs]; 0 when none.
    double maxValue(Metric metric, qint64 fromMs, qint64 toMs) const;

private:
    struct Entry
    {
        qint64 msecs = 0;
        std::array<float, MetricCount> values{};
        bool gapBefore = false;
    };

    TimedRing<Entry> m_ring;
    MetricsSample m_latest;
    qint64 m_latestReceivedMsecs = 0;
};

} // namespace dbpulse
