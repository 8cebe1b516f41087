#include "backupfixture.h"

#include "core/backup/backupjob.h"
#include "core/backup/backupmanifest.h"
#include "core/backup/backupverifier.h"
#include "core/backup/filehasher.h"
#include "core/backup/pgarchiveheader.h"
#include "core/backup/pgtools.h"
#include "core/backup/restorejob.h"
#include "core/backup/verificationrecord.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QDirIterator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

// A stand-in tool that reports \a version and fails loudly if it is ever used for real work.
bool writeFakeTool(const QString &dir, const QString &tool, const QString &version)
{
    QFile script(dir + u'/' + tool);
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write(QStringLiteral("#!/bin/sh\nif [ \"$1\" = --version ]; then echo '%1 (PostgreSQL) %2'; exit 0; fi\n"
                                "echo 'fake %1 %2 was run' >&2\nexit 1\n").arg(tool, version).toUtf8());
    script.close();
    return script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

/// Which pg_dump/pg_restore a backup or restore uses, and the refusals when none fits: read
/// from the archive's own header and the target server, with real pg_restore runs.
class TestBackupTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void archiveHeaderNamesItsPgDump();
    void restoreRefusedWhenNoPgRestoreReadsTheArchive();
    void restorePrefersTheServersPgRestore();
    void olderPgRestoreRefused();

private:
    LocalCluster *m_cluster = nullptr;
    QTemporaryDir m_tmp;
    QString m_backup;
    QString m_dirBackup;
    int m_serverMajor = 0;
};

void TestBackupTools::initTestCase()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    m_cluster = cluster;
    QVERIFY(createDataset(cluster->uri(), cluster->uri(u"bt_source"_s), u"bt_source"_s));
    m_serverMajor = queryValue(cluster->uri(), u"SHOW server_version_num"_s).toInt() / 10000;
    QVERIFY(m_serverMajor >= 15);
    BackupJob custom(pgTarget(cluster->uri(u"bt_source"_s)), m_tmp.filePath(u"custom"_s), {});
    QVERIFY2(custom.exec(), qPrintable(custom.errorText()));
    m_backup = custom.backupPath();
    BackupOptions dir;
    dir.format = BackupOptions::Format::Directory;
    BackupJob directory(pgTarget(cluster->uri(u"bt_source"_s)), m_tmp.filePath(u"directory"_s), dir);
    QVERIFY2(directory.exec(), qPrintable(directory.errorText()));
    m_dirBackup = directory.backupPath();
}

void TestBackupTools::cleanup()
{
    qunsetenv("DBPULSE_PG_BINDIR");
}

void TestBackupTools::archiveHeaderNamesItsPgDump()
{
    for (const QString &backup : {m_backup, m_dirBackup}) {
        BackupManifest m;
        QString err;
        QVERIFY(BackupManifest::read(backup, &m, &err));
        const auto header = readPgArchiveHeader(QDir(backup).filePath(m.archive), &err);
        QVERIFY2(header, qPrintable(err));
        QCOMPARE(header->database, u"bt_source"_s);
        QCOMPARE(header->dumpMajor(), m_serverMajor);
        QVERIFY2(m.dumpTool.contains(header->dumpVersion), qPrintable(m.dumpTool + u" / "_s + header->dumpVersion));
        QVERIFY2(header->serverVersion.startsWith(m.serverVersion.section(u' ', 0, 0)), qPrintable(header->serverVersion));
        QCOMPARE(header->formatMajor, 1);
        QCOMPARE(backupDumpMajor(backup, m), m_serverMajor);
    }
    QString err;
    QVERIFY(!readPgArchiveHeader(m_backup + u"/manifest.json"_s, &err));
    QVERIFY(err.contains(u"not a pg_dump archive"_s));
}

void TestBackupTools::restoreRefusedWhenNoPgRestoreReadsTheArchive()
{
    // The archive's header says pg_dump 99 wrote it (same length as the real version, so the
    // layout stays intact), and the manifest is re-signed: a sound backup no pg_restore here can
    // be trusted to read. It must be refused before anything is created — naming the versions
    // and where a fitting pg_restore was looked for — not fail halfway or restore wrongly.
    const QString copy = m_tmp.filePath(u"from99"_s);
    QVERIFY(copyTree(m_backup, copy));
    BackupManifest m;
    QString err;
    QVERIFY(BackupManifest::read(copy, &m, &err));
    const QString archive = QDir(copy).filePath(m.archive);
    const auto header = readPgArchiveHeader(archive, &err);
    QVERIFY2(header && header->dumpVersionOffset > 0, qPrintable(err));
    {
        QFile f(archive);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(header->dumpVersionOffset));
        QCOMPARE(f.write("99"), 2);
    }
    QCOMPARE(readPgArchiveHeader(archive, &err)->dumpMajor(), 99);
    QVERIFY(hashFile(archive, &m.files[0].sha256, &m.files[0].size, {}, &err));
    QVERIFY(m.write(copy, &err));

    RestoreOptions options;
    options.newDatabase = u"bt_never"_s;
    RestoreJob restore(copy, pgTarget(m_cluster->uri()), options);
    QVERIFY(!restore.exec());
    const QString why = restore.errorText();
    QVERIFY2(why.contains(u"written by pg_dump 99, which only pg_restore 99 or newer can read"_s), qPrintable(why));
    QVERIFY2(why.contains(u"found pg_restore %1."_s.arg(m_serverMajor)), qPrintable(why));
    QVERIFY2(why.contains(u"looked for pg_restore 99 or newer in /usr/lib/postgresql/99/bin, /usr/pgsql-99/bin, /usr/local/pgsql/bin and PATH"_s),
             qPrintable(why));
    QVERIFY2(!why.contains(u"verification"_s), qPrintable(why)); // refused before verifying, not blamed on the backup
    QVERIFY(!databaseExists(m_cluster->uri(), u"bt_never"_s));
}

void TestBackupTools::restorePrefersTheServersPgRestore()
{
    // A newer pg_restore listed first must not win over the server's own: the fake one fails if run.
    QString err;
    const PgTool real = findPgRestore(m_serverMajor, m_serverMajor, &err);
    QVERIFY2(!real.program.isEmpty(), qPrintable(err));
    QTemporaryDir fake;
    QVERIFY(writeFakeTool(fake.path(), u"pg_restore"_s, u"99.0"_s));
    qputenv("DBPULSE_PG_BINDIR", (fake.path() + u':' + QFileInfo(real.program).absolutePath()).toLocal8Bit());

    QCOMPARE(findPgTools(u"pg_restore"_s).size(), 2);
    QCOMPARE(findPgRestore(m_serverMajor, m_serverMajor, &err).program, real.program);
    QCOMPARE(findPgRestore(m_serverMajor + 1, m_serverMajor, &err).program, fake.filePath(u"pg_restore"_s));

    RestoreOptions options;
    options.newDatabase = u"bt_chosen"_s;
    RestoreJob restore(m_backup, pgTarget(m_cluster->uri()), options);
    QVERIFY2(restore.exec(), qPrintable(restore.errorText()));
    QCOMPARE(fingerprint(m_cluster->uri(u"bt_chosen"_s)), fingerprint(m_cluster->uri(u"bt_source"_s)));
}

void TestBackupTools::olderPgRestoreRefused()
{
    QTemporaryDir fake;
    QVERIFY(writeFakeTool(fake.path(), u"pg_restore"_s, u"11.22"_s));
    qputenv("DBPULSE_PG_BINDIR", fake.path().toLocal8Bit());
    RestoreOptions options;
    options.newDatabase = u"bt_never_old"_s;
    RestoreJob restore(m_backup, pgTarget(m_cluster->uri()), options);
    QVERIFY(!restore.exec());
    const QString why = restore.errorText();
    QVERIFY2(why.contains(u"the target server is version %1, and an older pg_restore cannot restore into it"_s.arg(m_serverMajor)),
             qPrintable(why));
    QVERIFY2(why.contains(u"found pg_restore 11.22 (%1/pg_restore)"_s.arg(fake.path())), qPrintable(why));
    QVERIFY2(why.contains(u"in DBPULSE_PG_BINDIR (%1)"_s.arg(fake.path())), qPrintable(why));
    QVERIFY(!databaseExists(m_cluster->uri(), u"bt_never_old"_s));

    // A verify that finds no pg_restore able to read the archive fails, names the reason, and
    // records nothing: it is no verdict on the backup.
    const VerifyResult verified = verifyAndRecord(m_backup);
    QVERIFY(!verified.ok);
    QVERIFY2(verified.error.contains(u"no pg_restore fits"_s), qPrintable(verified.error));
    BackupManifest m;
    QString err;
    QVERIFY(BackupManifest::read(m_backup, &m, &err));
    QCOMPARE(VerificationRecord::readCurrent(m_backup, m).state(), VerificationRecord::State::Never);
}

QTEST_GUILESS_MAIN(TestBackupTools)
#include "tst_backuptools.moc"
