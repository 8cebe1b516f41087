#pragma once

#include "core/metrics/replicationstatus.h"

#include <QJsonObject>
#include <QString>

namespace dbpulse::cli {

/// `watch --format jsonl`'s "replication" object: in_recovery, standbys (lag in seconds and
/// bytes), slots (retained WAL, inactive flagged) and, on a standby, "standby" (its WAL receiver
/// and replay delay; null on a primary). Server-wide.
QJsonObject replicationJson(const ReplicationStatus &replication);

/// `watch --format table`'s replication line, or empty when there is nothing to show (a primary
/// without standbys or slots).
QString replicationTableLine(const ReplicationStatus &replication);

} // namespace dbpulse::cli
