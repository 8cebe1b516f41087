#include "core/jobs/job.h"

#include "core/jobs/jobstate.h"

#include <QEventLoop>
#include "core/jobs/backgroundpriority.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace dbpulse {

void JobContext::State::post(int percent, const QString &text)
{
    std::lock_guard lock(mutex);
    if (job)
        QMetaObject::invokeMethod(job, [job = job, percent, text] { job->setProgress(percent, text); },
                                  Qt::QueuedConnection);
}

void JobContext::State::postFinish(const QString &error)
{
    std::lock_guard lock(mutex);
    if (job)
        QMetaObject::invokeMethod(job, [job = job, error] { job->finish(error.isEmpty(), error); }, Qt::QueuedConnection);
}

void JobContext::State::cancel()
{
    cancelled = true;
    std::lock_guard lock(mutex);
    for (const auto &[id, interrupt] : interrupts)
        interrupt();
}

Job::Job(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<JobContext::State>())
{
    m_shared->job = this;
}

Job::~Job()
{
    // The work may run on: it sees the cancel, and nothing it reports reaches this object.
    m_shared->cancel();
    std::lock_guard lock(m_shared->mutex);
    m_shared->job = nullptr;
}

QThreadPool *Job::pool()
{
    // Bounded: a burst of jobs queues instead of starting a thread each. Large enough that the
    // long ones (a backup, a restore) leave room for short ones (a sessions refresh).
    static QThreadPool *jobs = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(8, 2 * QThread::idealThreadCount()));
        p->setObjectName(QStringLiteral("dbpulse-jobs"));
        return p;
    }();
    return jobs;
}

void Job::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    // Deferred so callers can connect to signals after start() and still see every emission.
    QMetaObject::invokeMethod(this, [this] {
        if (isCancelRequested())
            finish(false, QStringLiteral("cancelled"));
        else
            doStart();
    }, Qt::QueuedConnection);
}

bool Job::isCancelRequested() const
{
    return m_shared->cancelled.load();
}

void Job::cancel()
{
    if (m_shared->cancelled.load())
        return;
    m_shared->cancel();
    QMetaObject::invokeMethod(this, [this] {
        if (m_state == State::Running)
            doCancel();
    }, Qt::QueuedConnection);
}

void Job::runWorker(std::function<QString(const JobContext &)> work)
{
    const JobContext ctx = context();
    // The work posts the job's end itself, under the state's lock, rather than through a QFuture
    // continuation: a job destroyed while its work runs (its owner went away) must never be
    // reached afterwards, and once waitForWorker() returns the work has posted all it will.
    m_future = QtConcurrent::run(pool(), [work = std::move(work), ctx, shared = m_shared] {
        lowerThisThreadsPriority();
        const QString error = work(ctx);
        shared->postFinish(error);
        return error;
    });
}

void Job::runWorker(std::function<QString()> work)
{
    runWorker([work = std::move(work)](const JobContext &) { return work(); });
}

JobContext Job::context() const
{
    return JobContext(m_shared);
}

void Job::reportProgress(int percent, const QString &text) const
{
    m_shared->post(percent, text);
}

void Job::waitForWorker()
{
    m_shared->cancel();
    m_future.waitForFinished();
}

void Job::setProgress(int percent, const QString &text)
{
    if (isFinished())
        return;
    m_percent = percent;
    m_progressText = text;
    Q_EMIT progressChanged(percent, text);
}

void Job::finish(bool ok, const QString &errorText)
{
    if (isFinished())
        return;
    if (ok) {
        m_state = State::Succeeded;
        m_percent = 100;
    } else {
        m_state = isCancelRequested() ? State::Cancelled : State::Failed;
        m_errorText = errorText.isEmpty() ? QStringLiteral("failed") : errorText;
    }
    Q_EMIT finished(m_state, m_errorText);
}

bool Job::exec()
{
    QEventLoop loop;
    connect(this, &Job::finished, &loop, &QEventLoop::quit);
    if (m_state == State::Idle)
        start();
    if (!isFinished())
        loop.exec();
    return m_state == State::Succeeded;
}

} // namespace dbpulse
