#pragma once

#include "exitcode.h"

#include <QString>

class QTextStream;

namespace dbpulse {
class MonitorWorker;
}

namespace dbpulse::cli {

/// What a watch says on stderr when its target cannot be reached.
struct WatchWording
{
    QString cannotReach; ///< "cannot connect to LABEL": the first connection failed (exit 3)
    QString lost;        ///< "connection lost": it was reached, and the worker retries
    QString restored = QStringLiteral("connection restored"); ///< back after a loss
};

/// Starts \a worker and runs the event loop until Ctrl-C or SIGTERM (a watch's normal end: exit
/// 0), until \a durationSeconds passed (when > 0), or until the target could not be reached at
/// first (exit 3); a lost connection is retried and said on \a err. Stops the worker on return.
ExitCode runWatchLoop(MonitorWorker &worker, double durationSeconds, QTextStream &err, const WatchWording &wording);

} // namespace dbpulse::cli
