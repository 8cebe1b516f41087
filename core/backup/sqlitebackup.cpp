#include "core/backup/sqlitebackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include "core/io/privatefiles.h"

namespace dbpulse {

namespace {

// Copies src → dest in steps of 256 pages, yielding to writers when the source is busy.
QString runBackup(sqlite3 *dest, sqlite3 *src, const JobContext &ctx)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(dest));
    int rc = SQLITE_OK;
    do {
        if (ctx.isCancelled()) {
            sqlite3_backup_finish(backup);
            return QStringLiteral("cancelled");
        }
        rc = sqlite3_backup_step(backup, 256);
        const int total = sqlite3_backup_pagecount(backup);
        if (total > 0)
            ctx.reportProgress(int(qint64(total - sqlite3_backup_remaining(backup)) * 90 / total),
                     QCoreApplication::translate("Backup", "Copied %1 of %2 pages").arg(total - sqlite3_backup_remaining(backup)).arg(total));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errstr(rc));
    return {};
}

struct Sqlite
{
    sqlite3 *db = nullptr;
    ~Sqlite() { sqlite3_close_v2(db); }
    QString open(const QString &path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK)
            return QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        return {};
    }
};

} // namespace

QString sqliteOnlineBackup(const QString &sourcePath, const QString &destFile, const JobContext &ctx,
                           QString *sqliteVersion)
{
    if (!QFileInfo::exists(sourcePath))
        return QCoreApplication::translate("Backup", "%1 does not exist").arg(sourcePath);
    *sqliteVersion = QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()));
    const QString connection = QStringLiteral("dbpulse-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(sourcePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            error = QCoreApplication::translate("Backup", "cannot open %1: %2").arg(sourcePath, db.lastError().text());
        } else {
            const QVariant handle = db.driver()->handle();
            sqlite3 *src = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
            Sqlite dest;
            if (!src)
                error = QCoreApplication::translate("Backup", "the QtSql SQLite driver gave no handle");
            // 0600 before SQLite writes a page (its journal takes the database file's mode).
            else if (makePrivateFile(destFile, &error))
                error = dest.open(destFile, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            if (error.isEmpty())
                error = runBackup(dest.db, src, ctx);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString sqliteCheckArchive(const QString &archive, int *tables)
{
    Sqlite db;
    if (const QString err = db.open(archive, SQLITE_OPEN_READONLY); !err.isEmpty())
        return err;
    sqlite3_stmt *stmt = nullptr;
    QString problem;
    if (sqlite3_prepare_v2(db.db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db.db));
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        const QString result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (result != QLatin1String("ok"))
            problem = QCoreApplication::translate("Backup", "integrity check: %1").arg(result);
    } else {
        problem = QString::fromUtf8(sqlite3_errmsg(db.db));
    }
    sqlite3_finalize(stmt);
    if (!problem.isEmpty())
        return problem;
    if (sqlite3_prepare_v2(db.db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        *tables = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return {};
}

QString sqliteRestore(const QString &archive, const QString &targetPath, bool replace, const JobContext &ctx)
{
    const bool exists = QFileInfo::exists(targetPath);
    if (exists && !replace)
        return QCoreApplication::translate("Backup", "%1 already exists; choose a new file, or replace it with --clean --yes").arg(targetPath);
    Sqlite src;
    if (const QString err = src.open(archive, SQLITE_OPEN_READONLY); !err.isEmpty())
        return err;
    if (exists) {
        Sqlite dest;
        if (const QString err = dest.open(targetPath, SQLITE_OPEN_READWRITE); !err.isEmpty())
            return err;
        return runBackup(dest.db, src.db, ctx);
    }
    // A new file appears complete or not at all.
    const QString temp = QFileInfo(targetPath).absolutePath() + QStringLiteral("/.")
        + QFileInfo(targetPath).fileName() + QStringLiteral(".restoring");
    QFile::remove(temp);
    QString error;
    {
        Sqlite dest;
        error = dest.open(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (error.isEmpty())
            error = runBackup(dest.db, src.db, ctx);
    }
    if (error.isEmpty() && !QFile::rename(temp, targetPath))
        error = QCoreApplication::translate("Backup", "cannot move the restored file to %1").arg(targetPath);
    if (!error.isEmpty())
        QFile::remove(temp);
    return error;
}

} // namespace dbpulse
