#pragma once

#include "core/backup/backupoptions.h"
#include "core/jobs/job.h"
#include "core/db/target.h"

namespace dbpulse {

/// \brief Dumps a PostgreSQL database with the server's own major version of pg_dump into a new
/// directory OUT/<db>_<UTC time>/ and writes manifest.json last as the completion marker.
/// Custom-format archives are hashed while they stream; a failed or cancelled run removes its
/// directory. Lives in the thread that creates it; the work runs on a private thread.
class BackupJob : public Job
{
    Q_OBJECT
public:
    BackupJob(const Target &target, const QString &outDir, const BackupOptions &options, QObject *parent = nullptr);
    ~BackupJob() override;

    /// Password from the keychain; it reaches pg_dump only through PGPASSWORD.
    void setPassword(const QString &password) { m_password = password; }
    /// The finished backup's directory; empty until the job succeeded.
    QString backupPath() const { return isFinished() ? m_backupPath : QString(); }

    /// "<db>_<yyyyMMddTHHmmssZ>" with anything unsafe for a file name replaced.
    static QString backupDirName(const QString &database, const QDateTime &utc);

protected:
    void doStart() override;

private:
    QString work();
    QString workSqlite();

    Target m_target;
    QString m_outDir;
    BackupOptions m_options;
    QString m_password;
    QString m_backupPath;
};

} // namespace dbpulse
