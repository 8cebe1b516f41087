#include "core/migrations/migrationjob.h"

#include "core/migrations/migrationdatabase.h"

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
        MigrationCallbacks cb;
        cb.cancelled = ctx.cancelFlag();
        cb.log = [self](const QString &line) {
            QMetaObject::invokeMethod(self, [self, line] { if (self) Q_EMIT self->logged(line); }, Qt::QueuedConnection);
        };
        cb.progress = ctx.progress();
        // Cancel interrupts the statement running on the open connection.
        cb.connected = [ctx](MigrationDatabase *db) {
            if (db)
                ctx.setInterrupt([db] { db->interrupt(); });
            else
                ctx.clearInterrupt();
        };
        m_report = runMigrations(m_request, cb);
        return m_report.ok ? QString() : (m_report.error.isEmpty() ? QStringLiteral("failed") : m_report.error);
    });
}

} // namespace dbpulse
