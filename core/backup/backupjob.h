#pragma once

#include "core/backup/backupoptions.h"
#include "core/jobs/job.h"
#include "core/db/target.h"

#include <QHash>

namespace dbpulse {

struct BackupManifest;
struct ConnSettings;
struct PgTool;

/// \brief Dumps a PostgreSQL database with the server's own major version of pg_dump into a new
/// directory OUT/<db>_<UTC time>/ and writes manifest.json last as the completion marker.
/// A custom archive is hashed as it streams from pg_dump, a directory archive's files right after
/// pg_dump wrote them; a failed or cancelled run removes its directory. Row counts for a test
/// restore are taken from the archive when it runs (BackupManifest::rowCountSource). Lives in the thread that creates it; the work runs on the job pool.
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
    /// Runs pg_dump into \a dir with progress from its verbose lines. False with \a err (or "cancelled").
    /// A custom archive's file entry (hashed as it streamed) goes into \a manifest.
    bool dump(const PgTool &pgDump, const ConnSettings &conn, BackupManifest *manifest, const QString &dir,
              const QHash<QString, qint64> &sizes, QString *err);
    QString workSqlite();
    /// Writes the manifest into \a dir (unless cancelled) and remembers the path; the error or empty.
    QString complete(const QString &dir, BackupManifest *manifest);

    Target m_target;
    QString m_outDir;
    BackupOptions m_options;
    QString m_password;
    QString m_backupPath;
};

} // namespace dbpulse
