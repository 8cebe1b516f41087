#include "backupfixture.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupjob.h"
#include "core/backup/backupmanifest.h"
#include "core/backup/restoretest.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

/// "Verified by restore": row counts recorded in the dump's snapshot, a scratch database that
/// never outlives the test, mismatches named, and the result recorded next to the backup.
class TestRestoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowCountsInManifest();
    void filteredBackupCountsOnlyDumpedTables();
    void verifiedByRestore();
    void directoryFormatParallel();
    void tamperedRowCountFails();
    void cancelDropsScratch();
    void cannotConnect();

private:
    QString backup(const BackupOptions &options, const QString &out);
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

void TestRestoreTest::rowCountsInManifest()
{
    BackupManifest m;
    QString err;
    QVERIFY2(BackupManifest::read(m_backup, &m, &err), qPrintable(err));
    QCOMPARE(m.rowCountSource, u"dump snapshot"_s);
    const QString source = m_cluster->uri(u"rt_source"_s);
    QCOMPARE(QString::number(m.tableRows.value(u"shop.orders"_s, -1)), queryValue(source, u"SELECT count(*) FROM shop.orders"_s));
    QCOMPARE(QString::number(m.tableRows.value(u"shop.customers"_s, -1)), queryValue(source, u"SELECT count(*) FROM shop.customers"_s));
    QCOMPARE(QString::number(m.tableRows.value(u"Ästhetik.Größe"_s, -1)), queryValue(source, u"SELECT count(*) FROM \"Ästhetik\".\"Größe\""_s));
    QCOMPARE(m.tableRows.size(), queryValue(source, u"SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"_s).toInt());
}

void TestRestoreTest::filteredBackupCountsOnlyDumpedTables()
{
    BackupOptions options;
    options.excludeSchemas = {u"shop"_s};
    const QString path = backup(options, m_tmp.filePath(u"filtered"_s));
    QVERIFY(!path.isEmpty());
    BackupManifest m;
    QString err;
    QVERIFY(BackupManifest::read(path, &m, &err));
    QVERIFY(!m.tableRows.isEmpty());
    for (auto it = m.tableRows.cbegin(); it != m.tableRows.cend(); ++it)
        QVERIFY2(!it.key().startsWith(u"shop."_s), qPrintable(it.key()));
    // And it restores and compares cleanly.
    RestoreTestJob job(path, pgTarget(m_cluster->uri()));
    QVERIFY2(job.exec(), qPrintable(job.errorText()));

    BackupOptions schemaOnly;
    schemaOnly.schemaOnly = true;
    const QString bare = backup(schemaOnly, m_tmp.filePath(u"schemaonly"_s));
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
    // A manifest that records one row more than the archive holds (rewritten with a valid
    // self-checksum, so only the test restore can notice).
    const QString copy = m_tmp.filePath(u"tampered"_s);
    QVERIFY(copyTree(m_backup, copy));
    QFile::remove(copy + u"/verification.json"_s);
    BackupManifest m;
    QString err;
    QVERIFY(BackupManifest::read(copy, &m, &err));
    QVERIFY(m.tableRows.contains(u"shop.orders"_s));
    m.tableRows[u"shop.orders"_s] += 1;
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
