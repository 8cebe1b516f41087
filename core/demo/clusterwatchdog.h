#pragma once

#include <QString>

namespace dbpulse {

/// \brief Starts a detached `sh` (own session, no inherited pipes) that waits for process
/// \a ownerPid (0: this one) to end and then stops the postmaster of \a dataDir (SIGQUIT) and removes \a baseDir, so even a
/// SIGKILLed owner leaves no server behind. It exits by itself once \a baseDir is gone, so a
/// normal LocalCluster::destroy() needs no extra step. Any thread.
bool startClusterWatchdog(const QString &dataDir, const QString &baseDir, qint64 ownerPid = 0);

/// \brief True when \a pid exists and is not a zombie (kill(pid, 0) alone also accepts zombies,
/// which a container's pid 1 may never reap). Any thread.
bool isLiveProcess(qint64 pid);

} // namespace dbpulse
