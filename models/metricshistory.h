#pragma once

#include "core/metrics/historystore.h"
#include "core/metrics/metricssample.h"

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
public:
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
    /// The next sample starts a new segment (connection lost/reconnected).
    void markGap();
    void clear();

    int size() const { return m_size; }
    int capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    qint64 timeAt(int i) const { return entry(i).msecs; }
    /// Value of \a metric in sample \a i, NaN when it was not measurable then.
    double valueAt(int i, Metric metric) const { return double(entry(i).values[size_t(metric)]); }
    bool gapBefore(int i) const { return entry(i).gapBefore; }
    /// The newest full sample (default-constructed when empty).
    const MetricsSample &latest() const { return m_latest; }

    /// Samples further apart than 2.5 intervals count as a gap.
    void setExpectedIntervalMs(int ms) { m_expectedIntervalMs = ms; }

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
    const Entry &entry(int i) const;
    /// Appends \a e to the ring; a gap before it when pending or when it came too late.
    void push(Entry e);
    int firstAtOrAfter(qint64 msecs) const;

    // Grows up to m_capacity instead of being allocated whole: twenty servers connecting at once
    // must not each fill megabytes on the GUI thread, and a short session stays small.
    std::vector<Entry> m_entries;
    int m_capacity;
    int m_head = 0;
    int m_size = 0;
    int m_expectedIntervalMs;
    bool m_pendingGap = false;
    MetricsSample m_latest;
};

} // namespace dbpulse
