#include "core/metrics/statementbucket.h"

#include <algorithm>

namespace dbpulse {

StatementBucket StatementBucket::fromInterval(const StatementInterval &interval, qint64 timeMs)
{
    StatementBucket b;
    b.timeMs = timeMs;
    b.queryId = interval.queryId;
    b.dbId = interval.dbId;
    b.database = interval.database;
    b.users = interval.users;
    b.calls = interval.calls;
    b.totalMs = interval.totalMs;
    b.squaresMs2 = double(interval.calls) * (interval.varianceMs2 + interval.meanMs * interval.meanMs);
    b.minMs = interval.minMs;
    b.maxMs = interval.maxMs;
    b.rows = interval.rows;
    b.blksHit = interval.sharedBlksHit;
    b.blksRead = interval.sharedBlksRead;
    return b;
}

void StatementBucket::add(const StatementBucket &other)
{
    const bool bounded = maxMs > 0;
    const bool otherBounded = other.maxMs > 0;
    if (otherBounded) {
        minMs = bounded ? std::min(minMs, other.minMs) : other.minMs;
        maxMs = bounded ? std::max(maxMs, other.maxMs) : other.maxMs;
    }
    calls += other.calls;
    totalMs += other.totalMs;
    squaresMs2 += other.squaresMs2;
    rows += other.rows;
    blksHit += other.blksHit;
    blksRead += other.blksRead;
    if (database.isEmpty())
        database = other.database;
    for (const QString &user : other.users) {
        if (!users.contains(user))
            users.append(user);
    }
    users.sort();
}

double StatementBucket::varianceMs2() const
{
    if (calls <= 1)
        return 0;
    const double mean = meanMs();
    // Rounding in the running sums can push it slightly below 0.
    return std::max(0.0, squaresMs2 / double(calls) - mean * mean);
}

} // namespace dbpulse
