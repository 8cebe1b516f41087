#include "core/metrics/replicationstatus.h"

#include <QJsonArray>

namespace dbpulse {

namespace {

std::optional<double> real(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// json_build_object renders bigint as a JSON number; a double holds WAL distances exactly up to 2^53.
std::optional<qint64> bytes(const QJsonObject &o, const char *key)
{
    const auto v = real(o, key);
    return v ? std::optional<qint64>(qint64(*v)) : std::nullopt;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

ReplicaInfo replicaFrom(const QJsonObject &o)
{
    ReplicaInfo r;
    r.applicationName = text(o, "application_name");
    r.clientAddr = text(o, "client_addr");
    r.state = text(o, "state");
    r.syncState = text(o, "sync_state");
    r.writeLagSeconds = real(o, "write_lag_s");
    r.flushLagSeconds = real(o, "flush_lag_s");
    r.replayLagSeconds = real(o, "replay_lag_s");
    r.writeLagBytes = bytes(o, "write_lag_bytes");
    r.flushLagBytes = bytes(o, "flush_lag_bytes");
    r.replayLagBytes = bytes(o, "replay_lag_bytes");
    return r;
}

ReplicationSlotInfo slotFrom(const QJsonObject &o)
{
    ReplicationSlotInfo s;
    s.name = text(o, "slot_name");
    s.type = text(o, "slot_type");
    s.database = text(o, "database");
    s.active = o.value(QLatin1String("active")).toBool();
    s.retainedBytes = bytes(o, "retained_bytes");
    s.walStatus = text(o, "wal_status");
    return s;
}

StandbyStatus standbyFrom(const QJsonObject &o)
{
    StandbyStatus s;
    s.receiverStatus = text(o, "receiver_status");
    s.senderHost = text(o, "sender_host");
    s.senderPort = o.value(QLatin1String("sender_port")).toInt();
    s.slotName = text(o, "slot_name");
    s.lastMessageAgeSeconds = real(o, "last_msg_age_s");
    s.replayDelaySeconds = real(o, "replay_delay_s");
    s.receivedNotReplayedBytes = bytes(o, "received_not_replayed_bytes");
    return s;
}

} // namespace

int ReplicationStatus::inactiveSlotCount() const
{
    int n = 0;
    for (const ReplicationSlotInfo &s : replicationSlots)
        n += s.active ? 0 : 1;
    return n;
}

ReplicationStatus replicationFromJson(const QJsonObject &object)
{
    ReplicationStatus r;
    r.inRecovery = object.value(QLatin1String("in_recovery")).toBool();
    for (const QJsonValue &v : object.value(QLatin1String("standbys")).toArray())
        r.standbys << replicaFrom(v.toObject());
    for (const QJsonValue &v : object.value(QLatin1String("slots")).toArray())
        r.replicationSlots << slotFrom(v.toObject());
    if (r.inRecovery)
        r.standby = standbyFrom(object.value(QLatin1String("standby")).toObject());
    return r;
}

} // namespace dbpulse
