#include "core/monitor/sqlitefilesampler.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace dbpulse {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 walHeaderBytes = 32;
constexpr qint64 walFrameHeaderBytes = 24;

// One statement, so every figure comes from one read transaction; all are pragmas without side
// effects (the table-valued forms exist only for those).
const QString pagesSql = QStringLiteral(
    "SELECT page_size, page_count, freelist_count, journal_mode, data_version "
    "FROM pragma_page_size(), pragma_page_count(), pragma_freelist_count(), pragma_journal_mode(), "
    "pragma_data_version()");

bool walChanged(const SqliteSample &now, const SqliteSample &before)
{
    // A -wal appearing empty is a connection opening it, not a write.
    if (now.walBytes <= 0 && before.walBytes <= 0)
        return false;
    return now.walBytes != before.walBytes || now.walModified != before.walModified;
}

} // namespace

// SQLITE_BUSY (5) and SQLITE_LOCKED (6), also as extended codes: a writer has the file for now.
bool SqliteFileSampler::isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

SqliteFileSampler::SqliteFileSampler(const QString &path, const SqliteIntegrityStore &store)
    : m_path(path)
    , m_store(store)
{
    m_clock.start();
}

void SqliteFileSampler::restart()
{
    m_previous.reset();
}

bool SqliteFileSampler::sample(QSqlDatabase &db, SqliteSample *out, QString *error)
{
    SqliteSample s;
    s.sampledAt = QDateTime::currentDateTime();
    readFiles(&s);
    if (!readPages(db, &s, error))
        return false;
    if (s.isWal() && s.walBytes >= walHeaderBytes && s.pageSize > 0)
        s.walFrames = (s.walBytes - walHeaderBytes) / (s.pageSize + walFrameHeaderBytes);
    else if (s.isWal() && s.walBytes >= 0)
        s.walFrames = 0;
    compare(&s);
    readIntegrity(&s);
    *out = s;
    return true;
}

void SqliteFileSampler::readFiles(SqliteSample *s) const
{
    // Stat only. Opening and closing another descriptor of the file would drop every POSIX lock
    // this process holds on it (SQLite's own, a backup's), so nothing here reads the files.
    const QFileInfo file(m_path);
    s->fileBytes = file.size();
    s->fileModified = file.lastModified();
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists()) {
        s->walBytes = wal.size();
        s->walModified = wal.lastModified();
    }
    s->shmExists = QFileInfo::exists(m_path + QStringLiteral("-shm"));
}

bool SqliteFileSampler::readPages(QSqlDatabase &db, SqliteSample *s, QString *error) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(pagesSql) || !q.next()) {
        const QSqlError e = q.lastError();
        if (isBusy(e)) {
            s->pagesProblem = QCoreApplication::translate("Monitor", "the file is locked by a writer: %1").arg(e.databaseText());
            return true;
        }
        *error = e.text();
        return false;
    }
    s->pagesRead = true;
    s->pageSize = q.value(0).toLongLong();
    s->pageCount = q.value(1).toLongLong();
    s->freelistCount = q.value(2).toLongLong();
    s->journalMode = q.value(3).toString().toLower();
    s->dataVersion = q.value(4).toLongLong();
    // Ends the statement, and with it the read transaction: nothing is held between refreshes.
    q.finish();
    return true;
}

void SqliteFileSampler::compare(SqliteSample *s)
{
    const qint64 nowMs = m_clock.elapsed();
    // While a writer's lock kept the pragmas from running, the mode is the last one read.
    const bool wal = s->pagesRead ? s->isWal() : (m_previous && m_previous->isWal());
    if (m_previous) {
        const SqliteSample &before = *m_previous;
        s->elapsedSeconds = std::max<qint64>(1, nowMs - m_previousMs) / 1000.0;
        s->dataVersionChanged = s->pagesRead && before.pagesRead && s->dataVersion != before.dataVersion;
        const bool fileChanged = s->fileBytes != before.fileBytes || s->fileModified != before.fileModified;
        s->fileDeltaBytes = s->fileBytes - before.fileBytes;
        s->walDeltaBytes = std::max<qint64>(0, s->walBytes) - std::max<qint64>(0, before.walBytes);
        s->written = s->dataVersionChanged || fileChanged || walChanged(*s, before);
        // In WAL mode commits go to the -wal; only a checkpoint writes the database file.
        if (fileChanged && wal && before.isWal())
            m_checkpointSeenAt = s->sampledAt;
        m_lastMinute.push_back({nowMs, nowMs - m_previousMs, s->written});
    }
    while (!m_lastMinute.empty() && m_lastMinute.front().endMs < nowMs - minuteMs)
        m_lastMinute.pop_front();
    qint64 sampled = 0;
    qint64 written = 0;
    for (const Interval &i : m_lastMinute) {
        sampled += i.lengthMs;
        written += i.written ? i.lengthMs : 0;
    }
    if (sampled > 0)
        s->writtenPercentLastMinute = 100.0 * double(written) / double(sampled);
    if (!wal)
        m_checkpointSeenAt = {};
    s->checkpointSeenAt = m_checkpointSeenAt;
    m_previous = *s;
    if (!s->pagesRead && wal)
        m_previous->journalMode = QStringLiteral("wal");
    m_previousMs = nowMs;
}

void SqliteFileSampler::readIntegrity(SqliteSample *s)
{
    // The record changes only when the doctor runs: stat it every refresh, read it on a change.
    const QFileInfo record(m_store.recordPath(m_path));
    const QDateTime modified = record.exists() ? record.lastModified() : QDateTime();
    if (modified != m_integrityModified) {
        m_integrityModified = modified;
        m_integrity = m_store.last(m_path);
    }
    s->integrity = m_integrity;
}

} // namespace dbpulse
