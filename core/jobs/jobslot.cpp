#include "core/jobs/jobslot.h"

#include <QCoreApplication>
#include <QSet>
#include <QThreadPool>

namespace dbpulse {

namespace {

// Jobs a slot started own themselves: they delete themselves when they finish, even after their
// page is gone. Those still alive when the application ends (their finish would need the event
// loop) are cancelled, waited for, and deleted here, so none leaks and none runs past main().
QSet<Job *> &selfOwnedJobs()
{
    static QSet<Job *> jobs;
    return jobs;
}

void endSelfOwnedJobs()
{
    const QSet<Job *> jobs = selfOwnedJobs();
    for (Job *job : jobs)
        job->cancel();
    Job::pool()->waitForDone();
    for (Job *job : jobs)
        delete job;
}

void ownItself(Job *job)
{
    static const bool registered = [] {
        if (QCoreApplication::instance())
            qAddPostRoutine(endSelfOwnedJobs);
        return true;
    }();
    Q_UNUSED(registered)
    selfOwnedJobs().insert(job);
    QObject::connect(job, &QObject::destroyed, [job] { selfOwnedJobs().remove(job); });
    QObject::connect(job, &Job::finished, job, &QObject::deleteLater);
}

} // namespace

JobSlot::JobSlot(QObject *owner)
    : m_owner(owner)
{
}

JobSlot::~JobSlot()
{
    cancel();
}

void JobSlot::start(Job *job, std::function<void(Job *)> done)
{
    cancel();
    // Not a child of the owner: the job must be able to outlive it (see the destructor).
    job->setParent(nullptr);
    m_job = job;
    QObject::connect(job, &Job::finished, m_owner, [this, job, done = std::move(done)] {
        if (m_job != job)
            return;
        m_job = nullptr;
        if (done)
            done(job);
    });
    ownItself(job);
    job->start();
}

void JobSlot::cancel()
{
    if (!m_job)
        return;
    Job *job = m_job;
    m_job = nullptr;
    QObject::disconnect(job, &Job::finished, m_owner, nullptr);
    job->cancel();
}

} // namespace dbpulse
