#include "core/migrations/migrationjob.h"

#include <QPointer>

namespace dbpulse {

MigrationJob::MigrationJob(MigrationRequest request, QObject *parent)
    : Job(parent), m_request(std::move(request))
{
}

MigrationJob::~MigrationJob()
{
    waitForWorker();
}

void MigrationJob::doStart()
{
    QPointer<MigrationJob> self(this);
    runWorker([this, self](const JobContext &ctx) {
        const MigrationLog log = [self](const QString &line) {
            QMetaObject::invokeMethod(self, [self, line] { if (self) Q_EMIT self->logged(line); }, Qt::QueuedConnection);
        };
        m_report = runMigrations(m_request, ctx, log);
        return m_report.ok ? QString() : (m_report.error.isEmpty() ? QStringLiteral("failed") : m_report.error);
    });
}

} // namespace dbpulse
