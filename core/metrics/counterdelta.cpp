#include "core/metrics/counterdelta.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include <QCoreApplication>

namespace dbpulse::CounterDelta {

std::optional<qint64> delta(qint64 previous, qint64 current)
{
    if (current < previous)
        return std::nullopt;
    return current - previous;
}

double rate(qint64 delta, double elapsedSeconds)
{
    if (elapsedSeconds <= 0)
        return 0;
    return double(delta) / elapsedSeconds;
}

std::optional<double> hitRatio(qint64 hitDelta, qint64 readDelta)
{
    const qint64 requested = hitDelta + readDelta;
    if (hitDelta < 0 || readDelta < 0 || requested <= 0)
        return std::nullopt;
    return double(hitDelta) / double(requested);
}

IntervalValidity checkInterval(const ServerSnapshot &previous, const ServerSnapshot &current)
{
    if (previous.serverTime <= 0)
        return {false, QCoreApplication::translate("Metrics", "first sample")};
    if (previous.postmasterStart != current.postmasterStart)
        return {false, QCoreApplication::translate("Metrics", "server restarted")};
    if (previous.statsReset != current.statsReset)
        return {false, QCoreApplication::translate("Metrics", "statistics reset")};
    if (current.serverTime <= previous.serverTime)
        return {false, QCoreApplication::translate("Metrics", "server clock did not advance")};
    const std::initializer_list<std::pair<qint64, qint64>> counters = {
        {previous.commits, current.commits},
        {previous.rollbacks, current.rollbacks},
        {previous.blocksHit, current.blocksHit},
        {previous.blocksRead, current.blocksRead},
        {previous.tempFiles, current.tempFiles},
        {previous.tempBytes, current.tempBytes},
        {previous.deadlocks, current.deadlocks},
        {previous.tableBlocksHit, current.tableBlocksHit},
        {previous.tableBlocksRead, current.tableBlocksRead},
        {previous.indexBlocksHit, current.indexBlocksHit},
        {previous.indexBlocksRead, current.indexBlocksRead},
        {previous.checkpoints, current.checkpoints},
        {previous.walBytes, current.walBytes},
    };
    for (const auto &[before, after] : counters) {
        if (!delta(before, after))
            return {false, QCoreApplication::translate("Metrics", "counters went backwards (reset or dropped database)")};
    }
    return {true, {}};
}

namespace {

double elapsedBetween(const ServerSnapshot &previous, const ServerSnapshot &current)
{
    return previous.serverTime > 0 ? std::max(0.0, current.serverTime - previous.serverTime) : 0;
}

DatabaseRates ratesBetween(const ServerSnapshot &previous, const ServerSnapshot &current, double elapsed)
{
    DatabaseRates r;
    // Our own monitoring commits too, and is left out (see baselineAfter()).
    const qint64 commits = std::max<qint64>(0, (current.commits - current.ownStatements)
                                                   - (previous.commits - previous.ownStatements));
    const qint64 rollbacks = current.rollbacks - previous.rollbacks;
    r.commitsPerSecond = rate(commits, elapsed);
    r.rollbacksPerSecond = rate(rollbacks, elapsed);
    r.transactionsPerSecond = rate(commits + rollbacks, elapsed);
    r.blocksHitPerSecond = rate(current.blocksHit - previous.blocksHit, elapsed);
    r.blocksReadPerSecond = rate(current.blocksRead - previous.blocksRead, elapsed);
    r.tempFiles = current.tempFiles - previous.tempFiles;
    r.tempBytes = current.tempBytes - previous.tempBytes;
    r.deadlocks = current.deadlocks - previous.deadlocks;
    return r;
}

} // namespace

ServerSnapshot baselineAfter(const ServerSnapshot &previous, const ServerSnapshot &current)
{
    ServerSnapshot next = current;
    if (!checkInterval(previous, current).valid)
        return next;
    // Commits without ours never go back: while our own commits are still unflushed, the
    // baseline stays where it was, so they are subtracted once they arrive, not lost.
    const qint64 before = previous.commits - previous.ownStatements;
    if (current.commits - current.ownStatements < before)
        next.ownStatements = current.commits - before;
    return next;
}

void apply(const ServerSnapshot &previous, const ServerSnapshot &current, MetricsSample &sample)
{
    const IntervalValidity validity = checkInterval(previous, current);
    sample.gap = !validity.valid;
    sample.gapReason = validity.reason;
    sample.rates = DatabaseRates();
    sample.cacheHitRatio = CacheHitRatio();
    sample.elapsedSeconds = elapsedBetween(previous, current);
    if (!validity.valid)
        return;

    sample.rates = ratesBetween(previous, current, sample.elapsedSeconds);
    sample.cacheHitRatio.table = hitRatio(current.tableBlocksHit - previous.tableBlocksHit,
                                          current.tableBlocksRead - previous.tableBlocksRead);
    sample.cacheHitRatio.index = hitRatio(current.indexBlocksHit - previous.indexBlocksHit,
                                          current.indexBlocksRead - previous.indexBlocksRead);
}

void applyServer(const ServerSnapshot &previous, const ServerSnapshot &current, ServerFigures &server)
{
    const IntervalValidity validity = checkInterval(previous, current);
    server.gap = !validity.valid;
    server.gapReason = validity.reason;
    server.rates = DatabaseRates();
    server.checkpoints.reset();
    server.walBytesPerSecond = 0;
    if (!validity.valid)
        return;
    const double elapsed = elapsedBetween(previous, current);
    server.rates = ratesBetween(previous, current, elapsed);
    if (current.checkpoints >= 0 && previous.checkpoints >= 0)
        server.checkpoints = current.checkpoints - previous.checkpoints;
    server.walBytesPerSecond = rate(current.walBytes - previous.walBytes, elapsed);
}

QList<DatabaseActivity> perDatabase(const QHash<quint32, DatabaseCounters> &previous,
                                    const QHash<quint32, DatabaseCounters> &current, double elapsedSeconds,
                                    bool valid, quint32 targetId, std::optional<double> targetRate)
{
    QList<DatabaseActivity> list;
    list.reserve(current.size());
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const DatabaseCounters &now = it.value();
        DatabaseActivity d;
        d.dbId = it.key();
        d.name = now.name;
        d.connections = now.connections;
        const auto before = previous.constFind(it.key());
        if (valid && before != previous.cend() && elapsedSeconds > 0) {
            const auto transactions = delta(before->transactions, now.transactions);
            const auto hit = delta(before->blocksHit, now.blocksHit);
            const auto read = delta(before->blocksRead, now.blocksRead);
            if (transactions)
                d.transactionsPerSecond = rate(*transactions, elapsedSeconds);
            if (hit && read)
                d.cacheHit = hitRatio(*hit, *read);
        }
        if (d.dbId == targetId)
            d.transactionsPerSecond = targetRate;
        list.append(d);
    }
    std::sort(list.begin(), list.end(),
              [](const DatabaseActivity &a, const DatabaseActivity &b) { return a.name < b.name; });
    return list;
}

} // namespace dbpulse::CounterDelta
