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
    : m_ring(capacity, expectedIntervalMs)
{
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
    m_latestReceivedMsecs = QDateTime::currentMSecsSinceEpoch();
    m_ring.push(e);
}

void MetricsHistory::prependStored(const QList<HistoryPoint> &stored)
{
    m_ring.prepend(stored, [](const HistoryPoint &p) {
        Entry e;
        e.msecs = p.time.toMSecsSinceEpoch();
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
        return e;
    });
}

void MetricsHistory::markGap()
{
    m_ring.markGap();
}

void MetricsHistory::clear()
{
    m_ring.clear();
    m_latest = MetricsSample();
    m_latestReceivedMsecs = 0;
}

QList<QList<QPointF>> MetricsHistory::segments(Metric metric, qint64 fromMs, qint64 toMs, int maxPoints) const
{
    QList<QList<QPointF>> out;
    if (m_ring.isEmpty() || toMs <= fromMs)
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

    for (int i = m_ring.firstAtOrAfter(fromMs); i < m_ring.size(); ++i) {
        const Entry &e = m_ring.at(i);
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
    for (int i = m_ring.firstAtOrAfter(fromMs); i < m_ring.size() && timeAt(i) <= toMs; ++i) {
        const float v = m_ring.at(i).values[size_t(metric)];
        if (!std::isnan(v))
            best = std::max(best, double(v));
    }
    return best;
}

} // namespace dbpulse
