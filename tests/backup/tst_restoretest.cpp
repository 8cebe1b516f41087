#include "backupfixture.h"

#include "core/backup/archiverowcounts.h"
#include "core/backup/backupcatalog.h"
#include "core/backup/backupjob.h"
#include "core/backup/backupmanifest.h"
#include "core/backup/pgarchiveheader.h"
#include "core/backup/pgtools.h"
#include "core/backup/restoretest.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

/// "Verified by restore": row counts read from the checksummed archive (or, for older backups,
/// recorded in the manifest), a scratch database that never outlives the test, mismatches named,
/// and the result recorded next to the backup.
class TestRestoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowCountsFromArchive();
    void filteredBackupCountsOnlyDumpedTables();
    void verifiedByRestore();
    void directoryFormatParallel();
    void tamperedRowCountFails();
    void damagedArchiveDataFails();
    void cancelDropsScratch();
    void cannotConnect();

private:
    QString backup(const BackupOptions &options, const QString &out);
    QMap<QString, qint64> archiveRows(const QString &backupDir);
    QString scratchDatabases() const;

    LocalCluster *m_cluster = nullptr;
    QTemporaryDir m_tmp;
    QString m_backup;
};

void TestRestoreTest::initTestCase()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    m_cluster = cluster;
    QVERIFY(createDataset(cluster->uri(), cluster->uri(u"rt_source"_s), u"rt_source"_s));
    m_backup = backup({}, m_tmp.filePath(u"custom"_s));
    QVERIFY(!m_backup.isEmpty());
}

QString TestRestoreTest::backup(const BackupOptions &options, const QString &out)
{
    BackupJob job(pgTarget(m_cluster->uri(u"rt_source"_s)), out, options);
    if (!job.exec()) {
        qWarning() << job.errorText();
        return {};
    }
    return job.backupPath();
}

QString TestRestoreTest::scratchDatabases() const
{
    return queryValue(m_cluster->uri(), u"SELECT string_agg(datname, ',') FROM pg_database WHERE datname LIKE 'dbpulse\\_verify\\_%'"_s);
}

QMap<QString, qint64> TestRestoreTest::archiveRows(const QString &backupDir)
{
    BackupManifest m;
    QString err;
    if (!BackupManifest::read(backupDir, &m, &err))
        return {};
    const PgTool pgRestore = findPgRestore(backupDumpMajor(backupDir, m), 0, &err);
    const auto counts = countArchiveRows(pgRestore.program, backupDir + u'/' + m.archive, {}, &err);
    if (!counts)
        qWarning() << err;
    return counts.value_or(QMap<QString, qint64>{{u"failed"_s, -1}});
}

void TestRestoreTest::rowCountsFromArchive()
{
    // The backup itself never counts (it would read every table a second time while pg_dump
    // runs); the test restore counts the archive's rows, and they are the source's.
    BackupManifest m;
    QString err;
    QVERIFY2(BackupManifest::read(m_backup, &m, &err), qPrintable(err));
    QCOMPARE(m.rowCountSource, u"archive"_s);
    QVERIFY(m.tableRows.isEmpty());
    const QMap<QString, qint64> counted = archiveRows(m_backup);
    const QString source = m_cluster->uri(u"rt_source"_s);
    QCOMPARE(QString::number(counted.value(u"shop.orders"_s, -1)), queryValue(source, u"SELECT count(*) FROM shop.orders"_s));
    QCOMPARE(QString::number(counted.value(u"shop.customers"_s, -1)), queryValue(source, u"SELECT count(*) FROM shop.customers"_s));
    QCOMPARE(QString::number(counted.value(u"Ästhetik.Größe"_s, -1)), queryValue(source, u"SELECT count(*) FROM \"Ästhetik\".\"Größe\""_s));
    QCOMPARE(QString::number(counted.value(u"public.documents"_s, -1)), queryValue(source, u"SELECT count(*) FROM public.documents"_s));
    QCOMPARE(counted.size(), queryValue(source, u"SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"_s).toInt());
}

void TestRestoreTest::filteredBackupCountsOnlyDumpedTables()
{
    BackupOptions options;
    options.excludeSchemas = {u"shop"_s};
    const QString path = backup(options, m_tmp.filePath(u"filtered"_s));
    QVERIFY(!path.isEmpty());
    const QMap<QString, qint64> counted = archiveRows(path);
    QVERIFY(!counted.isEmpty());
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        QVERIFY2(!it.key().startsWith(u"shop."_s) && it.value() >= 0, qPrintable(it.key()));
    // And it restores and compares cleanly.
    RestoreTestJob job(path, pgTarget(m_cluster->uri()));
    QVERIFY2(job.exec(), qPrintable(job.errorText()));
    QVERIFY2(job.result().detail.contains(u"rows match the manifest"_s), qPrintable(job.result().detail));

    BackupOptions schemaOnly;
    schemaOnly.schemaOnly = true;
    const QString bare = backup(schemaOnly, m_tmp.filePath(u"schemaonly"_s));
    BackupManifest m;
    QString err;
    QVERIFY(BackupManifest::read(bare, &m, &err));
    QVERIFY(m.tableRows.isEmpty());
    QVERIFY(m.rowCountSource.isEmpty());
}

void TestRestoreTest::verifiedByRestore()
{
    RestoreTestJob job(m_backup, pgTarget(m_cluster->uri()));
    QVERIFY2(job.exec(), qPrintable(job.errorText()));
    const RestoreTestResult r = job.result();
    QVERIFY(r.ok);
    QVERIFY(r.tablesCompared >= 4);
    QVERIFY(r.rowsCompared >= 1000);
    QVERIFY(r.scratch.startsWith(u"dbpulse_verify_"_s));
    QVERIFY2(r.detail.contains(u"rows match the manifest"_s), qPrintable(r.detail));
    QCOMPARE(scratchDatabases(), QString());

    const QList<BackupEntry> listed = listBackups(m_tmp.filePath(u"custom"_s));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().verification.state(), VerificationRecord::State::RestoreVerified);
    QVERIFY(listed.first().verification.checksums.ok); // the test restore verifies checksums first
    // The record is not part of the checksummed set: the backup still verifies.
    QVERIFY(verifyBackup(m_backup).ok);
}

void TestRestoreTest::directoryFormatParallel()
{
    BackupOptions options;
    options.format = BackupOptions::Format::Directory;
    options.jobs = 2;
    const QString path = backup(options, m_tmp.filePath(u"dir"_s));
    QVERIFY(!path.isEmpty());
    RestoreTestJob job(path, pgTarget(m_cluster->uri()));
    QVERIFY2(job.exec(), qPrintable(job.errorText()));
    QCOMPARE(scratchDatabases(), QString());
}

void TestRestoreTest::tamperedRowCountFails()
{
    // An older backup's manifest recorded the counts itself: here one row more than the archive
    // holds (rewritten with a valid self-checksum, so only the test restore can notice).
    const QString copy = m_tmp.filePath(u"tampered"_s);
    QVERIFY(copyTree(m_backup, copy));
    QFile::remove(copy + u"/verification.json"_s);
    BackupManifest m;
    QString err;
    QVERIFY(BackupManifest::read(copy, &m, &err));
    m.tableRows = archiveRows(copy);
    QVERIFY(m.tableRows.contains(u"shop.orders"_s));
    m.tableRows[u"shop.orders"_s] += 1;
    m.rowCountSource = u"dump snapshot"_s;
    QVERIFY(m.write(copy, &err));
    QVERIFY(verifyBackup(copy).ok);

    RestoreTestJob job(copy, pgTarget(m_cluster->uri()));
    QVERIFY(!job.exec());
    QCOMPARE(job.state(), Job::State::Failed);
    QVERIFY2(job.errorText().contains(u"shop.orders"_s), qPrintable(job.errorText()));
    QCOMPARE(job.result().mismatches.size(), 1);
    QCOMPARE(scratchDatabases(), QString());
    BackupManifest reread;
    QVERIFY(BackupManifest::read(copy, &reread, &err));
    const VerificationRecord record = VerificationRecord::read(copy, reread.manifestSha256);
    QCOMPARE(record.state(), VerificationRecord::State::Failed);
    QVERIFY(record.restore.detail.contains(u"shop.orders"_s));
}

void TestRestoreTest::damagedArchiveDataFails()
{
    // Counts taken from the archive are only as good as its checksums: a damaged archive fails
    // before anything is counted or restored.
    const QString copy = m_tmp.filePath(u"damaged"_s);
    QVERIFY(copyTree(m_backup, copy));
    QFile::remove(copy + u"/verification.json"_s);
    QFile archive(copy + u"/archive.dump"_s);
    QVERIFY(archive.open(QIODevice::ReadWrite));
    QVERIFY(archive.seek(archive.size() / 2));
    const char byte = archive.peek(1).at(0);
    QVERIFY(archive.putChar(char(byte ^ 0x20)));
    archive.close();
    RestoreTestJob job(copy, pgTarget(m_cluster->uri()));
    QVERIFY(!job.exec());
    QVERIFY2(job.errorText().contains(u"SHA-256"_s), qPrintable(job.errorText()));
    QCOMPARE(scratchDatabases(), QString());
}

void TestRestoreTest::cancelDropsScratch()
{
    RestoreTestJob job(m_backup, pgTarget(m_cluster->uri()));
    bool restoring = false;
    connect(&job, &Job::progressChanged, &job, [&](int percent, const QString &) {
        // Past "Connecting" the scratch database exists and pg_restore is at work.
        if (percent > 20 && !restoring) {
            restoring = true;
            job.cancel();
        }
    });
    QVERIFY(!job.exec());
    QVERIFY(restoring);
    QCOMPARE(job.state(), Job::State::Cancelled);
    QCOMPARE(scratchDatabases(), QString());
}

void TestRestoreTest::cannotConnect()
{
    RestoreTestJob job(m_backup, pgTarget(u"postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"_s));
    QVERIFY(!job.exec());
    QVERIFY(job.connectFailed());
    QVERIFY(job.errorText().contains(u"cannot connect"_s));
}

QTEST_GUILESS_MAIN(TestRestoreTest)
#include "tst_restoretest.moc"
