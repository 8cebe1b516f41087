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
            e.gapBefore = e.gapBefore || m_pendingGap || isLate(previous, e.msecs, m_expectedIntervalMs);
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

    /// The entries \a make builds from \a older (oldest first), gaps flagged as push() would:
    /// the costly part of prepending stored history, done off the GUI thread (no ring involved).
    /// For a ring of \a capacity: at most the newest \a capacity of them, in a vector with room
    /// for a whole ring, so prependChained() neither reallocates nor moves entries to make room
    /// (with fifty servers that moved megabytes on the GUI thread).
    template <typename Range, typename Make>
    static std::vector<Entry> chain(const Range &older, Make make, int expectedIntervalMs, int capacity)
    {
        const qsizetype keep = std::max(1, capacity);
        std::vector<Entry> out;
        out.reserve(size_t(keep));
        const auto first = older.size() > keep ? std::next(older.begin(), older.size() - keep) : older.begin();
        for (auto it = first; it != older.end(); ++it) {
            Entry e = make(*it);
            if (!out.empty())
                e.gapBefore = e.gapBefore || isLate(out.back().msecs, e.msecs, expectedIntervalMs);
            out.push_back(std::move(e));
        }
        return out;
    }

    /// Puts \a older (from chain(), oldest first) before the entries already here, keeping only
    /// those older than the first of them: stored history reaches back past the app's start.
    /// When both do not fit, the oldest stored entries drop out: the entries here are written
    /// over them as a full ring would, so only the entries here are copied on the GUI thread.
    void prependChained(std::vector<Entry> older)
    {
        if (m_size > 0) {
            const qint64 firstLive = timeAt(0);
            older.erase(std::lower_bound(older.begin(), older.end(), firstLive,
                                         [](const Entry &e, qint64 t) { return e.msecs < t; }),
                        older.end());
        }
        if (older.size() > size_t(m_capacity)) // not from chain(): drop what cannot fit
            older.erase(older.begin(), older.begin() + qsizetype(older.size() - size_t(m_capacity)));
        older.reserve(size_t(m_capacity));
        const size_t storedCount = older.size();
        int head = 0;
        for (int i = 0; i < m_size; ++i) {
            Entry e = at(i);
            if (i == 0 && storedCount > 0)
                e.gapBefore = e.gapBefore || isLate(older[storedCount - 1].msecs, e.msecs, m_expectedIntervalMs);
            if (older.size() < size_t(m_capacity)) {
                older.push_back(std::move(e));
            } else {
                older[size_t(head)] = std::move(e);
                head = (head + 1) % m_capacity;
            }
        }
        m_size = int(older.size());
        m_entries = std::move(older);
        m_head = head;
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
    /// Entries further apart than 2.5 intervals count as a gap.
    static bool isLate(qint64 previousMs, qint64 ms, int expectedIntervalMs)
    {
        return (ms - previousMs) * 2 > qint64(expectedIntervalMs) * 5;
    }

    std::vector<Entry> m_entries;
    int m_capacity;
    int m_head = 0; // index of the oldest entry once full
    int m_size = 0;
    int m_expectedIntervalMs;
    bool m_pendingGap = false;
};

} // namespace dbpulse
