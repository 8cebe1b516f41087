#include "models/metricshistory.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <limits>

namespace dbpulse {

namespace {
constexpr float Missing = std::numeric_limits<float>::quiet_NaN();

bool keepsMaximum(MetricsHistory::Metric metric)
{
    return metric == MetricsHistory::LatencyP50 || metric == MetricsHistory::LatencyP95
        || metric == MetricsHistory::LatencyP99;
}
} // namespace

MetricsHistory::MetricsHistory(int capacity, int expectedIntervalMs)
    : m_capacity(std::max(1, capacity))
    , m_expectedIntervalMs(std::max(1, expectedIntervalMs))
{
}

const MetricsHistory::Entry &MetricsHistory::entry(int i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    return m_entries[size_t((m_head + i) % capacity())];
}

void MetricsHistory::append(const MetricsSample &sample)
{
    Entry e;
    e.msecs = sample.time.isValid() ? sample.time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    e.values.fill(Missing);
    // A gap interval has no rates; instantaneous values (connections) are still real.
    if (!sample.gap) {
        e.values[TransactionsPerSecond] = float(sample.rates.transactionsPerSecond);
        if (sample.cacheHitRatio.table)
            e.values[CacheHitTable] = float(*sample.cacheHitRatio.table * 100.0);
        if (sample.cacheHitRatio.index)
            e.values[CacheHitIndex] = float(*sample.cacheHitRatio.index * 100.0);
    }
    if (sample.statementsAvailable && !sample.statementsGap) {
        e.values[StatementsPerSecond] = float(sample.statementsPerSecond);
        if (sample.latencyMs) {
            e.values[LatencyP50] = float(sample.latencyMs->p50);
            e.values[LatencyP95] = float(sample.latencyMs->p95);
            e.values[LatencyP99] = float(sample.latencyMs->p99);
        }
    }
    e.values[ConnectionsTotal] = float(sample.connections.total);
    m_latest = sample;
    push(e);
}

void MetricsHistory::push(Entry e)
{
    if (m_size > 0) {
        const qint64 previous = timeAt(m_size - 1);
        e.gapBefore = e.gapBefore || m_pendingGap || (e.msecs - previous) * 2 > qint64(m_expectedIntervalMs) * 5;
    }
    m_pendingGap = false;

    if (m_size < capacity()) {
        // Not full yet, so m_head is 0 and the ring is the vector's prefix. Grown by hand so the
        // last step stops at the capacity instead of doubling past it.
        if (m_entries.size() == m_entries.capacity())
            m_entries.reserve(std::min(size_t(m_capacity), std::max<size_t>(1024, m_entries.size() * 2)));
        m_entries.push_back(e);
        ++m_size;
    } else {
        m_entries[size_t(m_head)] = e;
        m_head = (m_head + 1) % capacity();
    }
}

void MetricsHistory::prependStored(const QList<HistoryPoint> &stored)
{
    const qint64 firstLive = m_size > 0 ? timeAt(0) : std::numeric_limits<qint64>::max();
    std::vector<Entry> live;
    live.reserve(size_t(m_size));
    for (int i = 0; i < m_size; ++i)
        live.push_back(entry(i));
    const bool pendingGap = m_pendingGap;
    m_entries.clear();
    m_head = 0;
    m_size = 0;
    m_pendingGap = false;

    for (const HistoryPoint &p : stored) {
        Entry e;
        e.msecs = p.time.toMSecsSinceEpoch();
        if (e.msecs >= firstLive)
            break; // the live samples cover the rest, and the file holds them too
        e.values.fill(Missing);
        if (!p.gap) {
            e.values[TransactionsPerSecond] = float(p.transactionsPerSecond);
            if (p.cacheHitTable)
                e.values[CacheHitTable] = float(*p.cacheHitTable * 100.0);
            if (p.cacheHitIndex)
                e.values[CacheHitIndex] = float(*p.cacheHitIndex * 100.0);
        }
        if (p.statementsPerSecond)
            e.values[StatementsPerSecond] = float(*p.statementsPerSecond);
        if (p.latencyMs) {
            e.values[LatencyP50] = float(p.latencyMs->p50);
            e.values[LatencyP95] = float(p.latencyMs->p95);
            e.values[LatencyP99] = float(p.latencyMs->p99);
        }
        e.values[ConnectionsTotal] = float(p.connections.total);
        push(e);
    }
    for (const Entry &e : live)
        push(e);
    m_pendingGap = pendingGap;
}

void MetricsHistory::markGap()
{
    if (m_size > 0)
        m_pendingGap = true;
}

void MetricsHistory::clear()
{
    m_entries.clear();
    m_head = 0;
    m_size = 0;
    m_pendingGap = false;
    m_latest = MetricsSample();
}

int MetricsHistory::firstAtOrAfter(qint64 msecs) const
{
    // Samples arrive in time order, so the ring is sorted: binary search keeps a 24 h history
    // cheap to window.
    int lo = 0;
    int hi = m_size;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (timeAt(mid) < msecs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

QList<QList<QPointF>> MetricsHistory::segments(Metric metric, qint64 fromMs, qint64 toMs, int maxPoints) const
{
    QList<QList<QPointF>> out;
    if (m_size == 0 || toMs <= fromMs)
        return out;
    maxPoints = std::max(1, maxPoints);
    const double bucketMs = double(toMs - fromMs) / maxPoints;
    const bool useMax = keepsMaximum(metric);

    QList<QPointF> current;
    qint64 bucket = -1;
    double sum = 0;
    double best = 0;
    int count = 0;
    qint64 bucketTime = 0;
    auto flushBucket = [&] {
        if (count > 0)
            current.append(QPointF(double(bucketTime), useMax ? best : sum / count));
        count = 0;
        sum = 0;
        best = 0;
    };
    auto breakLine = [&] {
        flushBucket();
        if (!current.isEmpty())
            out.append(current);
        current.clear();
    };

    for (int i = firstAtOrAfter(fromMs); i < m_size; ++i) {
        const Entry &e = entry(i);
        if (e.msecs > toMs)
            break;
        const float v = e.values[size_t(metric)];
        if (e.gapBefore || std::isnan(v)) {
            breakLine();
            bucket = -1;
            if (std::isnan(v))
                continue;
        }
        const qint64 b = qint64(double(e.msecs - fromMs) / bucketMs);
        if (b != bucket) {
            flushBucket();
            bucket = b;
            bucketTime = e.msecs;
        }
        sum += v;
        best = count == 0 ? double(v) : std::max(best, double(v));
        ++count;
    }
    breakLine();
    return out;
}

double MetricsHistory::maxValue(Metric metric, qint64 fromMs, qint64 toMs) const
{
    double best = 0;
    for (int i = firstAtOrAfter(fromMs); i < m_size && timeAt(i) <= toMs; ++i) {
        const float v = entry(i).values[size_t(metric)];
        if (!std::isnan(v))
            best = std::max(best, double(v));
    }
    return best;
}

} // namespace dbpulse
