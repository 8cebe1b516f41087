#pragma once

#include <QDateTime>
#include <utility>

namespace dbpulse {

/// \brief The time range the Queries page shows: the last so many seconds up to now (it moves),
/// or a fixed custom range. Value type, any thread.
struct StatementWindow
{
    qint64 lastSeconds = 3600;   ///< > 0: the last this many seconds; 0: [from, to]
    QDateTime from;
    QDateTime to;

    static StatementWindow last(qint64 seconds) { return {seconds, {}, {}}; }
    static StatementWindow between(const QDateTime &from, const QDateTime &to) { return {0, from, to}; }
    /// Moves with time: new intervals can enter it.
    bool isLive() const { return lastSeconds > 0 || to.toMSecsSinceEpoch() >= QDateTime::currentMSecsSinceEpoch(); }
    /// [from, to] in ms since the epoch, a moving range ending at \a nowMs.
    std::pair<qint64, qint64> resolve(qint64 nowMs) const
    {
        if (lastSeconds > 0)
            return {nowMs - lastSeconds * 1000, nowMs};
        return {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    }
};

} // namespace dbpulse
