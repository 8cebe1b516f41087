#pragma once

#include "core/metrics/metricssample.h"
#include "core/metrics/metricssnapshot.h"

#include <QString>
#include <optional>

namespace dbpulse {

/// \brief Whether an interval between two snapshots can be measured, and if not, why.
struct IntervalValidity
{
    bool valid = false;
    QString reason;               ///< empty when valid
};

/// \brief Delta/rate maths over cumulative PostgreSQL counters. Pure functions, any thread.
namespace CounterDelta {

/// current − previous, or nothing when the counter went backwards (reset, restart, dropped database).
std::optional<qint64> delta(qint64 previous, qint64 current);

/// \a delta per second of real elapsed time; 0 when \a elapsedSeconds is not positive.
double rate(qint64 delta, double elapsedSeconds);

/// hit / (hit + read), or nothing when no block was requested.
std::optional<double> hitRatio(qint64 hitDelta, qint64 readDelta);

/// Restart (postmaster start time changed), statistics reset (stats_reset changed), a clock that
/// did not move forward, or any counter going backwards make the interval invalid.
IntervalValidity checkInterval(const ServerSnapshot &previous, const ServerSnapshot &current);

/// The snapshot the next interval is measured from, after \a current. Commits leave out the
/// statements of DB Pulse's own session (ServerSnapshot::ownStatements); those reach
/// pg_stat_database up to a second or so late (a backend flushes its statistics at most once a
/// second), so an interval can count our statements before their commits arrive. The baseline
/// then keeps its commits-without-ours, and the next intervals subtract them when they arrive:
/// nothing of ours shows, nothing of others is lost.
ServerSnapshot baselineAfter(const ServerSnapshot &previous, const ServerSnapshot &current);

/// Fills \a sample's elapsed time, gap flag, database rates and cache hit ratios from two
/// consecutive snapshots of the target database. Leaves rates zero and ratios empty when the
/// interval is a gap.
void apply(const ServerSnapshot &previous, const ServerSnapshot &current, MetricsSample &sample);

/// Fills \a server's gap flag, rates, checkpoints and WAL rate from two consecutive snapshots of
/// the whole server. Leaves them zero (checkpoints empty) when the interval is a gap.
void applyServer(const ServerSnapshot &previous, const ServerSnapshot &current, ServerFigures &server);

/// The server's per-database list over one interval: rates for each database found in both reads
/// with counters that did not go backwards, when the server's interval is \a valid; the others
/// without a rate. Sorted by name. \a targetId's rate is replaced by \a targetRate (ours left out).
QList<DatabaseActivity> perDatabase(const QHash<quint32, DatabaseCounters> &previous,
                                    const QHash<quint32, DatabaseCounters> &current, double elapsedSeconds,
                                    bool valid, quint32 targetId, std::optional<double> targetRate);

} // namespace CounterDelta

} // namespace dbpulse
