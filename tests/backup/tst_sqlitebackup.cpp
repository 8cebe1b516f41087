#include "core/backup/backupcatalog.h"
#include "core/backup/backupjob.h"
#include "core/backup/backupverifier.h"
#include "core/backup/restorejob.h"
#include "core/backup/restoretest.h"
#include "core/db/target.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QDirIterator>
#include <QScopeGuard>
#include <QTest>

#include <sys/stat.h>

using namespace dbpulse;
using namespace Qt::StringLiterals;

namespace {

Target sqliteTarget(const QString &path)
{
    Target t;
    t.kind = DatabaseKind::SQLite;
    t.sqlitePath = path;
    t.label = QFileInfo(path).fileName();
    return t;
}

// md5 over every row of every table, in order.
QByteArray contentHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hash"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery tables(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s, db);
        while (tables.next()) {
            QSqlQuery rows(u"SELECT * FROM \"%1\" ORDER BY 1"_s.arg(tables.value(0).toString()), db);
            while (rows.next()) {
                for (int c = 0; c < rows.record().count(); ++c)
                    hash.addData(rows.value(c).toByteArray() + '|');
            }
        }
    }
    QSqlDatabase::removeDatabase(u"hash"_s);
    return hash.result().toHex();
}

} // namespace

/// SQLite targets: online backup API, same manifest, verify and restore as PostgreSQL.
class TestSqliteBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void filesArePrivate();
};

void TestSqliteBackup::roundTrip()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"app.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, data BLOB)"_s));
        QVERIFY(q.exec(u"CREATE VIEW long_notes AS SELECT * FROM notes WHERE length(body) > 10"_s));
        db.transaction();
        QVERIFY(q.prepare(u"INSERT INTO notes (body, data) VALUES (?, ?)"_s));
        for (int i = 0; i < 5000; ++i) {
            q.addBindValue(u"Notiz %1 — Grüße 日本"_s.arg(i));
            q.addBindValue(QByteArray(i % 300, char(i)));
            QVERIFY(q.exec());
        }
        db.commit();
    }
    QSqlDatabase::removeDatabase(u"seed"_s);
    const QByteArray original = contentHash(source);
    QVERIFY(!original.isEmpty());

    BackupJob backup(sqliteTarget(source), dir.filePath(u"out"_s), {});
    QVERIFY2(backup.exec(), qPrintable(backup.errorText()));
    const VerifyResult verified = verifyBackup(backup.backupPath());
    QVERIFY2(verified.ok, qPrintable(verified.error));
    QCOMPARE(verified.manifest.kind, u"sqlite"_s);
    QCOMPARE(verified.manifest.archive, u"archive.sqlite"_s);
    QVERIFY(verified.manifest.dumpTool.startsWith(u"SQLite 3"_s));
    QCOMPARE(verified.manifest.tableRows, (QMap<QString, qint64>{{u"notes"_s, 5000}}));
    QCOMPARE(verified.manifest.rowCountSource, u"backup copy"_s);

    // Verified by restore: a scratch copy in a private folder under the one given, removed after.
    Target scratchFolder;
    scratchFolder.kind = DatabaseKind::SQLite;
    scratchFolder.sqlitePath = dir.path();
    RestoreTestJob test(backup.backupPath(), scratchFolder);
    QVERIFY2(test.exec(), qPrintable(test.errorText()));
    QCOMPARE(test.result().detail, u"1 tables, 5000 rows match the manifest"_s);
    QVERIFY(QDir(dir.path()).entryList({u"dbpulse_verify_*"_s}, QDir::AllEntries).isEmpty());
    QCOMPARE(listBackups(dir.filePath(u"out"_s)).first().verification.state(), VerificationRecord::State::RestoreVerified);
    {
        // One row fewer recorded than the copy holds: the test restore says which table.
        const QString copy = dir.filePath(u"tampered"_s);
        QVERIFY(QDir().mkpath(copy));
        QVERIFY(QFile::copy(backup.backupPath() + u"/archive.sqlite"_s, copy + u"/archive.sqlite"_s));
        BackupManifest m = verified.manifest;
        m.tableRows[u"notes"_s] = 4999;
        QString err;
        QVERIFY(m.write(copy, &err));
        RestoreTestJob bad(copy, scratchFolder);
        QVERIFY(!bad.exec());
        QVERIFY2(bad.errorText().contains(u"notes: 5000 rows, the manifest says 4999"_s), qPrintable(bad.errorText()));
        QVERIFY(QDir(dir.path()).entryList({u"dbpulse_verify_*"_s}, QDir::AllEntries).isEmpty());
    }

    const QString restored = dir.filePath(u"restored.db"_s);
    RestoreJob restore(backup.backupPath(), sqliteTarget(restored), {});
    QVERIFY2(restore.exec(), qPrintable(restore.errorText()));
    QCOMPARE(contentHash(restored), original);
    QCOMPARE(restore.restoredConninfo(), u"sqlite:"_s + restored);

    // An existing file is not replaced without clean + confirmed; with them it is.
    RestoreJob again(backup.backupPath(), sqliteTarget(source), {});
    QVERIFY(!again.exec());
    QVERIFY(again.errorText().contains(u"already exists"_s));
    RestoreOptions replace;
    replace.intoNewDatabase = false;
    replace.clean = replace.confirmed = true;
    RestoreJob over(backup.backupPath(), sqliteTarget(restored), replace);
    QVERIFY2(over.exec(), qPrintable(over.errorText()));
    QCOMPARE(contentHash(restored), original);

    // A damaged copy is refused, naming the file; a PostgreSQL target is refused too.
    QFile archive(backup.backupPath() + u"/archive.sqlite"_s);
    QVERIFY(archive.open(QIODevice::ReadWrite));
    archive.seek(archive.size() / 2);
    archive.putChar('Z');
    archive.close();
    const VerifyResult damaged = verifyBackup(backup.backupPath());
    QVERIFY(!damaged.ok);
    QCOMPARE(damaged.badFile, u"archive.sqlite"_s);
    RestoreJob refused(backup.backupPath(), sqliteTarget(dir.filePath(u"never.db"_s)), {});
    QVERIFY(!refused.exec());
    QVERIFY(refused.errorText().contains(u"archive.sqlite"_s));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"never.db"_s)));
}

void TestSqliteBackup::filesArePrivate()
{
    // A permissive umask: the backup folder, the copy, the manifest and the record are private anyway.
    const mode_t old = ::umask(022);
    const auto restore = qScopeGuard([old] { ::umask(old); });
    QTemporaryDir dir;
    const QString source = dir.filePath(u"app.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(q.exec(u"INSERT INTO t VALUES (1), (2)"_s));
    }
    QSqlDatabase::removeDatabase(u"seed"_s);
    BackupJob backup(sqliteTarget(source), dir.filePath(u"out"_s), {});
    QVERIFY2(backup.exec(), qPrintable(backup.errorText()));
    QVERIFY(verifyAndRecord(backup.backupPath()).ok);
    QVERIFY(QFileInfo::exists(backup.backupPath() + u"/verification.json"_s));
    QStringList paths{dir.filePath(u"out"_s)};
    QDirIterator it(paths.first(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    QCOMPARE(paths.size(), 5); // out, the backup, archive.sqlite, manifest.json, verification.json
    for (const QString &path : std::as_const(paths)) {
        struct stat st {};
        QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, S_ISDIR(st.st_mode) ? 0700u : 0600u);
    }
}

QTEST_GUILESS_MAIN(TestSqliteBackup)
#include "tst_sqlitebackup.moc"
