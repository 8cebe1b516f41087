#pragma once

#include "core/db/connectionstate.h"

#include <QString>

namespace dbpulse {

class MetricsHistory;

/// \brief Whether the newest figures of a server are current. During an outage the dashboard
/// keeps the last known figures on screen — but they must never look live. Value type.
struct Freshness
{
    bool stale = false;
    qint64 ageSeconds = 0;  ///< since the newest sample arrived (this machine's clock)
    qint64 receivedMsecs = 0; ///< when it arrived (msecs since epoch); 0 when there is none

    /// "as of 03:12:04, 42 s ago" — empty when there is no sample.
    QString asOfText() const;
};

/// A sample counts as stale when its server is not connected, or when no new one arrived for
/// three intervals (a worker stuck on a dead network has not noticed the loss yet) and at least
/// five seconds. \a nowMsecs: this machine's clock, msecs since epoch.
Freshness judgeFreshness(const ConnectionStatus &status, const MetricsHistory *history, qint64 nowMsecs);

} // namespace dbpulse
