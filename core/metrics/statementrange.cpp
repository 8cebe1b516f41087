#include "core/metrics/statementrange.h"

#include "core/metrics/percentileestimator.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <utility>

namespace dbpulse::StatementRange {

namespace {

using Key = std::pair<qint64, quint32>; // (queryid, dbid)

bool earlier(const StatementBucket &a, const StatementBucket &b)
{
    return a.timeMs < b.timeMs;
}

/// The statement's buckets (time order) merged into at most \a components consecutive runs.
QList<PercentileEstimator::Component> mixtureOf(const QList<StatementBucket> &buckets, int components)
{
    QList<PercentileEstimator::Component> mixture;
    const qsizetype n = buckets.size();
    const qsizetype per = std::max<qsizetype>(1, (n + components - 1) / std::max(1, components));
    for (qsizetype first = 0; first < n; first += per) {
        StatementBucket run = buckets.at(first);
        for (qsizetype i = first + 1; i < std::min(n, first + per); ++i)
            run.add(buckets.at(i));
        if (run.calls > 0)
            mixture << PercentileEstimator::componentsFor(run.calls, run.meanMs(), run.varianceMs2(), run.minMs, run.maxMs);
    }
    return mixture;
}

} // namespace

bool covers(const StatementBucket &bucket, qint64 fromMs, qint64 toMs)
{
    return bucket.timeMs >= fromMs && bucket.timeMs <= toMs;
}

QList<StatementBucket> fold(const QList<StatementBucket> &buckets, qint64 granularityMs)
{
    // Ordered by (bucket start, statement) so the result is in time order.
    std::map<std::pair<qint64, Key>, StatementBucket> folded;
    for (const StatementBucket &b : buckets) {
        const qint64 start = b.timeMs - b.timeMs % granularityMs;
        auto [it, fresh] = folded.try_emplace({start, Key{b.queryId, b.dbId}}, b);
        if (fresh) {
            it->second.timeMs = start;
            it->second.spanMs = granularityMs;
        } else {
            it->second.add(b);
        }
    }
    QList<StatementBucket> result;
    result.reserve(qsizetype(folded.size()));
    for (auto &entry : folded)
        result << std::move(entry.second);
    return result;
}

QList<StatementRangeRow> summarize(const QList<StatementBucket> &buckets, qint64 fromMs, qint64 toMs,
                                   int components)
{
    QHash<Key, QList<StatementBucket>> byStatement;
    QList<Key> order;
    for (const StatementBucket &b : buckets) {
        if (!covers(b, fromMs, toMs) || b.calls <= 0)
            continue;
        const Key key{b.queryId, b.dbId};
        auto it = byStatement.find(key);
        if (it == byStatement.end()) {
            it = byStatement.insert(key, {});
            order << key;
        }
        it->append(b);
    }
    QList<StatementRangeRow> rows;
    rows.reserve(order.size());
    for (const Key &key : std::as_const(order)) {
        QList<StatementBucket> &list = byStatement[key];
        std::stable_sort(list.begin(), list.end(), earlier);
        StatementBucket sum = list.constFirst();
        for (qsizetype i = 1; i < list.size(); ++i)
            sum.add(list.at(i));
        StatementRangeRow row;
        row.queryId = sum.queryId;
        row.dbId = sum.dbId;
        row.database = sum.database;
        row.users = sum.users;
        row.calls = sum.calls;
        row.totalMs = sum.totalMs;
        row.rows = sum.rows;
        row.blksHit = sum.blksHit;
        row.blksRead = sum.blksRead;
        const QList<PercentileEstimator::Component> mixture = mixtureOf(list, components);
        row.p95Ms = PercentileEstimator::quantile(mixture, 0.95).value_or(row.meanMs());
        row.p99Ms = PercentileEstimator::quantile(mixture, 0.99).value_or(row.meanMs());
        rows << row;
    }
    return rows;
}

} // namespace dbpulse::StatementRange
