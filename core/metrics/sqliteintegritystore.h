#pragma once

#include "core/metrics/sqlitesample.h"

#include <QString>
#include <optional>

namespace dbpulse {

/// \brief Where DB Pulse remembers the last integrity check it ran on each SQLite file: one small
/// private JSON file per database (keyed by the file's canonical path) in a 0700 directory, by
/// default AppDataLocation/sqlite-checks. The checked database itself is never written. The
/// doctor records; the live monitor reads. Plain value class, any thread; writes are atomic
/// (QSaveFile), so a reader never sees half a record.
class SqliteIntegrityStore
{
public:
    /// \a directory empty: AppDataLocation/sqlite-checks.
    explicit SqliteIntegrityStore(const QString &directory = {});

    QString directory() const { return m_directory; }
    /// The record file for \a databasePath (exists only once a check was recorded).
    QString recordPath(const QString &databasePath) const;

    /// Records \a record for \a databasePath. False with \a error naming the problem.
    bool record(const QString &databasePath, const SqliteIntegrityRecord &record, QString *error = nullptr) const;
    /// The last record for \a databasePath; none when DB Pulse never checked it (or the record
    /// cannot be read, then with \a error).
    std::optional<SqliteIntegrityRecord> last(const QString &databasePath, QString *error = nullptr) const;

private:
    /// Removes the records of databases that no longer exist, so the directory does not grow
    /// with every temporary file ever checked.
    void pruneDeleted() const;

    QString m_directory;
};

} // namespace dbpulse
