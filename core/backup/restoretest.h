#pragma once

#include "core/backup/backupverifier.h"
#include "core/db/target.h"

namespace dbpulse {

/// \brief Outcome of a test restore. Value type.
struct RestoreTestResult
{
    bool ok = false;
    QString error;          ///< why it failed (first mismatch, or what went wrong)
    QString detail;         ///< "12 tables, 48213 rows match the manifest"
    QStringList mismatches; ///< "public.orders: 41 rows, the manifest says 42"
    int tablesCompared = 0;
    qint64 rowsCompared = 0;
    /// Tables the restore has that the manifest does not count (schema.table), reported in detail.
    QStringList unrecorded;
    QString scratch;        ///< the scratch database or file used (already removed)
    /// The outcome says something about the backup (it restored and matched, or it did not);
    /// false when the test could not run (no connection, no pg_restore, cancelled).
    bool conclusive = false;
    /// The server (or the scratch database) could not be reached; the error text is translated,
    /// so callers test this, not the text.
    bool connectFailed = false;
};

/// \brief Compares restored row counts with the manifest's: every recorded table must exist with
/// exactly the recorded count. Pure; any thread.
RestoreTestResult compareRowCounts(const QMap<QString, qint64> &expected, const QMap<QString, qint64> &restored);

/// \brief Verifies \a backupDir, restores it into a scratch database on \a server (a unique
/// "dbpulse_verify_…" name, dropped afterwards whatever happens) — or, for an SQLite backup, into
/// a scratch file under the folder \a server names — and compares every table's row count with
/// the manifest. Blocking: worker threads only.
RestoreTestResult testRestore(const QString &backupDir, const Target &server, const QString &password,
                              const JobContext &ctx = {});

/// \brief testRestore() as a Job; a conclusive outcome is recorded in the backup's verification.json.
/// Lives in its creating thread; the work runs on a private thread.
class RestoreTestJob : public Job
{
    Q_OBJECT
public:
    RestoreTestJob(const QString &backupDir, const Target &server, QObject *parent = nullptr);
    ~RestoreTestJob() override;

    void setPassword(const QString &password) { m_password = password; }
    /// Valid once finished.
    RestoreTestResult result() const { return m_result; }

protected:
    void doStart() override;

private:
    QString m_dir;
    Target m_server;
    QString m_password;
    RestoreTestResult m_result;
};

} // namespace dbpulse
