#include "models/activityhistory.h"

#include <QDateTime>
#include <algorithm>
#include <limits>

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

ActivityHistory::ActivityHistory(int capacity, int expectedIntervalMs)
    : m_capacity(std::max(1, capacity))
    , m_expectedIntervalMs(std::max(1, expectedIntervalMs))
{
}

const ActivityHistory::Entry &ActivityHistory::entry(int i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    return m_entries[size_t((m_head + i) % capacity())];
}

void ActivityHistory::append(const ActivitySample &sample)
{
    Entry e;
    e.sample = sample;
    e.msecs = sample.time.isValid() ? sample.time.toMSecsSinceEpoch()
                                    : QDateTime::currentMSecsSinceEpoch();
    push(e);
}

void ActivityHistory::push(Entry e)
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

void ActivityHistory::prependStored(const QList<HistoryPoint> &stored)
{
    const qint64 firstLive = m_size > 0 ? timeAt(0) : std::numeric_limits<qint64>::max();
    std::vector<Entry> live;
    live.reserve(size_t(m_size));
    for (int i = 0; i < m_size; ++i)
        live.push_back(entry(i));
    const bool pendingGap = m_pendingGap;
    clear();

    for (const HistoryPoint &p : stored) {
        Entry e;
        e.msecs = p.time.toMSecsSinceEpoch();
        if (e.msecs >= firstLive)
            break; // the live samples cover the rest
        const ConnectionCounts &c = p.connections;
        e.sample.time = p.time;
        e.sample.total = c.total;
        e.sample.active = c.active;
        e.sample.idle = c.idle;
        e.sample.idleInTransaction = c.idleInTransaction;
        e.sample.waiting = c.waiting;
        e.sample.other = std::max(0, c.total - c.active - c.idle - c.idleInTransaction - c.waiting);
        e.sample.maxConnections = c.max;
        push(e);
    }
    for (const Entry &e : live)
        push(e);
    m_pendingGap = pendingGap;
}

void ActivityHistory::markGap()
{
    if (m_size > 0)
        m_pendingGap = true;
}

void ActivityHistory::clear()
{
    m_entries.clear();
    m_head = 0;
    m_size = 0;
    m_pendingGap = false;
}

StackedActivity ActivityHistory::stacked(qint64 fromMs, qint64 toMs, int maxPoints) const
{
    StackedActivity out;
    if (m_size == 0 || toMs <= fromMs)
        return out;
    maxPoints = std::max(1, maxPoints);
    const double bucketMs = double(toMs - fromMs) / maxPoints;

    auto emitPoint = [&out](qint64 x, const std::array<int, StackedActivity::LayerCount> &b) {
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
        const Entry &e = entry(chosen);
        // Drop every band to zero on both sides of a gap so the missing stretch stays empty.
        if (gapPending && lastEmitted >= 0) {
            emitPoint(lastEmitted, zero);
            emitPoint(e.msecs, zero);
        }
        emitPoint(e.msecs, bands(e.sample));
        out.maxConnections = e.sample.maxConnections;
        lastEmitted = e.msecs;
        gapPending = false;
        chosen = -1;
    };

    for (int i = 0; i < m_size; ++i) {
        const Entry &e = entry(i);
        if (e.msecs < fromMs || e.msecs > toMs)
            continue;
        const qint64 b = qint64((e.msecs - fromMs) / bucketMs);
        if (e.gapBefore || b != bucket) {
            flush();
            bucket = b;
            if (e.gapBefore)
                gapPending = true;
        }
        if (chosen < 0 || e.sample.total > entry(chosen).sample.total)
            chosen = i;
    }
    flush();
    return out;
}

} // namespace dbpulse
