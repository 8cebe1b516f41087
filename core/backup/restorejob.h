#pragma once

#include "core/jobs/job.h"
#include "core/db/target.h"

namespace dbpulse {

class BlockingPg;
struct BackupManifest;

/// \brief Where and how to restore. The default is a new database; restoring over the target's
/// own database needs both clean and confirmed. Value type.
struct RestoreOptions
{
    bool intoNewDatabase = true;
    QString newDatabase;     ///< empty: proposed from the backup ("<db>_restored_<time>")
    bool clean = false;      ///< drop the existing objects first (pg_restore --clean --if-exists)
    bool confirmed = false;  ///< the user named the existing database (CLI --yes, GUI typed name)
    int jobs = 1;
    bool noOwner = false;
};

/// \brief Verifies a backup, then restores it with the matching pg_restore. Into a new database
/// by default (created here, dropped again when the restore fails or is cancelled); over an
/// existing one only when RestoreOptions::clean and confirmed are set. Lives in its creating
/// thread; the work runs on the job pool.
class RestoreJob : public Job
{
    Q_OBJECT
public:
    RestoreJob(const QString &backupDir, const Target &target, const RestoreOptions &options, QObject *parent = nullptr);
    ~RestoreJob() override;

    void setPassword(const QString &password) { m_password = password; }
    /// The database restored into (valid once finished successfully).
    QString database() const { return m_database; }
    /// Password-free conninfo of the restored database, to open it in the dashboard.
    QString restoredConninfo() const { return m_restoredConninfo; }

    /// "<db>_restored_<yyyyMMdd_HHmmss>" (at most 63 bytes, PostgreSQL's identifier limit).
    static QString proposeDatabaseName(const QString &sourceDatabase, const QDateTime &when);

protected:
    void doStart() override;

private:
    QString work();
    QString chooseDatabase(BlockingPg &admin, const BackupManifest &manifest, const QString &targetDb, bool *created);
    QString workSqlite();

    QString m_dir;
    Target m_target;
    RestoreOptions m_options;
    QString m_password;
    QString m_database;
    QString m_restoredConninfo;
};

} // namespace dbpulse
