#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace dbpulse {

/// \brief The last integrity check DB Pulse ran on an SQLite file (the doctor's `integrity`
/// check), as recorded by SqliteIntegrityStore. Value type, any thread.
struct SqliteIntegrityRecord
{
    QDateTime checkedAt;
    bool ok = false;
    QString check;   ///< the statement that ran, e.g. "PRAGMA integrity_check(100)"
    QString summary; ///< "ok" or the first problems SQLite reported
};

/// \brief One refresh of an SQLite file, read without writing: sizes from the file system, page
/// figures from one read-only statement, write activity from PRAGMA data_version (changes by other
/// connections, as seen by the monitor's own connection) and the files' sizes and modification
/// times. SQLite does not tell a reader how many transactions committed, only whether the file
/// changed; an interval therefore counts as written or not. Value type, any thread.
struct SqliteSample
{
    QDateTime sampledAt;
    /// Seconds since the previous sample; 0 on the first sample after (re)opening, which has no
    /// interval: its write figures are not measured (hasInterval() is false).
    double elapsedSeconds = 0;
    bool hasInterval() const { return elapsedSeconds > 0; }

    // The file system (stat only: no file is opened for this).
    qint64 fileBytes = -1;
    QDateTime fileModified;
    qint64 walBytes = -1;      ///< -1: no -wal file
    QDateTime walModified;
    bool shmExists = false;

    // One read-only statement; pagesRead is false when it could not run this time (pagesProblem:
    // e.g. a writer held the file locked past the short busy timeout).
    bool pagesRead = false;
    QString pagesProblem;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    qint64 freelistCount = 0;
    qint64 freelistBytes() const { return freelistCount * pageSize; }
    QString journalMode;       ///< as PRAGMA journal_mode reports it, lower case
    qint64 dataVersion = 0;
    bool isWal() const { return journalMode == QLatin1String("wal"); }

    // WAL mode. The frame count since the last checkpoint lives in the -shm; reading it safely
    // would need SQLite's own locks, so what is reported is what the -wal file holds (its
    // high-water mark: SQLite reuses the file from the start after a checkpoint) and when a
    // checkpoint was last seen (in WAL mode only a checkpoint writes the database file itself).
    qint64 walFrames = -1;     ///< frames the -wal file holds; -1 when not in WAL mode or no -wal
    QDateTime checkpointSeenAt; ///< last interval in which the database file changed in WAL mode

    // Write activity over the interval (only when hasInterval()).
    bool written = false;            ///< any change: data_version, file or -wal size or time
    bool dataVersionChanged = false; ///< another connection committed (PRAGMA data_version)
    qint64 fileDeltaBytes = 0;
    qint64 walDeltaBytes = 0;
    /// Share (0…100) of the sampled time in the last minute whose intervals saw a write; empty
    /// before the first interval.
    std::optional<double> writtenPercentLastMinute;

    std::optional<SqliteIntegrityRecord> integrity; ///< none: DB Pulse never checked this file
};

} // namespace dbpulse

Q_DECLARE_METATYPE(dbpulse::SqliteSample)
