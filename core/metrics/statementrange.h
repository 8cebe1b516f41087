#pragma once

#include "core/metrics/statementbucket.h"

#include <QList>

namespace dbpulse {

/// \brief One statement's figures over a time range: every column covers the same buckets.
/// Value type, any thread.
struct StatementRangeRow
{
    qint64 queryId = 0;
    quint32 dbId = 0;
    QString database;
    QStringList users;
    qint64 calls = 0;
    double totalMs = 0;
    qint64 rows = 0;
    qint64 blksHit = 0;
    qint64 blksRead = 0;
    double p95Ms = 0;          ///< estimated (see StatementRange::summarize)
    double p99Ms = 0;
    double meanMs() const { return calls > 0 ? totalMs / double(calls) : 0.0; }
};

/// \brief Range maths of stored statement buckets. Pure functions, any thread.
///
/// A bucket counts for a range [from, to] when its time lies in it: an interval by its end, a
/// folded minute or hour by its start, so a range's edges are as sharp as the stored buckets.
namespace StatementRange {

/// The most mixture components one statement's percentile estimate uses.
constexpr int maxComponents = 24;

bool covers(const StatementBucket &bucket, qint64 fromMs, qint64 toMs);

/// Folds \a buckets into one bucket per statement and \a granularityMs (keyed by the start of
/// it, span \a granularityMs), in time order. Sums stay exact.
QList<StatementBucket> fold(const QList<StatementBucket> &buckets, qint64 granularityMs);

/// One row per statement with calls in [from, to]: calls, time, rows and blocks summed over its
/// buckets there; p95/p99 estimated from the mixture of the buckets' own distributions (each a
/// lognormal with the bucket's mean and variance, censored to pg's min/max, weighted by calls —
/// PercentileEstimator), consecutive buckets merged first to at most \a components, so a slow
/// hour and a fast hour stay apart instead of being averaged into one shape.
QList<StatementRangeRow> summarize(const QList<StatementBucket> &buckets, qint64 fromMs, qint64 toMs,
                                   int components = maxComponents);

} // namespace StatementRange

} // namespace dbpulse

Q_DECLARE_METATYPE(dbpulse::StatementRangeRow)
