#pragma once

#include "core/metrics/metricssample.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief What one statement (a queryid in one database) did in one stored stretch of time: one
/// interval between two pg_stat_statements reads, or a minute or hour those intervals were folded
/// into. Sums, so buckets add up exactly (calls, time, squares, rows, blocks). Value type, any thread.
struct StatementBucket
{
    qint64 timeMs = 0;         ///< an interval: its end; a folded bucket: its start (ms since the epoch)
    qint64 spanMs = 0;         ///< 0: one interval; else the folded bucket's length
    qint64 queryId = 0;
    quint32 dbId = 0;
    QString database;
    QStringList users;         ///< sorted, no duplicates
    qint64 calls = 0;
    double totalMs = 0;
    double squaresMs2 = 0;     ///< sum of squared call times: calls × (variance + mean²)
    double minMs = 0;          ///< lifetime bounds pg reported (see StatementInterval); 0/0: none
    double maxMs = 0;
    qint64 rows = 0;
    qint64 blksHit = 0;
    qint64 blksRead = 0;

    /// The bucket of one statement's interval that ended at \a timeMs.
    static StatementBucket fromInterval(const StatementInterval &interval, qint64 timeMs);
    /// Adds \a other's sums (the same statement), widens the bounds and joins the users.
    void add(const StatementBucket &other);
    double meanMs() const { return calls > 0 ? totalMs / double(calls) : 0.0; }
    /// Population variance of the calls, ≥ 0.
    double varianceMs2() const;
};

} // namespace dbpulse

Q_DECLARE_METATYPE(dbpulse::StatementBucket)
