#pragma once

#include "core/jobs/job.h"
#include "core/migrations/migrationrunner.h"

#include <memory>

namespace dbpulse {

/// \brief A migration command as a Job: runMigrations() on a pool thread, log lines and progress
/// queued back to the job's thread. Lives in the thread that created it (GUI or CLI main thread).
/// cancel() stops between statements and cancels the running one on the server (PQcancel).
class MigrationJob : public Job
{
    Q_OBJECT
public:
    explicit MigrationJob(MigrationRequest request, QObject *parent = nullptr);
    /// Cancels and waits for the work (it writes the report here), so destroying the owner never
    /// leaves a migration running; the running statement is cancelled, so this is short.
    ~MigrationJob() override;

    const MigrationRequest &request() const { return m_request; }
    /// Valid once finished() was emitted.
    const MigrationReport &report() const { return m_report; }

Q_SIGNALS:
    void logged(const QString &line);

protected:
    void doStart() override;

private:
    MigrationRequest m_request;
    MigrationReport m_report; ///< written by the work before it returns
};

} // namespace dbpulse
