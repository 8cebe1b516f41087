#include "backupfixture.h"

#include "core/backup/backupmanifest.h"
#include "tests/support/testcluster.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("DBPULSE_CLI"), args);
    CliResult r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Copies the backup \a from to \a to with its manifest rewritten to have started at \a isoStart:
// the same verified archive, dated for a retention scenario.
bool copyBackupDated(const QString &from, const QString &to, const QString &isoStart)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        if (it.fileInfo().isDir() ? !QDir().mkpath(dst) : !QFile::copy(src, dst))
            return false;
    }
    QFile::remove(to + u"/verification.json"_s);
    BackupManifest m;
    QString err;
    if (!BackupManifest::read(to, &m, &err))
        return false;
    m.started = QDateTime::fromString(isoStart, Qt::ISODate);
    m.finished = m.started.addSecs(5);
    return m.write(to, &err);
}

} // namespace

/// `dbpulse-cli backup|verify|restore|backups` end to end: output contract and exit codes.
class TestBackupCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void cannotConnect();
    void backupVerifyRestore();
    void verifyByRestoreTest();
    void verifyNamesDamagedFile();
    void otherMajorPgDumpRefused_data();
    void otherMajorPgDumpRefused();
    void listAndPrune();
    void pruneSharedFolderPerDatabase();
    void diskFull_data();
    void diskFull();
    void killedOrInterrupted_data();
    void killedOrInterrupted();

private:
    LocalCluster *m_cluster = nullptr;
    QTemporaryDir m_tmp;
    QString m_backup;
};

void TestBackupCommand::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("DBPULSE_CLI")).isExecutable(), "DBPULSE_CLI must name the built dbpulse-cli");
}

void TestBackupCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("backup without --out") << QStringList{u"backup"_s, u"postgresql://x@127.0.0.1/db"_s};
    QTest::newRow("bad format") << QStringList{u"backup"_s, u"postgresql://x@127.0.0.1/db"_s, u"--out"_s, u"/tmp/x"_s, u"--format"_s, u"tar"_s};
    QTest::newRow("jobs with custom") << QStringList{u"backup"_s, u"postgresql://x@127.0.0.1/db"_s, u"--out"_s, u"/tmp/x"_s, u"--jobs"_s, u"4"_s};
    QTest::newRow("restore --clean without --yes") << QStringList{u"restore"_s, u"/tmp/b"_s, u"postgresql://x@127.0.0.1/db"_s, u"--clean"_s};
    QTest::newRow("restore one argument") << QStringList{u"restore"_s, u"/tmp/b"_s};
    QTest::newRow("verify nothing") << QStringList{u"verify"_s};
    QTest::newRow("backups what") << QStringList{u"backups"_s, u"shuffle"_s, u"/tmp"_s};
    QTest::newRow("prune negative") << QStringList{u"backups"_s, u"prune"_s, u"/tmp"_s, u"--keep-daily"_s, u"-1"_s};
}

void TestBackupCommand::badArguments()
{
    QFETCH(QStringList, args);
    const CliResult r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestBackupCommand::cannotConnect()
{
    const CliResult r = cli({u"backup"_s, u"postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"_s, u"--out"_s, m_tmp.filePath(u"x"_s)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(u"cannot connect"_s));
}

void TestBackupCommand::backupVerifyRestore()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    m_cluster = cluster;
    QVERIFY(createDataset(cluster->uri(), cluster->uri(u"cli_source"_s), u"cli_source"_s));
    const CliResult b = cli({u"backup"_s, cluster->uri(u"cli_source"_s), u"--out"_s, m_tmp.filePath(u"out"_s),
                             u"--format"_s, u"directory"_s, u"--jobs"_s, u"2"_s, u"--compress"_s, u"1"_s});
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    m_backup = b.out.trimmed().split(u'\n').last();
    QVERIFY(QFileInfo::exists(m_backup + u"/manifest.json"_s));

    const CliResult v = cli({u"verify"_s, m_backup});
    QVERIFY2(v.exitCode == 0, qPrintable(v.err));
    QVERIFY(v.out.startsWith(u"ok:"_s));

    const CliResult r = cli({u"restore"_s, m_backup, cluster->uri(), u"--new-database"_s, u"cli_copy"_s, u"--jobs"_s, u"2"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"cli_copy"_s));
    QCOMPARE(fingerprint(cluster->uri(u"cli_copy"_s)), fingerprint(cluster->uri(u"cli_source"_s)));

    // Same name again: refused, nothing touched.
    const CliResult again = cli({u"restore"_s, m_backup, cluster->uri(), u"--new-database"_s, u"cli_copy"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"already exists"_s));
}

void TestBackupCommand::verifyByRestoreTest()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    const CliResult v = cli({u"verify"_s, m_backup, u"--restore-test"_s, m_cluster->uri()});
    QVERIFY2(v.exitCode == 0, qPrintable(v.err));
    QVERIFY2(v.out.startsWith(u"ok: verified by restore; "_s), qPrintable(v.out));
    QVERIFY(v.out.contains(u"rows match the manifest"_s));
    QCOMPARE(queryValue(m_cluster->uri(), u"SELECT count(*) FROM pg_database WHERE datname LIKE 'dbpulse\\_verify\\_%'"_s), u"0"_s);

    const CliResult list = cli({u"backups"_s, u"list"_s, QFileInfo(m_backup).absolutePath(), u"--format"_s, u"json"_s});
    const QJsonObject entry = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
    QVERIFY2(entry.value(u"verification"_s).toString().startsWith(u"verified by restore "_s), qPrintable(list.out));
    QVERIFY(entry.value(u"restore_test"_s).toObject().value(u"ok"_s).toBool());
    const CliResult table = cli({u"backups"_s, u"list"_s, QFileInfo(m_backup).absolutePath()});
    QVERIFY(table.out.contains(u"verified by restore "_s));

    // No server there: exit 3, and the backup keeps its badge (the test could not run; it did not fail).
    const CliResult unreachable = cli({u"verify"_s, m_backup, u"--restore-test"_s, u"postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"_s});
    QCOMPARE(unreachable.exitCode, 3);
    const CliResult after = cli({u"backups"_s, u"list"_s, QFileInfo(m_backup).absolutePath()});
    QVERIFY(after.out.contains(u"verified by restore "_s));
}

void TestBackupCommand::verifyNamesDamagedFile()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    const QString copy = m_tmp.filePath(u"damaged"_s);
    QVERIFY(QDir().mkpath(copy + u"/archive"_s));
    QDirIterator it(m_backup, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        QVERIFY(QFile::copy(src, copy + u'/' + QDir(m_backup).relativeFilePath(src)));
    }
    // Damage the largest data file.
    BackupManifest m;
    QString err;
    QVERIFY(BackupManifest::read(copy, &m, &err));
    BackupFileEntry largest;
    for (const BackupFileEntry &f : m.files) {
        if (f.size > largest.size)
            largest = f;
    }
    QFile f(copy + u'/' + largest.path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(largest.size / 2);
    f.putChar('X');
    f.close();
    const CliResult v = cli({u"verify"_s, copy});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.err.contains(largest.path), qPrintable(v.err));
    const CliResult r = cli({u"restore"_s, copy, m_cluster->uri(), u"--new-database"_s, u"cli_never"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(largest.path), qPrintable(r.err));
    QVERIFY(!databaseExists(m_cluster->uri(), u"cli_never"_s));
}

void TestBackupCommand::otherMajorPgDumpRefused_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("why");
    QTest::newRow("older") << u"11.22"_s << u"older than"_s;
    QTest::newRow("newer") << u"99.1"_s << u"newer than"_s;
}

void TestBackupCommand::otherMajorPgDumpRefused()
{
    // Only the server's own major: an older pg_dump cannot dump it faithfully, a newer one
    // writes archives the server's own pg_restore cannot read.
    QFETCH(QString, version);
    QFETCH(QString, why);
    DBPULSE_REQUIRE_CLUSTER(cluster);
    const QString major = QString::number(queryValue(cluster->uri(), u"SHOW server_version_num"_s).toInt() / 10000);
    QTemporaryDir bin;
    QFile script(bin.filePath(u"pg_dump"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 'pg_dump (PostgreSQL) " + version.toUtf8() + "'\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBPULSE_PG_BINDIR"_s, bin.path());
    const QString out = m_tmp.filePath(u"refused"_s);
    const CliResult r = cli({u"backup"_s, cluster->uri(), u"--out"_s, out}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"found pg_dump %1 (%2), %3 the server's major version %4"_s.arg(version, script.fileName(), why, major)),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"looked for pg_dump %1 in DBPULSE_PG_BINDIR (%2)"_s.arg(major, bin.path())), qPrintable(r.err));
    QVERIFY(QDir(out).isEmpty() || !QDir(out).exists());
}

void TestBackupCommand::listAndPrune()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    // Three synthetic days of the same backup (manifests rewritten with other dates) plus debris.
    const QString dir = m_tmp.filePath(u"history"_s);
    const QStringList days{u"2026-11-01T02:00:00Z"_s, u"2026-11-02T02:00:00Z"_s, u"2026-11-03T02:00:00Z"_s};
    for (const QString &day : days)
        QVERIFY(copyBackupDated(m_backup, dir + u"/b_"_s + day.left(10), day));
    QVERIFY(QDir().mkpath(dir + u"/b_partial/archive"_s));

    const CliResult list = cli({u"backups"_s, u"list"_s, dir, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray arr = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(arr.size(), 4);
    int complete = 0;
    for (const QJsonValue &v : arr)
        complete += v.toObject().value(u"complete"_s).toBool();
    QCOMPARE(complete, 3);
    const CliResult table = cli({u"backups"_s, u"list"_s, dir});
    QVERIFY(table.out.contains(u"INCOMPLETE b_partial"_s));

    const QStringList keep1{u"--keep-daily"_s, u"1"_s, u"--keep-weekly"_s, u"0"_s, u"--keep-monthly"_s, u"0"_s};
    const CliResult dry = cli(QStringList{u"backups"_s, u"prune"_s, dir, u"--dry-run"_s} + keep1);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(u"keep   b_2026-11-03  (cli_source: daily 2026-11-03, newest verified backup)"_s), qPrintable(dry.out));
    QVERIFY(dry.out.contains(u"delete b_2026-11-01  (cli_source: not needed by any rule)"_s));
    QVERIFY(dry.out.contains(u"ignore b_partial"_s));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 4);

    // The newest is damaged: the newest verified one (11-02) is protected as well.
    QVERIFY(QFile::remove(dir + u"/b_2026-11-03/archive/toc.dat"_s));
    const CliResult prune = cli(QStringList{u"backups"_s, u"prune"_s, dir} + keep1);
    QCOMPARE(prune.exitCode, 0);
    QVERIFY2(prune.out.contains(u"keep   b_2026-11-02  (cli_source: newest verified backup)"_s), qPrintable(prune.out));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList{u"b_2026-11-02"_s, u"b_2026-11-03"_s, u"b_partial"_s}));
}

void TestBackupCommand::pruneSharedFolderPerDatabase()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    // A folder two databases back up into. "cli_other" was backed up an hour before "cli_source"
    // on the same day: judged together it would be a same-day duplicate and be deleted, and
    // cli_source's newer backups would stand in for its "newest verified".
    QVERIFY(execSql(m_cluster->uri(), u"DROP DATABASE IF EXISTS cli_other"_s));
    QVERIFY(execSql(m_cluster->uri(), u"CREATE DATABASE cli_other"_s));
    QVERIFY(execSql(m_cluster->uri(u"cli_other"_s), u"CREATE TABLE notes (id int PRIMARY KEY, body text); "
                                                     "INSERT INTO notes SELECT g, 'n' || g FROM generate_series(1, 50) g"_s));
    const CliResult b = cli({u"backup"_s, m_cluster->uri(u"cli_other"_s), u"--out"_s, m_tmp.filePath(u"other"_s)});
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    const QString otherBackup = b.out.trimmed().split(u'\n').last();

    const QString dir = m_tmp.filePath(u"shared"_s);
    QVERIFY(copyBackupDated(m_backup, dir + u"/source_11-02"_s, u"2026-11-02T02:00:00Z"_s));
    QVERIFY(copyBackupDated(m_backup, dir + u"/source_11-03"_s, u"2026-11-03T02:00:00Z"_s));
    QVERIFY(copyBackupDated(otherBackup, dir + u"/other_10-30"_s, u"2026-10-30T01:00:00Z"_s));
    QVERIFY(copyBackupDated(otherBackup, dir + u"/other_11-01"_s, u"2026-11-01T01:00:00Z"_s));
    QVERIFY(copyBackupDated(otherBackup, dir + u"/other_11-03"_s, u"2026-11-03T01:00:00Z"_s));
    // cli_other's newest is damaged: its own newest verified backup (11-01) must be protected,
    // however many verified backups cli_source has.
    BackupManifest damaged;
    QString err;
    QVERIFY(BackupManifest::read(dir + u"/other_11-03"_s, &damaged, &err));
    QVERIFY(QFile::resize(dir + u"/other_11-03/"_s + damaged.files.first().path, 10));

    const CliResult list = cli({u"backups"_s, u"list"_s, dir});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.section(u'\n', 0, 0).contains(u"DATABASE"_s), qPrintable(list.out));
    QCOMPARE(list.out.count(u"cli_other"_s), 3);

    const QStringList keep1{u"--keep-daily"_s, u"1"_s, u"--keep-weekly"_s, u"0"_s, u"--keep-monthly"_s, u"0"_s};
    const CliResult prune = cli(QStringList{u"backups"_s, u"prune"_s, dir} + keep1);
    QCOMPARE(prune.exitCode, 0);
    QVERIFY2(prune.out.contains(u"keep   source_11-03  (cli_source: daily 2026-11-03, newest verified backup)"_s), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"delete source_11-02  (cli_source: not needed by any rule)"_s), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"keep   other_11-03  (cli_other: daily 2026-11-03)"_s), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"keep   other_11-01  (cli_other: newest verified backup)"_s), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"delete other_10-30  (cli_other: not needed by any rule)"_s), qPrintable(prune.out));
    QVERIFY2(prune.err.contains(u"other_11-03 fails verification"_s), qPrintable(prune.err));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList{u"other_11-01"_s, u"other_11-03"_s, u"source_11-03"_s}));
}

void TestBackupCommand::diskFull_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("custom (our writer)") << u"custom"_s;
    QTest::newRow("directory (pg_dump writes)") << u"directory"_s;
}

void TestBackupCommand::diskFull()
{
    QFETCH(QString, format);
    DBPULSE_REQUIRE_CLUSTER(cluster);
    if (!databaseExists(cluster->uri(), u"cli_source"_s))
        QSKIP("needs the database from backupVerifyRestore");
    // A 128 KiB tmpfs stands in for a full disk; only root can mount one.
    QTemporaryDir mountPoint;
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=128k"_s, u"tmpfs"_s, mountPoint.path()}) != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mountPoint.path()}); });
    const CliResult r = cli({u"backup"_s, cluster->uri(u"cli_source"_s), u"--out"_s, mountPoint.path(), u"--compress"_s, u"0"_s,
                             u"--format"_s, format});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"No space left on device"_s), qPrintable(r.err));
    QVERIFY(QDir(mountPoint.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestBackupCommand::killedOrInterrupted_data()
{
    QTest::addColumn<bool>("kill");
    QTest::newRow("SIGTERM cancels and cleans up") << false;
    QTest::newRow("SIGKILL leaves nothing that verifies") << true;
}

void TestBackupCommand::killedOrInterrupted()
{
    QFETCH(bool, kill);
    DBPULSE_REQUIRE_CLUSTER(cluster);
    static bool seeded = false;
    if (!seeded)
        QVERIFY(createDataset(cluster->uri(), cluster->uri(u"cli_big"_s), u"cli_big"_s, 150000));
    seeded = true;
    const QString out = m_tmp.filePath(kill ? u"killed"_s : u"terminated"_s);
    QProcess p;
    p.start(qEnvironmentVariable("DBPULSE_CLI"), {u"backup"_s, cluster->uri(u"cli_big"_s), u"--out"_s, out, u"--compress"_s, u"9"_s});
    QVERIFY(p.waitForStarted());
    // Wait until pg_dump is writing the archive.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(QDir(out).filePath(QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0) + u"/archive.dump"_s)).size() > 0, 30000);
    if (kill)
        p.kill();
    else
        p.terminate();
    QVERIFY(p.waitForFinished(30000));
    const QStringList left = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (!kill) {
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"cancelled"_s));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
        return;
    }
    QCOMPARE(left.size(), 1);
    const CliResult v = cli({u"verify"_s, QDir(out).filePath(left.first())});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.err.contains(u"manifest.json"_s), qPrintable(v.err));
    const CliResult list = cli({u"backups"_s, u"list"_s, out});
    QVERIFY(list.out.contains(u"INCOMPLETE"_s));
}

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "tst_backupcommand.moc"
