#include "models/sqlitehistory.h"

#include "models/ringsegments.h"

#include <cmath>
#include <limits>

namespace dbpulse {

namespace {
constexpr double Missing = std::numeric_limits<double>::quiet_NaN();
} // namespace

SqliteHistory::SqliteHistory(int capacity, int expectedIntervalMs)
    : m_ring(capacity, expectedIntervalMs)
{
}

void SqliteHistory::append(const SqliteSample &sample)
{
    Entry e;
    e.msecs = sample.sampledAt.isValid() ? sample.sampledAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    e.values.fill(Missing);
    if (sample.fileBytes >= 0)
        e.values[FileBytes] = double(sample.fileBytes);
    e.values[WalBytes] = double(std::max<qint64>(0, sample.walBytes));
    if (sample.pagesRead)
        e.values[FreelistBytes] = double(sample.freelistBytes());
    // The first sample after opening has no interval: whether it saw a write is unknown.
    if (sample.hasInterval())
        e.values[WrittenPercent] = sample.written ? 100.0 : 0.0;
    m_latest = sample;
    m_ring.push(e);
}

void SqliteHistory::markGap()
{
    m_ring.markGap();
}

QList<QList<QPointF>> SqliteHistory::segments(Metric metric, qint64 fromMs, qint64 toMs, int maxPoints) const
{
    return ringSegments(m_ring, [metric](const Entry &e) { return e.values[size_t(metric)]; }, fromMs, toMs,
                        maxPoints, false);
}

double SqliteHistory::maxValue(Metric metric, qint64 fromMs, qint64 toMs) const
{
    return ringMaxValue(m_ring, [metric](const Entry &e) { return e.values[size_t(metric)]; }, fromMs, toMs);
}

} // namespace dbpulse
