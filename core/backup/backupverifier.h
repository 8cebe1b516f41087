#pragma once

#include "core/backup/backupmanifest.h"
#include "core/jobs/job.h"

namespace dbpulse {

/// \brief Outcome of verifying a backup directory. Value type.
struct VerifyResult
{
    bool ok = false;
    QString error;     ///< "archive.dump: SHA-256 differs from the manifest (damaged)"
    QString badFile;   ///< the first bad file, relative to the backup ("manifest.json", "archive/3021.dat.gz")
    BackupManifest manifest;
    int tocEntries = 0; ///< entries `pg_restore --list` printed
};

/// \brief Checks \a backupDir: manifest present and unedited, every listed file present with its
/// size and SHA-256, and `pg_restore --list` reads the archive. Blocking: worker threads only.
/// Progress and cancel through \a ctx.
VerifyResult verifyBackup(const QString &backupDir, const JobContext &ctx = {});

/// \brief verifyBackup(), then the outcome recorded in the backup's verification.json (unless
/// cancelled or no fitting pg_restore was found; a record that cannot be written is logged, the
/// result stands). Worker threads only.
VerifyResult verifyAndRecord(const QString &backupDir, const JobContext &ctx = {});

/// \brief verifyAndRecord() as a Job. Lives in its creating thread; hashing runs on a private thread.
class VerifyJob : public Job
{
    Q_OBJECT
public:
    explicit VerifyJob(const QString &backupDir, QObject *parent = nullptr);
    ~VerifyJob() override;
    /// Valid once finished.
    VerifyResult result() const { return m_result; }

protected:
    void doStart() override;

private:
    QString m_dir;
    VerifyResult m_result;
};

} // namespace dbpulse
