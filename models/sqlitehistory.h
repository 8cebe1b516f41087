#pragma once

#include "core/metrics/sqlitesample.h"
#include "models/timedring.h"

#include <QList>
#include <QPointF>
#include <array>

namespace dbpulse {

/// \brief Bounded ring of the charted figures of one SQLite file's SqliteSamples (default 24 h
/// at 1 s), downsampled on demand to a chart's width, with gaps where the file could not be
/// read. Plain value class; GUI thread.
class SqliteHistory
{
public:
    enum Metric {
        FileBytes,
        WalBytes,
        FreelistBytes,
        WrittenPercent, ///< 100 for an interval that saw a write, 0 for one that did not
        MetricCount
    };

    explicit SqliteHistory(int capacity = 86400, int expectedIntervalMs = 1000);

    void append(const SqliteSample &sample);
    /// The next sample starts a new segment (file unreadable, monitor reopened).
    void markGap();

    int size() const { return m_ring.size(); }
    bool isEmpty() const { return m_ring.isEmpty(); }
    qint64 timeAt(int i) const { return m_ring.timeAt(i); }
    /// Value of \a metric in sample \a i, NaN when it was not measured then.
    double valueAt(int i, Metric metric) const { return m_ring.at(i).values[size_t(metric)]; }
    /// The newest full sample (default-constructed when empty).
    const SqliteSample &latest() const { return m_latest; }
    void setExpectedIntervalMs(int ms) { m_ring.setExpectedIntervalMs(ms); }

    /// The points of \a metric inside [fromMs, toMs] as line segments (a new one after every gap
    /// or missing value), each of at most \a maxPoints buckets holding its samples' mean: for
    /// WrittenPercent, the share of the bucket's intervals that saw a write.
    QList<QList<QPointF>> segments(Metric metric, qint64 fromMs, qint64 toMs, int maxPoints) const;
    /// Highest value of \a metric inside [fromMs, toMs]; 0 when none.
    double maxValue(Metric metric, qint64 fromMs, qint64 toMs) const;

private:
    struct Entry
    {
        qint64 msecs = 0;
        std::array<double, MetricCount> values{};
        bool gapBefore = false;
    };

    TimedRing<Entry> m_ring;
    SqliteSample m_latest;
};

} // namespace dbpulse
