#include "models/activityhistory.h"

#include <QDateTime>
#include <algorithm>

namespace dbpulse {

namespace {

// Collectors may report "waiting" either as its own bucket or as a subset of "active"; the
// stacked chart needs disjoint bands, so take waiting out of active when the total says so.
std::array<int, StackedActivity::LayerCount> bands(const ActivitySample &s)
{
    int active = s.active;
    const int sum = s.active + s.waiting + s.idleInTransaction + s.idle + s.other;
    if (s.total > 0 && sum != s.total && sum - s.waiting == s.total)
        active = std::max(0, s.active - s.waiting);
    return {active, s.waiting, s.idleInTransaction, s.idle, s.other};
}

} // namespace

int StackedActivity::nearestPoint(qint64 ms) const
{
    const QList<QPointF> &xs = layers[0];
    if (xs.isEmpty())
        return -1;
    const auto after = std::lower_bound(xs.cbegin(), xs.cend(), double(ms),
                                        [](const QPointF &p, double x) { return p.x() < x; });
    if (after == xs.cend())
        return int(xs.size()) - 1;
    if (after == xs.cbegin())
        return 0;
    const auto before = after - 1;
    int index = int((double(ms) - before->x() <= after->x() - double(ms) ? before : after) - xs.cbegin());
    // A gap's drops share their x with a real point: take the real one (the tallest there).
    const QList<QPointF> &top = layers[LayerCount - 1];
    const double x = xs.at(index).x();
    while (index > 0 && xs.at(index - 1).x() == x)
        --index;
    int best = index;
    for (int i = index; i < xs.size() && xs.at(i).x() == x; ++i) {
        if (top.at(i).y() > top.at(best).y())
            best = i;
    }
    return best;
}

ActivityHistory::ActivityHistory(int capacity, int expectedIntervalMs)
    : m_ring(capacity, expectedIntervalMs)
{
}

void ActivityHistory::append(const ActivitySample &sample)
{
    Entry e;
    e.sample = sample;
    e.msecs = sample.time.isValid() ? sample.time.toMSecsSinceEpoch()
                                    : QDateTime::currentMSecsSinceEpoch();
    m_ring.push(e);
}

void ActivityHistory::prependStored(const QList<HistoryPoint> &stored)
{
    prependPrepared(prepareStored(stored, m_ring.expectedIntervalMs(), m_ring.capacity()));
}

void ActivityHistory::prependPrepared(Prepared prepared)
{
    m_ring.prependChained(std::move(prepared.m_entries));
}

ActivityHistory::Prepared ActivityHistory::prepareStored(const QList<HistoryPoint> &stored, int expectedIntervalMs, int capacity)
{
    Prepared prepared;
    prepared.m_entries = TimedRing<Entry>::chain(stored, [](const HistoryPoint &p) {
        Entry e;
        e.msecs = p.time.toMSecsSinceEpoch();
        const ConnectionCounts &c = p.connections;
        e.sample.time = p.time;
        e.sample.total = c.total;
        e.sample.active = c.active;
        e.sample.idle = c.idle;
        e.sample.idleInTransaction = c.idleInTransaction;
        e.sample.waiting = c.waiting;
        e.sample.waitingByType = WaitSplit::fromMap(c.waitingByType);
        e.sample.other = std::max(0, c.total - c.active - c.idle - c.idleInTransaction - c.waiting);
        e.sample.maxConnections = c.max;
        return e;
    }, expectedIntervalMs, capacity);
    return prepared;
}

void ActivityHistory::markGap()
{
    m_ring.markGap();
}

void ActivityHistory::clear()
{
    m_ring.clear();
}

StackedActivity ActivityHistory::stacked(qint64 fromMs, qint64 toMs, int maxPoints) const
{
    StackedActivity out;
    if (m_ring.isEmpty() || toMs <= fromMs)
        return out;
    maxPoints = std::max(1, maxPoints);
    const double bucketMs = double(toMs - fromMs) / maxPoints;

    auto emitPoint = [&out](qint64 x, const std::array<int, StackedActivity::LayerCount> &b, const WaitSplit &split) {
        out.waitingByType.append(split);
        int cumulative = 0;
        for (int layer = 0; layer < StackedActivity::LayerCount; ++layer) {
            cumulative += b[size_t(layer)];
            out.layers[size_t(layer)].append(QPointF(double(x), cumulative));
        }
        out.peakTotal = std::max(out.peakTotal, cumulative);
    };
    const std::array<int, StackedActivity::LayerCount> zero{};

    int chosen = -1;        // busiest sample of the current bucket
    qint64 bucket = -1;
    qint64 lastEmitted = -1;
    bool gapPending = false;
    auto flush = [&]() {
        if (chosen < 0)
            return;
        const Entry &e = m_ring.at(chosen);
        // Drop every band to zero on both sides of a gap so the missing stretch stays empty.
        if (gapPending && lastEmitted >= 0) {
            emitPoint(lastEmitted, zero, {});
            emitPoint(e.msecs, zero, {});
        }
        emitPoint(e.msecs, bands(e.sample), e.sample.waitingByType);
        out.maxConnections = e.sample.maxConnections;
        lastEmitted = e.msecs;
        gapPending = false;
        chosen = -1;
    };

    for (int i = 0; i < m_ring.size(); ++i) {
        const Entry &e = m_ring.at(i);
        if (e.msecs < fromMs || e.msecs > toMs)
            continue;
        const qint64 b = qint64((e.msecs - fromMs) / bucketMs);
        if (e.gapBefore || b != bucket) {
            flush();
            bucket = b;
            if (e.gapBefore)
                gapPending = true;
        }
        if (chosen < 0 || e.sample.total > m_ring.at(chosen).sample.total)
            chosen = i;
    }
    flush();
    return out;
}

} // namespace dbpulse
