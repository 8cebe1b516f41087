#include "core/backup/workerjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dbpulse {

WorkerJob::~WorkerJob()
{
    stopWorker();
}

void WorkerJob::stopWorker()
{
    m_abort = true;
    m_pool.waitForDone();
}

void WorkerJob::runWorker(std::function<QString()> work)
{
    m_pool.setMaxThreadCount(1);
    m_future = QtConcurrent::run(&m_pool, std::move(work));
    m_future.then(this, [this](const QString &error) { finish(error.isEmpty(), error); });
}

void WorkerJob::reportProgress(int percent, const QString &text)
{
    QMetaObject::invokeMethod(this, [this, percent, text] { setProgress(percent, text); }, Qt::QueuedConnection);
}

} // namespace dbpulse
