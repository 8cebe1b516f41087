#include "core/db/monitorworker.h"

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

} // namespace dbpulse
