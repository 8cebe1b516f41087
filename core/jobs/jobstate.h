#pragma once

#include "core/jobs/jobcontext.h"

#include <QString>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>

namespace dbpulse {

/// The state a Job shares with its worker (private to core/jobs). The worker may outlive the Job
/// object: it then still sees the cancel flag, and its progress reports go nowhere.
struct JobContext::State
{
    std::atomic<bool> cancelled{false};
    std::mutex mutex;                 ///< guards interrupts and job
    /// What stops the blocking calls in progress, by InterruptGuard id (an engine may hold
    /// several sessions at once).
    std::map<quint64, std::function<void()>> interrupts;
    quint64 lastInterruptId = 0;
    Job *job = nullptr;               ///< cleared by ~Job, so posting never reaches a dead object

    void post(int percent, const QString &text);
    /// Queues the job's end with \a error (empty: success); dropped once the job is gone.
    void postFinish(const QString &error);
    /// Sets the flag and calls the registered interrupts. Any thread.
    void cancel();
};

} // namespace dbpulse
