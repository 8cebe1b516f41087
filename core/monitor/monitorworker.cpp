#include "core/monitor/monitorworker.h"

#include <algorithm>

namespace dbpulse {

int MonitorWorker::backoffMs(int attempt)
{
    constexpr int capMs = 30000;
    if (attempt <= 1)
        return 1000;
    if (attempt > 6) // 2^5 s already exceeds the cap; avoids shifting past int's width
        return capMs;
    return std::min(capMs, 1000 << (attempt - 1));
}

void MonitorWorker::reportStatus(ConnectionState state, int attempt, const QString &error, int retryInMs)
{
    ConnectionStatus status;
    status.state = state;
    status.error = error;
    status.attempt = attempt;
    status.retryInMs = retryInMs;
    Q_EMIT statusChanged(status);
}

} // namespace dbpulse
