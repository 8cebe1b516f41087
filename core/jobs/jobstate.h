#pragma once

#include "core/jobs/jobcontext.h"

#include <QString>
#include <atomic>
#include <functional>
#include <mutex>

namespace dbpulse {

/// The state a Job shares with its worker (private to core/jobs). The worker may outlive the Job
/// object: it then still sees the cancel flag, and its progress reports go nowhere.
struct JobContext::State
{
    std::atomic<bool> cancelled{false};
    std::mutex mutex;                 ///< guards interrupt and job
    std::function<void()> interrupt;  ///< stops the blocking call in progress
    Job *job = nullptr;               ///< cleared by ~Job, so posting never reaches a dead object

    void post(int percent, const QString &text);
    /// Queues the job's end with \a error (empty: success); dropped once the job is gone.
    void postFinish(const QString &error);
    /// Sets the flag and calls the interrupt, if any. Any thread.
    void cancel();
};

} // namespace dbpulse
