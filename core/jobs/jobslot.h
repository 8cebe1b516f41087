#pragma once

#include "core/jobs/taskjob.h"

#include <QPointer>
#include <functional>

namespace dbpulse {

/// \brief The one Job a page (or dialog) runs at a time.
///
/// start() cancels the job before it, whose result is then dropped; the owner's callback runs on
/// the owner's thread only for the current job and only while the owner lives. The destructor
/// cancels the current job without waiting: the job lives on detached until its work returns,
/// then deletes itself, so closing a page never blocks the GUI thread on a slow server.
class JobSlot
{
public:
    /// \a owner is the context of the callbacks (they never run after it is destroyed).
    explicit JobSlot(QObject *owner);
    ~JobSlot();
    JobSlot(const JobSlot &) = delete;
    JobSlot &operator=(const JobSlot &) = delete;

    /// Takes \a job (whatever its parent), starts it, and calls \a done when it finishes, unless
    /// another job was started meanwhile. \a done gets the job; it is deleted after \a done.
    void start(Job *job, std::function<void(Job *)> done = {});

    /// Runs \a work as a TaskJob; \a done gets its result (not called when it was cancelled).
    template <typename R>
    void run(std::function<R(const JobContext &)> work, std::function<void(const R &)> done)
    {
        start(new TaskJob<R>(std::move(work)), [done = std::move(done)](Job *job) {
            if (job->state() == Job::State::Succeeded)
                done(static_cast<TaskJob<R> *>(job)->result());
        });
    }

    /// Cancels the current job; its callback is not called.
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }
    Job *current() const { return m_job; }

private:
    QObject *m_owner;
    QPointer<Job> m_job;
};

} // namespace dbpulse
