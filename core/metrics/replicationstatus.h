#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace dbpulse {

/// \brief One standby as its primary (or cascading standby) sees it: pg_stat_replication. Lag in
/// time is measured by the server and goes NULL when the standby is caught up and idle; lag in
/// bytes is how far the standby's write/flush/replay positions are behind this server's WAL.
/// Value type, any thread.
struct ReplicaInfo
{
    QString applicationName;
    QString clientAddr;          ///< empty for a Unix-socket connection
    QString state;               ///< streaming, catchup, startup, backup…
    QString syncState;           ///< async, sync, quorum, potential
    std::optional<double> writeLagSeconds;
    std::optional<double> flushLagSeconds;
    std::optional<double> replayLagSeconds;
    std::optional<qint64> writeLagBytes;
    std::optional<qint64> flushLagBytes;
    std::optional<qint64> replayLagBytes;
};

/// \brief One replication slot (pg_replication_slots) and the WAL it keeps on this server.
struct ReplicationSlotInfo
{
    QString name;
    QString type;                ///< physical or logical
    QString database;            ///< logical slots only
    bool active = false;         ///< a consumer is connected
    std::optional<qint64> retainedBytes; ///< WAL kept for it (from restart_lsn); none before it reserves WAL
    QString walStatus;           ///< reserved, extended, unreserved, lost
};

/// \brief What a standby reports about itself: its WAL receiver (pg_stat_wal_receiver) and how far
/// replay is behind. Value type, any thread.
struct StandbyStatus
{
    QString receiverStatus;      ///< streaming, starting, waiting…; empty: no WAL receiver running
    QString senderHost;
    int senderPort = 0;
    QString slotName;
    std::optional<double> lastMessageAgeSeconds;  ///< since the receiver last heard from the primary
    /// now() - pg_last_xact_replay_timestamp(): time since the last replayed transaction committed
    /// on the primary. Grows while the primary is idle; none before anything was replayed.
    std::optional<double> replayDelaySeconds;
    /// Received but not yet replayed (pg_last_wal_receive_lsn() - pg_last_wal_replay_lsn()).
    std::optional<qint64> receivedNotReplayedBytes;
};

/// \brief Replication as seen from one server: its standbys and slots and, when it is a standby
/// itself (pg_is_in_recovery), its own receiver. Server-wide. Value type, any thread.
struct ReplicationStatus
{
    bool inRecovery = false;
    QList<ReplicaInfo> standbys;
    QList<ReplicationSlotInfo> replicationSlots;
    std::optional<StandbyStatus> standby; ///< set when inRecovery

    /// Nothing to show: a primary with no standby and no slot.
    bool isEmpty() const { return !inRecovery && standbys.isEmpty() && replicationSlots.isEmpty(); }
    int inactiveSlotCount() const;
};

/// Replication from the server query's "replication" JSON object (metricsqueries.cpp).
ReplicationStatus replicationFromJson(const QJsonObject &object);

} // namespace dbpulse
