#include "models/metricshistory.h"

#include "models/ringsegments.h"

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
    prependPrepared(prepareStored(stored, m_ring.expectedIntervalMs(), m_ring.capacity()));
}

void MetricsHistory::prependPrepared(Prepared prepared)
{
    m_ring.prependChained(std::move(prepared.m_entries));
}

MetricsHistory::Prepared MetricsHistory::prepareStored(const QList<HistoryPoint> &stored, int expectedIntervalMs, int capacity)
{
    Prepared prepared;
    prepared.m_entries = TimedRing<Entry>::chain(stored, [](const HistoryPoint &p) {
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
    }, expectedIntervalMs, capacity);
    return prepared;
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
    return ringSegments(m_ring, [metric](const Entry &e) { return e.values[size_t(metric)]; }, fromMs, toMs,
                        maxPoints, keepsMaximum(metric));
}

double MetricsHistory::maxValue(Metric metric, qint64 fromMs, qint64 toMs) const
{
    return ringMaxValue(m_ring, [metric](const Entry &e) { return e.values[size_t(metric)]; }, fromMs, toMs);
}

} // namespace dbpulse
