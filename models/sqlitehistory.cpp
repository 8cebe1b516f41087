#include "models/sqlitehistory.h"

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
    QList<QList<QPointF>> out;
    if (m_ring.isEmpty() || toMs <= fromMs)
        return out;
    const double bucketMs = double(toMs - fromMs) / std::max(1, maxPoints);
    QList<QPointF> current;
    qint64 bucket = -1;
    qint64 bucketTime = 0;
    double sum = 0;
    int count = 0;
    auto flushBucket = [&] {
        if (count > 0)
            current.append(QPointF(double(bucketTime), sum / count));
        sum = 0;
        count = 0;
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
        const double v = e.values[size_t(metric)];
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
        ++count;
    }
    breakLine();
    return out;
}

double SqliteHistory::maxValue(Metric metric, qint64 fromMs, qint64 toMs) const
{
    double best = 0;
    for (int i = m_ring.firstAtOrAfter(fromMs); i < m_ring.size() && timeAt(i) <= toMs; ++i) {
        const double v = m_ring.at(i).values[size_t(metric)];
        if (!std::isnan(v))
            best = std::max(best, v);
    }
    return best;
}

} // namespace dbpulse
