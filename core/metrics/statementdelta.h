#pragma once

#include "core/metrics/counterdelta.h"
#include "core/metrics/metricssample.h"
#include "core/metrics/metricssnapshot.h"

#include <QList>
#include <optional>

namespace dbpulse {

/// \brief Per-statement interval statistics from consecutive pg_stat_statements snapshots.
/// Pure functions, any thread.
///
/// pg keeps per entry the call count n, the mean m and the population standard deviation s over
/// all calls. The sum of squares is S = n(s² + m²), so for an interval with n = n2 − n1 calls:
/// mean = (n2 m2 − n1 m1) / n and variance = (S2 − S1) / n − mean², clamped at 0.
///
/// Every entry counts from its first call: an entry absent from the previous snapshot was created
/// during the interval (a reset, a restart or an eviction in between makes the whole interval a
/// gap), so all its counters belong to the interval. A statement that ran once, or a new one that
/// ran N times, shows with 1 or N calls and all its time in the interval it appeared in.
namespace StatementDelta {

/// The interval of one entry, or nothing when it made no calls, or its counters went backwards
/// (evicted and re-created, reset): such an entry contributes nothing for this interval.
/// An entry that did not exist before is diffed against StatementCounters{} (all zero).
std::optional<StatementInterval> diff(qint64 queryId, const StatementCounters &previous,
                                      const StatementCounters &current);

/// A restart, a pg_stat_statements reset or evictions (dealloc moved) make the interval a gap.
IntervalValidity checkInterval(const StatementsSnapshot &previous, const StatementsSnapshot &current);

/// \brief Outcome of diffing two whole snapshots.
struct Result
{
    IntervalValidity validity;
    double elapsedSeconds = 0;
    qint64 calls = 0;                        ///< calls of all statements in the interval
    QList<StatementInterval> statements;     ///< one per (queryid, database) with calls in the interval
};

/// Diffs every entry of \a current against the same entry in \a previous (against zero when it is
/// new; entries that disappeared contribute nothing) and merges the entries of one queryid in one
/// database (its users) through their sums and sums of squares. A queryid run in two databases
/// is two statements: each database's figures are its own.
Result diff(const StatementsSnapshot &previous, const StatementsSnapshot &current);

} // namespace StatementDelta

} // namespace dbpulse
