#pragma once

#include "core/jobs/job.h"

#include <QFuture>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace dbpulse {

/// \brief A Job whose blocking work (libpq, pg_dump/pg_restore, hashing) runs on its own private
/// thread, so it never waits on the job's (GUI) thread and never starves the global pool.
/// The destructor cancels and waits: an owner going away never leaves a thread or child behind.
class WorkerJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    ~WorkerJob() override;

    /// True when the last failure was "cannot connect" (the CLI maps it to exit code 3).
    bool connectFailed() const { return m_connectFailed; }

protected:
    /// Runs \a work on the private thread; its return value is the error text (empty: success).
    void runWorker(std::function<QString()> work);
    /// Thread-safe: queues a progress report to the job's thread.
    void reportProgress(int percent, const QString &text);
    const std::atomic<bool> *abortFlag() const { return &m_abort; }
    bool aborted() const { return m_abort.load(); }
    void doCancel() override { m_abort = true; }
    /// Cancels and waits for the worker. Every subclass destructor calls it first, because the
    /// worker reads the subclass's members, which die before ~WorkerJob runs.
    void stopWorker();

    bool m_connectFailed = false; ///< written by the worker before it returns

private:
    std::atomic<bool> m_abort{false};
    QThreadPool m_pool;
    QFuture<QString> m_future;
};

} // namespace dbpulse
