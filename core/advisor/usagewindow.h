#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dbpulse {

/// \brief The span the index usage counters cover: from the later of the server's start and the
/// database's statistics reset, up to the moment they were read. Counters before either are gone,
/// so "0 scans" means "0 scans in this window" and nothing more. Also which other nodes may use an
/// index these counters never see. Value type, any thread.
struct UsageWindow
{
    QDateTime serverStart; ///< pg_postmaster_start_time(), UTC; invalid when not read
    QDateTime statsReset;  ///< pg_stat_database.stats_reset, UTC; invalid when never reset
    QDateTime readAt;      ///< the server's now() when the counters were read, UTC
    bool inRecovery = false; ///< this server is a standby
    int standbys = 0;        ///< rows of pg_stat_replication: nodes replicating from this one

    bool isKnown() const { return serverStart.isValid() && readAt.isValid(); }
    /// The later of server start and statistics reset.
    QDateTime start() const;
    bool startsAtReset() const { return statsReset.isValid() && statsReset > serverStart; }
    /// Length of the window in seconds; -1 when unknown.
    qint64 seconds() const;
    /// "3 d 4 h since the server started on 2024-05-01 10:00 UTC" (or "since the statistics were reset on …").
    QString describe() const;
    /// Empty on a lone primary; otherwise why other nodes' use of an index is not counted here.
    QString replicaWarning() const;

    QJsonObject toJson() const;
};

/// "20 s", "5 min", "3 h 12 min", "3 d 4 h": the two largest units. Any thread.
QString formatWindowLength(qint64 seconds);
/// "2024-05-01 10:00 UTC". Any thread.
QString formatWindowTime(const QDateTime &utc);

} // namespace dbpulse
