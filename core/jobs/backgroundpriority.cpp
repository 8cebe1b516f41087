#include "core/jobs/backgroundpriority.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace dbpulse {

namespace {
// Weight about a third of the GUI thread's under the Linux scheduler: it still gets its turn
// when work is waiting, and work still runs when the GUI thread is idle (which it mostly is).
constexpr int kNiceSteps = 5;
} // namespace

void lowerThisThreadsPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread (its kernel task id), not the process.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, tid, std::min(19, current + kNiceSteps));
#endif
}

} // namespace dbpulse
