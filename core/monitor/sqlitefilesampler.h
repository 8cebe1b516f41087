#pragma once

#include "core/metrics/sqliteintegritystore.h"
#include "core/metrics/sqlitesample.h"

#include <QElapsedTimer>
#include <QString>
#include <deque>
#include <optional>

class QSqlDatabase;
class QSqlError;

namespace dbpulse {

/// \brief Takes SqliteSamples of one file: stats the file and its -wal/-shm, runs one read-only
/// statement for the page figures on the caller's open connection (ending its read transaction
/// before returning), and compares with the previous sample for the write activity. Reads the
/// last integrity check from SqliteIntegrityStore when its record changes. Lives on the thread of
/// the connection it is given (the monitor worker's).
class SqliteFileSampler
{
public:
    explicit SqliteFileSampler(const QString &path, const SqliteIntegrityStore &store = SqliteIntegrityStore());

    /// The next sample of the file through \a db (open, read-only). False with \a error when the
    /// statement failed for another reason than a writer's lock (the connection is then unusable);
    /// a busy file still gives a sample, with pagesRead false and the reason in pagesProblem.
    bool sample(QSqlDatabase &db, SqliteSample *out, QString *error);
    /// Whether \a error means a writer holds the file (SQLITE_BUSY or SQLITE_LOCKED).
    static bool isBusy(const QSqlError &error);
    /// The connection was (re)opened: data_version restarts, so the next sample has no interval.
    void restart();

private:
    void readFiles(SqliteSample *s) const;
    bool readPages(QSqlDatabase &db, SqliteSample *s, QString *error) const;
    void compare(SqliteSample *s);
    void readIntegrity(SqliteSample *s);

    struct Interval
    {
        qint64 endMs;  // on m_clock
        qint64 lengthMs;
        bool written;
    };

    QString m_path;
    SqliteIntegrityStore m_store;
    QElapsedTimer m_clock;
    qint64 m_previousMs = 0;
    std::optional<SqliteSample> m_previous;
    std::deque<Interval> m_lastMinute;
    QDateTime m_checkpointSeenAt;
    QDateTime m_integrityModified; // of the record file when last read
    std::optional<SqliteIntegrityRecord> m_integrity;
};

} // namespace dbpulse
