#include "backupfixture.h"

#include "core/backup/backupjob.h"
#include "core/backup/backupmanifest.h"
#include "core/backup/backupverifier.h"
#include "core/backup/filehasher.h"
#include "core/backup/restorejob.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <libpq-fe.h>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(char(c ^ 0x20)));
}

} // namespace

/// Backup → verify → restore round trips against the real cluster, damaged backups, cancel.
class TestBackupRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprintSeesSchemaDifferences_data();
    void fingerprintSeesSchemaDifferences();
    void customRoundTrip();
    void directoryParallelRoundTrip();
    void damagedBackupRefused_data();
    void damagedBackupRefused();
    void restoreOverExistingNeedsConfirmation();
    void failedRestoreDropsNewDatabase();
    void existingNewDatabaseNameRefused();
    void cancelMidBackupLeavesNothing();
    void backupDoesNotReadTablesTwice();
    void failedDumpLeavesNothing();
    void destroyWhileRunning();
    void cannotConnect();

private:
    QString makeBackup(BackupOptions options, const QString &outDir);

    LocalCluster *m_cluster = nullptr;
    QTemporaryDir m_tmp;
    QString m_goodBackup;
    QMap<QString, QString> m_sourceFingerprint;
};

void TestBackupRestore::initTestCase()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    m_cluster = cluster;
    QVERIFY(m_tmp.isValid());
    QVERIFY(createDataset(cluster->uri(), cluster->uri(QStringLiteral("bk_source")), QStringLiteral("bk_source")));
    m_sourceFingerprint = fingerprint(cluster->uri(QStringLiteral("bk_source")));
    QVERIFY(m_sourceFingerprint.size() > 8);
    QCOMPARE(m_sourceFingerprint.value(QStringLiteral("large objects")).section(QLatin1Char(':'), 0, 0), QStringLiteral("5"));
}

QString TestBackupRestore::makeBackup(BackupOptions options, const QString &outDir)
{
    BackupJob job(pgTarget(m_cluster->uri(QStringLiteral("bk_source"))), outDir, options);
    QSignalSpy progress(&job, &Job::progressChanged);
    if (!job.exec()) {
        qWarning() << job.errorText();
        return {};
    }
    if (progress.isEmpty())
        qWarning() << "no progress reported";
    return job.backupPath();
}

void TestBackupRestore::fingerprintSeesSchemaDifferences_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("key");
    QTest::newRow("index") << u"CREATE INDEX orders_placed ON shop.orders (placed)"_s << u"index shop.orders_placed"_s;
    QTest::newRow("constraint made deferrable")
        << u"ALTER TABLE shop.customers DROP CONSTRAINT customers_pkey CASCADE; "
           "ALTER TABLE shop.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id) DEFERRABLE"_s
        << u"constraint shop.customers customers_pkey"_s;
    QTest::newRow("constraint") << u"ALTER TABLE shop.customers ADD CONSTRAINT named CHECK (name <> '')"_s << u"constraint shop.customers named"_s;
    QTest::newRow("column default") << u"ALTER TABLE shop.orders ALTER COLUMN note SET DEFAULT 'none'"_s << u"column shop.orders.note"_s;
    QTest::newRow("sequence is_called") << u"SELECT setval('shop.invoice_no', (SELECT last_value FROM shop.invoice_no), false)"_s
                                        << u"sequence shop.invoice_no"_s;
    QTest::newRow("sequence increment") << u"ALTER SEQUENCE shop.invoice_no INCREMENT 8"_s << u"sequence shop.invoice_no"_s;
}

void TestBackupRestore::fingerprintSeesSchemaDifferences()
{
    // The comparison every round trip relies on must notice what a faulty restore could lose.
    QFETCH(QString, change);
    QFETCH(QString, key);
    QVERIFY(execSql(m_cluster->uri(), u"DROP DATABASE IF EXISTS bk_fpcopy"_s));
    QVERIFY(execSql(m_cluster->uri(), u"CREATE DATABASE bk_fpcopy TEMPLATE bk_source"_s));
    QCOMPARE(fingerprint(m_cluster->uri(u"bk_fpcopy"_s)), m_sourceFingerprint);
    QVERIFY(execSql(m_cluster->uri(u"bk_fpcopy"_s), change));
    const QMap<QString, QString> changed = fingerprint(m_cluster->uri(u"bk_fpcopy"_s));
    QVERIFY2(changed.value(key) != m_sourceFingerprint.value(key), qPrintable(key));
}

void TestBackupRestore::customRoundTrip()
{
    BackupJob job(pgTarget(m_cluster->uri(QStringLiteral("bk_source"))), m_tmp.filePath(QStringLiteral("custom")), {});
    QSignalSpy progress(&job, &Job::progressChanged);
    QVERIFY2(job.exec(), qPrintable(job.errorText()));
    m_goodBackup = job.backupPath();
    QVERIFY(m_goodBackup.startsWith(m_tmp.filePath(QStringLiteral("custom/bk_source_"))));
    QVERIFY(!progress.isEmpty());
    // Hashed as it streamed from pg_dump: no pass over the finished file, and no row count.
    for (const QList<QVariant> &step : std::as_const(progress)) {
        QVERIFY2(step.at(1).toString() != QLatin1String("Computing checksums"), "a second pass over the archive");
        QVERIFY2(step.at(1).toString() != QLatin1String("Counting rows"), "the backup counted rows");
    }

    BackupManifest manifest;
    QString err;
    QVERIFY2(BackupManifest::read(m_goodBackup, &manifest, &err), qPrintable(err));
    QCOMPARE(manifest.database, QStringLiteral("bk_source"));
    QCOMPARE(manifest.files.size(), 1);
    QCOMPARE(manifest.files.first().path, QStringLiteral("archive.dump"));
    QCOMPARE(manifest.files.first().size, QFileInfo(m_goodBackup + QStringLiteral("/archive.dump")).size());
    // The checksum taken from the stream is the finished file's, read back independently.
    QString fileSha;
    qint64 fileSize = 0;
    QVERIFY(hashFile(m_goodBackup + QStringLiteral("/archive.dump"), &fileSha, &fileSize, {}, &err));
    QCOMPARE(manifest.files.first().sha256, fileSha);
    QCOMPARE(manifest.rowCountSource, QStringLiteral("archive"));
    QVERIFY(manifest.tableRows.isEmpty());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY(!(QFileInfo(m_goodBackup + QStringLiteral("/archive.dump")).permissions() & others));
    QVERIFY(manifest.dumpTool.contains(QLatin1String("pg_dump")));
    QVERIFY(manifest.serverVersionNum >= 150000);
    QVERIFY(manifest.finished >= manifest.started);
    QCOMPARE(manifest.encoding, QStringLiteral("UTF8"));

    const VerifyResult verified = verifyBackup(m_goodBackup);
    QVERIFY2(verified.ok, qPrintable(verified.error));
    QVERIFY(verified.tocEntries > 10);

    RestoreJob restore(m_goodBackup, pgTarget(m_cluster->uri()), {});
    QVERIFY2(restore.exec(), qPrintable(restore.errorText()));
    QVERIFY(restore.database().startsWith(QLatin1String("bk_source_restored_")));
    QVERIFY(!restore.restoredConninfo().contains(QLatin1String("password")));
    QCOMPARE(fingerprint(m_cluster->uri(restore.database())), m_sourceFingerprint);
}

void TestBackupRestore::directoryParallelRoundTrip()
{
    BackupOptions options;
    options.format = BackupOptions::Format::Directory;
    options.jobs = 2;
    options.compressLevel = 5;
    const QString path = makeBackup(options, m_tmp.filePath(QStringLiteral("dir")));
    QVERIFY(!path.isEmpty());
    BackupManifest manifest;
    QString err;
    QVERIFY(BackupManifest::read(path, &manifest, &err));
    QVERIFY(manifest.files.size() > 3);
    QVERIFY(manifest.files.first().path.startsWith(QLatin1String("archive/")));
    QCOMPARE(manifest.options.jobs, 2);

    RestoreOptions ro;
    ro.newDatabase = QStringLiteral("bk_dir_restored");
    ro.jobs = 2;
    RestoreJob restore(path, pgTarget(m_cluster->uri()), ro);
    QVERIFY2(restore.exec(), qPrintable(restore.errorText()));
    QCOMPARE(restore.database(), ro.newDatabase);
    QCOMPARE(fingerprint(m_cluster->uri(ro.newDatabase)), m_sourceFingerprint);
}

void TestBackupRestore::damagedBackupRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("badFile");
    QTest::newRow("flipped byte") << QStringLiteral("flip") << QStringLiteral("archive.dump");
    QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("archive.dump");
    QTest::newRow("archive missing") << QStringLiteral("remove") << QStringLiteral("archive.dump");
    QTest::newRow("manifest edited") << QStringLiteral("edit") << QStringLiteral("manifest.json");
    QTest::newRow("manifest missing") << QStringLiteral("nomanifest") << QStringLiteral("manifest.json");
    QTest::newRow("directory file flipped") << QStringLiteral("dirflip") << QStringLiteral("archive/toc.dat");
}

void TestBackupRestore::damagedBackupRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, badFile);
    QVERIFY(!m_goodBackup.isEmpty());
    QString source = m_goodBackup;
    if (damage == QLatin1String("dirflip")) {
        BackupOptions options;
        options.format = BackupOptions::Format::Directory;
        source = makeBackup(options, m_tmp.filePath(QStringLiteral("dir2")));
        QVERIFY(!source.isEmpty());
    }
    const QString copy = m_tmp.filePath(QStringLiteral("damaged-") + damage);
    QVERIFY(copyTree(source, copy));
    QVERIFY(verifyBackup(copy).ok);
    const QString file = copy + QLatin1Char('/') + badFile;
    if (damage == QLatin1String("flip") || damage == QLatin1String("dirflip")) {
        flipByte(file, QFileInfo(file).size() / 2);
    } else if (damage == QLatin1String("truncate")) {
        QFile f(file);
        QVERIFY(f.resize(f.size() - 100));
    } else if (damage == QLatin1String("remove") || damage == QLatin1String("nomanifest")) {
        QVERIFY(QFile::remove(file));
    } else if (damage == QLatin1String("edit")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        QVERIFY(json.contains("\"bk_source\""));
        json.replace("\"bk_source\"", "\"bk_other\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    }
    const VerifyResult r = verifyBackup(copy);
    QVERIFY(!r.ok);
    QCOMPARE(r.badFile, badFile);
    QVERIFY2(r.error.contains(badFile), qPrintable(r.error));

    RestoreOptions ro;
    ro.newDatabase = QStringLiteral("bk_must_not_exist");
    RestoreJob restore(copy, pgTarget(m_cluster->uri()), ro);
    QVERIFY(!restore.exec());
    QVERIFY2(restore.errorText().contains(badFile), qPrintable(restore.errorText()));
    QVERIFY(!databaseExists(m_cluster->uri(), ro.newDatabase));
}

void TestBackupRestore::restoreOverExistingNeedsConfirmation()
{
    QVERIFY(!m_goodBackup.isEmpty());
    QVERIFY(createDataset(m_cluster->uri(), m_cluster->uri(QStringLiteral("bk_existing")), QStringLiteral("bk_existing")));
    QVERIFY(execSql(m_cluster->uri(QStringLiteral("bk_existing")),
                    QStringLiteral("DELETE FROM shop.orders WHERE id % 2 = 0; CREATE TABLE public.extra (x int); "
                                   "SELECT lo_unlink(oid) FROM pg_largeobject_metadata")));
    const Target target = pgTarget(m_cluster->uri(QStringLiteral("bk_existing")));

    RestoreOptions unconfirmed;
    unconfirmed.intoNewDatabase = false;
    unconfirmed.clean = true;
    RestoreJob refused(m_goodBackup, target, unconfirmed);
    QVERIFY(!refused.exec());
    QVERIFY(refused.errorText().contains(QLatin1String("--yes")));
    QCOMPARE(queryValue(m_cluster->uri(QStringLiteral("bk_existing")), QStringLiteral("SELECT count(*) FROM shop.orders")), QStringLiteral("1000"));

    RestoreOptions confirmed = unconfirmed;
    confirmed.confirmed = true;
    RestoreJob restore(m_goodBackup, target, confirmed);
    QVERIFY2(restore.exec(), qPrintable(restore.errorText()));
    QCOMPARE(restore.database(), QStringLiteral("bk_existing"));
    QMap<QString, QString> fp = fingerprint(m_cluster->uri(QStringLiteral("bk_existing")));
    // --clean drops what the backup has; objects the backup never had stay (pg_restore semantics).
    QVERIFY(fp.remove(QStringLiteral("table public.extra")) == 1);
    QVERIFY(fp.remove(QStringLiteral("column extra.x")) == 1);
    QCOMPARE(fp, m_sourceFingerprint);
}

void TestBackupRestore::failedRestoreDropsNewDatabase()
{
    // A data-only archive cannot be restored into an empty database: its tables do not exist.
    BackupOptions options;
    options.dataOnly = true;
    const QString path = makeBackup(options, m_tmp.filePath(QStringLiteral("dataonly")));
    QVERIFY(!path.isEmpty());
    QVERIFY(verifyBackup(path).ok);
    RestoreOptions ro;
    ro.newDatabase = QStringLiteral("bk_failed_restore");
    RestoreJob restore(path, pgTarget(m_cluster->uri()), ro);
    QVERIFY(!restore.exec());
    QCOMPARE(restore.state(), Job::State::Failed);
    QVERIFY2(restore.errorText().contains(QLatin1String("pg_restore")), qPrintable(restore.errorText()));
    QVERIFY(!databaseExists(m_cluster->uri(), ro.newDatabase));
}

void TestBackupRestore::existingNewDatabaseNameRefused()
{
    QVERIFY(!m_goodBackup.isEmpty());
    RestoreOptions ro;
    ro.newDatabase = QStringLiteral("bk_source");
    RestoreJob restore(m_goodBackup, pgTarget(m_cluster->uri()), ro);
    QVERIFY(!restore.exec());
    QVERIFY2(restore.errorText().contains(QLatin1String("already exists")), qPrintable(restore.errorText()));
    QCOMPARE(fingerprint(m_cluster->uri(QStringLiteral("bk_source"))), m_sourceFingerprint);
}

void TestBackupRestore::cancelMidBackupLeavesNothing()
{
    QVERIFY(createDataset(m_cluster->uri(), m_cluster->uri(QStringLiteral("bk_big")), QStringLiteral("bk_big"), 150000));
    const QString out = m_tmp.filePath(QStringLiteral("cancelled"));
    BackupOptions options;
    options.compressLevel = 9;
    BackupJob job(pgTarget(m_cluster->uri(QStringLiteral("bk_big"))), out, options);
    connect(&job, &Job::progressChanged, &job, [&job](int, const QString &text) {
        if (text.startsWith(QLatin1String("Dumping")))
            job.cancel();
    });
    QVERIFY(!job.exec());
    QCOMPARE(job.state(), Job::State::Cancelled);
    QVERIFY(job.backupPath().isEmpty());
    const QStringList left = QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
}

void TestBackupRestore::backupDoesNotReadTablesTwice()
{
    // Rows used to be counted in every table while pg_dump ran (a second read of the data on the
    // same cores). A count would have to wait for a table whose lock another session holds; pg_dump
    // itself (schema excluded) and the progress estimate (plain tables only) never wait for it.
    // The backup must finish while the lock is still held.
    const QString db = QStringLiteral("bk_nocount");
    QVERIFY(execSql(m_cluster->uri(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db)));
    QVERIFY(execSql(m_cluster->uri(), QStringLiteral("CREATE DATABASE %1").arg(db)));
    QVERIFY(execSql(m_cluster->uri(db), QStringLiteral(
        "CREATE TABLE public.kept AS SELECT g AS id FROM generate_series(1, 1000) g; "
        "CREATE EXTENSION file_fdw; CREATE SERVER files FOREIGN DATA WRAPPER file_fdw; "
        "CREATE SCHEMA slow; CREATE TABLE slow.parent (id int); "
        "CREATE FOREIGN TABLE slow.child () INHERITS (slow.parent) SERVER files OPTIONS (filename '/dev/null')")));
    PGconn *holder = PQconnectdb(m_cluster->uri(db).toUtf8().constData());
    const auto closeHolder = qScopeGuard([&] { PQfinish(holder); });
    QCOMPARE(PQstatus(holder), CONNECTION_OK);
    PQclear(PQexec(holder, "BEGIN"));
    PGresult *locked = PQexec(holder, "ALTER FOREIGN TABLE slow.child OPTIONS (SET filename '/dev/null')");
    QCOMPARE(PQresultStatus(locked), PGRES_COMMAND_OK);
    PQclear(locked);

    BackupOptions options;
    options.excludeSchemas = {QStringLiteral("slow")};
    BackupJob job(pgTarget(m_cluster->uri(db)), m_tmp.filePath(QStringLiteral("nocount")), options);
    // Should the backup wait for the lock, it is released after a minute so the test ends.
    bool released = false;
    QTimer::singleShot(60000, &job, [&] {
        released = true;
        PQclear(PQexec(holder, "ROLLBACK"));
    });
    QVERIFY2(job.exec(), qPrintable(job.errorText()));
    QVERIFY2(!released, "the backup waited for a table it does not dump");
    BackupManifest manifest;
    QString err;
    QVERIFY2(BackupManifest::read(job.backupPath(), &manifest, &err), qPrintable(err));
    QCOMPARE(manifest.rowCountSource, QStringLiteral("archive"));
}

void TestBackupRestore::failedDumpLeavesNothing()
{
    // pg_dump dies mid-stream (its session terminated): the job fails, and neither the archive
    // streamed so far nor its directory stays behind.
    const QString out = m_tmp.filePath(QStringLiteral("failed"));
    BackupOptions options;
    options.compressLevel = 9;
    BackupJob job(pgTarget(m_cluster->uri(QStringLiteral("bk_big"))), out, options);
    bool terminated = false;
    connect(&job, &Job::progressChanged, &job, [&](int, const QString &text) {
        if (!terminated && text.startsWith(QLatin1String("Dumping public.big"))) {
            terminated = true;
            execSql(m_cluster->uri(), QStringLiteral(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pg_dump'"));
        }
    });
    QVERIFY(!job.exec());
    QVERIFY(terminated);
    QCOMPARE(job.state(), Job::State::Failed);
    QVERIFY(job.backupPath().isEmpty());
    const QStringList left = QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
}

void TestBackupRestore::destroyWhileRunning()
{
    // An owner going away (page closed) cancels, waits for the worker and leaves nothing behind.
    const QString out = m_tmp.filePath(QStringLiteral("destroyed"));
    BackupOptions options;
    options.compressLevel = 9;
    auto *job = new BackupJob(pgTarget(m_cluster->uri(QStringLiteral("bk_big"))), out, options);
    bool dumping = false;
    connect(job, &Job::progressChanged, job, [&dumping](int, const QString &text) {
        dumping |= text.startsWith(QLatin1String("Dumping"));
    });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(dumping, 30000);
    delete job;
    QVERIFY(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestBackupRestore::cannotConnect()
{
    BackupJob job(pgTarget(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")),
                  m_tmp.filePath(QStringLiteral("never")), {});
    QVERIFY(!job.exec());
    QVERIFY(job.connectFailed());
    QVERIFY(!QDir(m_tmp.filePath(QStringLiteral("never"))).exists());
}

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backuprestore.moc"
