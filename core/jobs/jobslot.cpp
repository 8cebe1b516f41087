#include "core/jobs/jobslot.h"

namespace dbpulse {

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
    QObject::connect(job, &Job::finished, job, &QObject::deleteLater);
    job->start();
}

void JobSlot::cancel()
{
    if (!m_job)
        return;
    detach();
}

void JobSlot::detach()
{
    Job *job = m_job;
    m_job = nullptr;
    QObject::disconnect(job, &Job::finished, m_owner, nullptr);
    job->cancel();
}

} // namespace dbpulse
