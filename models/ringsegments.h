#pragma once

#include "models/timedring.h"

#include <QList>
#include <QPointF>
#include <algorithm>
#include <cmath>

namespace dbpulse {

/// \brief What the charts draw from a TimedRing: the values \a valueOf reads from its entries
/// (NaN: not measured then) inside [fromMs, toMs], as line segments — a new one after every gap or
/// missing value — downsampled to at most \a maxPoints buckets. A bucket holds its samples' mean,
/// or with \a keepMaximum its largest, so latency spikes survive. x is msecs since epoch.
template <typename Entry, typename ValueOf>
QList<QList<QPointF>> ringSegments(const TimedRing<Entry> &ring, ValueOf valueOf, qint64 fromMs, qint64 toMs,
                                   int maxPoints, bool keepMaximum)
{
    QList<QList<QPointF>> out;
    if (ring.isEmpty() || toMs <= fromMs)
        return out;
    const double bucketMs = double(toMs - fromMs) / std::max(1, maxPoints);
    QList<QPointF> current;
    qint64 bucket = -1;
    qint64 bucketTime = 0;
    double sum = 0;
    double best = 0;
    int count = 0;
    auto flushBucket = [&] {
        if (count > 0)
            current.append(QPointF(double(bucketTime), keepMaximum ? best : sum / count));
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
    for (int i = ring.firstAtOrAfter(fromMs); i < ring.size(); ++i) {
        const Entry &e = ring.at(i);
        if (e.msecs > toMs)
            break;
        const double v = double(valueOf(e));
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
        best = count == 0 ? v : std::max(best, v);
        ++count;
    }
    breakLine();
    return out;
}

/// Highest value \a valueOf reads inside [fromMs, toMs]; 0 when none.
template <typename Entry, typename ValueOf>
double ringMaxValue(const TimedRing<Entry> &ring, ValueOf valueOf, qint64 fromMs, qint64 toMs)
{
    double best = 0;
    for (int i = ring.firstAtOrAfter(fromMs); i < ring.size() && ring.timeAt(i) <= toMs; ++i) {
        const double v = double(valueOf(ring.at(i)));
        if (!std::isnan(v))
            best = std::max(best, v);
    }
    return best;
}

} // namespace dbpulse
