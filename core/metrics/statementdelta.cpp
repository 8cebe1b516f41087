#include "core/metrics/statementdelta.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <utility>

namespace dbpulse::StatementDelta {

std::optional<StatementInterval> diff(qint64 queryId, const StatementCounters &previous,
                                      const StatementCounters &current)
{
    const qint64 n = current.calls - previous.calls;
    if (n <= 0)
        return std::nullopt;
    if (current.rows < previous.rows || current.sharedBlksHit < previous.sharedBlksHit
        || current.sharedBlksRead < previous.sharedBlksRead)
        return std::nullopt;

    const double n1 = double(previous.calls);
    const double n2 = double(current.calls);
    const double sum1 = n1 * previous.meanMs;
    const double sum2 = n2 * current.meanMs;
    const double squares1 = n1 * (previous.stddevMs * previous.stddevMs + previous.meanMs * previous.meanMs);
    const double squares2 = n2 * (current.stddevMs * current.stddevMs + current.meanMs * current.meanMs);

    StatementInterval s;
    s.queryId = queryId;
    s.calls = n;
    s.meanMs = std::max(0.0, (sum2 - sum1) / double(n));
    s.totalMs = s.meanMs * double(n);
    // One call has no spread; for more, rounding in pg's running sums can push it slightly negative.
    s.varianceMs2 = n == 1 ? 0.0 : std::max(0.0, (squares2 - squares1) / double(n) - s.meanMs * s.meanMs);
    s.minMs = current.minMs;
    s.maxMs = current.maxMs;
    s.rows = current.rows - previous.rows;
    s.sharedBlksHit = current.sharedBlksHit - previous.sharedBlksHit;
    s.sharedBlksRead = current.sharedBlksRead - previous.sharedBlksRead;
    return s;
}

IntervalValidity checkInterval(const StatementsSnapshot &previous, const StatementsSnapshot &current)
{
    if (previous.serverTime <= 0)
        return {false, QCoreApplication::translate("Metrics", "first sample")};
    if (previous.postmasterStart != current.postmasterStart)
        return {false, QCoreApplication::translate("Metrics", "server restarted")};
    if (previous.statsReset != current.statsReset || current.dealloc < previous.dealloc)
        return {false, QCoreApplication::translate("Metrics", "pg_stat_statements was reset")};
    if (current.dealloc != previous.dealloc)
        return {false, QCoreApplication::translate("Metrics", "pg_stat_statements evicted %1 entries (consider raising pg_stat_statements.max)")
                           .arg(current.dealloc - previous.dealloc)};
    if (current.serverTime <= previous.serverTime)
        return {false, QCoreApplication::translate("Metrics", "server clock did not advance")};
    return {true, {}};
}

namespace {

/// The entries of one queryid in one database (its users) summed: calls, time and squares add up exactly; bounds and the
/// other counters too.
struct QueryIntervals
{
    StatementInterval merged;    ///< the first entry's interval; sums once a second one comes
    double squares = 0;
    int entries = 0;
    QSet<QString> users;

    void add(const StatementInterval &s)
    {
        const double squaresOfS = double(s.calls) * (s.varianceMs2 + s.meanMs * s.meanMs);
        if (entries++ == 0) {
            merged = s;
            squares = squaresOfS;
            return;
        }
        merged.calls += s.calls;
        merged.totalMs += s.totalMs;
        merged.minMs = std::min(merged.minMs, s.minMs);
        merged.maxMs = std::max(merged.maxMs, s.maxMs);
        merged.rows += s.rows;
        merged.sharedBlksHit += s.sharedBlksHit;
        merged.sharedBlksRead += s.sharedBlksRead;
        squares += squaresOfS;
    }

    StatementInterval result() const
    {
        StatementInterval s = merged;
        s.users = QStringList(users.cbegin(), users.cend());
        s.users.sort();
        if (entries == 1)
            return s; // exactly the entry's own interval
        s.meanMs = s.totalMs / double(s.calls);
        s.varianceMs2 = std::max(0.0, squares / double(s.calls) - s.meanMs * s.meanMs);
        return s;
    }
};

} // namespace

Result diff(const StatementsSnapshot &previous, const StatementsSnapshot &current)
{
    Result result;
    result.validity = checkInterval(previous, current);
    if (!result.validity.valid)
        return result;
    result.elapsedSeconds = current.serverTime - previous.serverTime;
    QHash<std::pair<qint64, quint32>, QueryIntervals> byQuery; // (queryid, dbid)
    for (auto it = current.entries.cbegin(); it != current.entries.cend(); ++it) {
        // Absent before: created during the interval, so every counter it has is the interval's.
        const StatementCounters before = previous.entries.value(it.key(), StatementCounters{});
        auto interval = diff(it.key().queryId, before, it.value());
        if (!interval)
            continue;
        interval->dbId = it.key().dbId;
        interval->database = current.databaseNames.value(it.key().dbId);
        QueryIntervals &q = byQuery[{it.key().queryId, it.key().dbId}];
        q.add(*interval);
        q.users.insert(current.userNames.value(it.key().userId, QString::number(it.key().userId)));
    }
    result.statements.reserve(byQuery.size());
    for (const QueryIntervals &q : std::as_const(byQuery)) {
        const StatementInterval s = q.result();
        result.calls += s.calls;
        result.statements << s;
    }
    return result;
}

} // namespace dbpulse::StatementDelta
