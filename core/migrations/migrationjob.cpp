#include "core/migrations/migrationjob.h"

#include "core/migrations/migrationdatabase.h"

#include <QPointer>
#include <QtConcurrent>
#include <mutex>

namespace dbpulse {

// Shared with the worker, which may outlive a signal's delivery but never the job (the destructor waits).
struct MigrationJob::Shared
{
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    MigrationDatabase *db = nullptr;
};

MigrationJob::MigrationJob(MigrationRequest request, QObject *parent)
    : Job(parent), m_request(std::move(request)), m_shared(std::make_shared<Shared>())
{
    connect(&m_watcher, &QFutureWatcher<MigrationReport>::finished, this, [this] {
        m_report = m_watcher.result();
        finish(m_report.ok, m_report.error);
    });
}

MigrationJob::~MigrationJob()
{
    if (m_watcher.isRunning()) {
        doCancel();
        m_watcher.waitForFinished();
    }
}

void MigrationJob::doStart()
{
    QPointer<MigrationJob> self(this);
    std::shared_ptr<Shared> shared = m_shared;
    MigrationCallbacks cb;
    cb.cancelled = &shared->cancelled;
    cb.log = [self](const QString &line) {
        QMetaObject::invokeMethod(self, [self, line] { if (self) Q_EMIT self->logged(line); }, Qt::QueuedConnection);
    };
    cb.progress = [self](int percent, const QString &text) {
        QMetaObject::invokeMethod(self, [self, percent, text] { if (self) self->setProgress(percent, text); }, Qt::QueuedConnection);
    };
    cb.connected = [shared](MigrationDatabase *db) {
        std::lock_guard lock(shared->mutex);
        shared->db = db;
    };
    const MigrationRequest request = m_request;
    m_watcher.setFuture(QtConcurrent::run([request, cb, shared] { return runMigrations(request, cb); }));
}

void MigrationJob::doCancel()
{
    m_shared->cancelled = true;
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->db)
        m_shared->db->interrupt();
}

} // namespace dbpulse
