#pragma once

#include <QtGlobal>
#include <algorithm>
#include <limits>
#include <vector>

namespace dbpulse {

/// \brief The bounded, time-ordered ring behind every per-server history (ActivityHistory,
/// MetricsHistory): oldest entries drop out when full, and an entry that came too late, or after
/// markGap(), is flagged as the start of a new segment so charts leave the missing stretch empty.
/// \a Entry needs `qint64 msecs` and `bool gapBefore`. Plain value class; GUI thread.
template <typename Entry>
class TimedRing
{
public:
    explicit TimedRing(int capacity, int expectedIntervalMs)
        : m_capacity(std::max(1, capacity))
        , m_expectedIntervalMs(std::max(1, expectedIntervalMs))
    {
    }

    int size() const { return m_size; }
    int capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    /// Entry \a i, 0 being the oldest.
    const Entry &at(int i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_entries[size_t((m_head + i) % m_capacity)];
    }
    qint64 timeAt(int i) const { return at(i).msecs; }

    /// Entries further apart than 2.5 intervals count as a gap.
    void setExpectedIntervalMs(int ms) { m_expectedIntervalMs = std::max(1, ms); }
    int expectedIntervalMs() const { return m_expectedIntervalMs; }

    /// Appends \a e; a gap before it when one is pending or when it came too late.
    void push(Entry e)
    {
        if (m_size > 0) {
            const qint64 previous = timeAt(m_size - 1);
            e.gapBefore = e.gapBefore || m_pendingGap
                || (e.msecs - previous) * 2 > qint64(m_expectedIntervalMs) * 5;
        }
        m_pendingGap = false;

        if (m_size < m_capacity) {
            // Not full yet, so m_head is 0 and the ring is the vector's prefix. Grown by hand, not
            // allocated whole, so twenty servers connecting at once do not each fill megabytes on
            // the GUI thread, and the last step stops at the capacity instead of doubling past it.
            if (m_entries.size() == m_entries.capacity())
                m_entries.reserve(std::min(size_t(m_capacity), std::max<size_t>(1024, m_entries.size() * 2)));
            m_entries.push_back(e);
            ++m_size;
        } else {
            m_entries[size_t(m_head)] = e;
            m_head = (m_head + 1) % m_capacity;
        }
    }

    /// Puts the entries \a make builds from \a older (oldest first) before the ones already here,
    /// keeping only those older than the first of them: stored history reaches back past the
    /// app's start. When both do not fit, the oldest drop out.
    template <typename Range, typename Make>
    void prepend(const Range &older, Make make)
    {
        const qint64 firstLive = m_size > 0 ? timeAt(0) : std::numeric_limits<qint64>::max();
        std::vector<Entry> live;
        live.reserve(size_t(m_size));
        for (int i = 0; i < m_size; ++i)
            live.push_back(at(i));
        const bool pendingGap = m_pendingGap;
        clear();
        for (const auto &item : older) {
            Entry e = make(item);
            if (e.msecs >= firstLive)
                break; // the live entries cover the rest
            push(e);
        }
        for (const Entry &e : live)
            push(e);
        m_pendingGap = pendingGap;
    }

    /// The next entry starts a new segment (connection lost or reconnected).
    void markGap()
    {
        if (m_size > 0)
            m_pendingGap = true;
    }

    void clear()
    {
        m_entries.clear();
        m_head = 0;
        m_size = 0;
        m_pendingGap = false;
    }

    /// Index of the first entry at or after \a msecs (size() when none). Entries arrive in time
    /// order, so the ring is sorted: a binary search keeps a 24 h history cheap to window.
    int firstAtOrAfter(qint64 msecs) const
    {
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

private:
    std::vector<Entry> m_entries;
    int m_capacity;
    int m_head = 0; // index of the oldest entry once full
    int m_size = 0;
    int m_expectedIntervalMs;
    bool m_pendingGap = false;
};

} // namespace dbpulse
