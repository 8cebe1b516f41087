#pragma once

#include "core/metrics/metricssample.h"

#include <QJsonObject>
#include <QString>

namespace dbpulse::cli {

/// `watch --format jsonl`'s "blocking" object: counts (waiting, blocking, root_blockers) and the
/// blocking tree, each node with its waiters nested under "waiters" and its tree parent's pid in
/// "parent" (null at the top).
QJsonObject blockingJson(const MetricsSample &sample);

/// `watch --format jsonl`'s connections.waiting_by_type: waiting sessions by wait_event_type.
QJsonObject waitingByTypeJson(const ConnectionCounts &counts);

/// `watch --format table`'s lock line ("  locks: 1 root blocker pid 123 (alice@shop, …) · 2
/// waiting"), or empty when nobody waits on a lock.
QString blockingTableLine(const MetricsSample &sample);

} // namespace dbpulse::cli
