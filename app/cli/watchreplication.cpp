#include "watchreplication.h"

#include "watchjson.h"
#include "core/io/datasize.h"

#include <QJsonArray>

#include <cmath>

namespace dbpulse::cli {

namespace {

QJsonValue bytes(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString secondsText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) + QStringLiteral(" s") : QStringLiteral("-");
}

QString bytesText(const std::optional<qint64> &v)
{
    return v ? formatDataSize(*v) : QStringLiteral("-");
}

QJsonObject standbyJson(const ReplicaInfo &r)
{
    return QJsonObject{{QLatin1String("application_name"), r.applicationName},
                       {QLatin1String("client_addr"), r.clientAddr},
                       {QLatin1String("state"), r.state},
                       {QLatin1String("sync_state"), r.syncState},
                       {QLatin1String("write_lag_s"), round3OrNull(r.writeLagSeconds)},
                       {QLatin1String("flush_lag_s"), round3OrNull(r.flushLagSeconds)},
                       {QLatin1String("replay_lag_s"), round3OrNull(r.replayLagSeconds)},
                       {QLatin1String("write_lag_bytes"), bytes(r.writeLagBytes)},
                       {QLatin1String("flush_lag_bytes"), bytes(r.flushLagBytes)},
                       {QLatin1String("replay_lag_bytes"), bytes(r.replayLagBytes)}};
}

QJsonObject slotJson(const ReplicationSlotInfo &s)
{
    return QJsonObject{{QLatin1String("slot_name"), s.name},
                       {QLatin1String("slot_type"), s.type},
                       {QLatin1String("database"), s.database.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.database)},
                       {QLatin1String("active"), s.active},
                       {QLatin1String("inactive"), !s.active},
                       {QLatin1String("retained_bytes"), bytes(s.retainedBytes)},
                       {QLatin1String("wal_status"), s.walStatus}};
}

QJsonValue receiverJson(const ReplicationStatus &r)
{
    if (!r.standby)
        return QJsonValue(QJsonValue::Null);
    const StandbyStatus &s = *r.standby;
    return QJsonObject{{QLatin1String("receiver_status"), s.receiverStatus.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                     : QJsonValue(s.receiverStatus)},
                       {QLatin1String("sender_host"), s.senderHost},
                       {QLatin1String("sender_port"), s.senderPort},
                       {QLatin1String("slot_name"), s.slotName},
                       {QLatin1String("last_message_age_s"), round3OrNull(s.lastMessageAgeSeconds)},
                       {QLatin1String("replay_delay_s"), round3OrNull(s.replayDelaySeconds)},
                       {QLatin1String("received_not_replayed_bytes"), bytes(s.receivedNotReplayedBytes)}};
}

} // namespace

QJsonObject replicationJson(const ReplicationStatus &replication)
{
    QJsonArray standbys;
    for (const ReplicaInfo &r : replication.standbys)
        standbys.append(standbyJson(r));
    QJsonArray slotArray;
    for (const ReplicationSlotInfo &s : replication.replicationSlots)
        slotArray.append(slotJson(s));
    return QJsonObject{{QLatin1String("in_recovery"), replication.inRecovery},
                       {QLatin1String("standbys"), standbys},
                       {QLatin1String("slots"), slotArray},
                       {QLatin1String("standby"), receiverJson(replication)}};
}

QString replicationTableLine(const ReplicationStatus &replication)
{
    if (replication.isEmpty())
        return {};
    QStringList parts;
    if (replication.standby) {
        const StandbyStatus &s = *replication.standby;
        parts << QStringLiteral("this server is a standby: receiver %1, replay delay %2, %3 received not replayed")
                     .arg(s.receiverStatus.isEmpty() ? QStringLiteral("not running") : s.receiverStatus,
                          secondsText(s.replayDelaySeconds), bytesText(s.receivedNotReplayedBytes));
    }
    for (const ReplicaInfo &r : replication.standbys) {
        parts << QStringLiteral("standby %1 %2 %3, lag write/flush/replay %4/%5/%6, %7 behind")
                     .arg(r.applicationName.isEmpty() ? r.clientAddr : r.applicationName, r.state, r.syncState,
                          secondsText(r.writeLagSeconds), secondsText(r.flushLagSeconds),
                          secondsText(r.replayLagSeconds), bytesText(r.replayLagBytes));
    }
    for (const ReplicationSlotInfo &s : replication.replicationSlots) {
        parts << QStringLiteral("slot %1%2 retains %3").arg(s.name, s.active ? QString() : QStringLiteral(" INACTIVE"),
                                                             bytesText(s.retainedBytes));
    }
    return QStringLiteral("  replication (server): ") + parts.join(QStringLiteral("; "));
}

} // namespace dbpulse::cli
