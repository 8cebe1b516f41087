#include "backupclitest.h"
#include "backupfixture.h"

#include "core/backup/backupmanifest.h"
#include "tests/support/testcluster.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;


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
    void filesArePrivate_data();
    void filesArePrivate();
    void plantedManifestRefused_data();
    void plantedManifestRefused();
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
    QTest::newRow("prune bad grace") << QStringList{u"backups"_s, u"prune"_s, u"/tmp"_s, u"--incomplete-grace"_s, u"soon"_s};
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
    QString error;
    m_backup = makeCliBackup(cluster->uri(), cluster->uri(u"cli_source"_s), u"cli_source"_s, m_tmp.filePath(u"out"_s), &error);
    QVERIFY2(!m_backup.isEmpty(), qPrintable(error));
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

void TestBackupCommand::filesArePrivate_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("custom") << u"custom"_s;
    QTest::newRow("directory") << u"directory"_s;
}

void TestBackupCommand::filesArePrivate()
{
    QFETCH(QString, format);
    DBPULSE_REQUIRE_CLUSTER(cluster);
    if (!databaseExists(cluster->uri(), u"cli_source"_s))
        QSKIP("needs the database from backupVerifyRestore");
    // A permissive umask, as on many desktops: what we write must be private anyway.
    const mode_t old = ::umask(022);
    const auto restore = qScopeGuard([old] { ::umask(old); });
    const QString out = m_tmp.filePath(u"private_"_s + format);
    const CliResult b = cli({u"backup"_s, cluster->uri(u"cli_source"_s), u"--out"_s, out, u"--format"_s, format});
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    const QString backup = b.out.trimmed().split(u'\n').last();
    const CliResult v = cli({u"verify"_s, backup}); // writes verification.json
    QVERIFY2(v.exitCode == 0, qPrintable(v.err));
    QVERIFY(QFileInfo::exists(backup + u"/verification.json"_s));
    QVERIFY(!QFileInfo::exists(backup + u'/' + BackupManifest::inProgressMarker()));
    const QString offender = notPrivate(out); // out itself: we created it
    QVERIFY2(offender.isEmpty(), qPrintable(offender));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &name : {u"manifest.json"_s, u"verification.json"_s, u""_s})
        QVERIFY2(!(QFileInfo(backup + u'/' + name).permissions() & others), qPrintable(name));
    // The manifest records which server this is (retention groups by it).
    BackupManifest m;
    QString err;
    QVERIFY2(BackupManifest::read(backup, &m, &err), qPrintable(err));
    QCOMPARE(m.systemIdentifier, queryValue(cluster->uri(), u"SELECT system_identifier::text FROM pg_control_system()"_s));
}

void TestBackupCommand::plantedManifestRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("archive ../outside") << u"archive"_s << u"../outside"_s;
    QTest::newRow("archive /etc/passwd") << u"archive"_s << u"/etc/passwd"_s;
    QTest::newRow("archive a symlink to /etc/passwd") << u"archive"_s << u"archive.dump"_s;
    QTest::newRow("file ../outside") << u"files[0].path"_s << u"archive/../../outside"_s;
    QTest::newRow("file /etc/passwd") << u"files[0].path"_s << u"/etc/passwd"_s;
    QTest::newRow("file a symlink inside the archive") << u"files[0].path"_s << u"archive/linked.dat"_s;
}

void TestBackupCommand::plantedManifestRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    // Someone who can write to the folder plants a manifest (with a valid self-checksum: it is no
    // secret) that sends verify and restore elsewhere. Both refuse, naming the field and value.
    static int n = 0;
    const QString copy = m_tmp.filePath(u"planted_%1"_s.arg(++n));
    QVERIFY(copyBackupDated(m_backup, copy, u"2026-11-01T02:00:00Z"_s));
    QFile outside(m_tmp.filePath(u"outside"_s));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("not a backup\n");
    outside.close();
    BackupManifest m;
    QString err;
    QVERIFY(BackupManifest::read(copy, &m, &err));
    if (value == u"archive.dump"_s) {
        QVERIFY(QFile::link(u"/etc/passwd"_s, copy + u"/archive.dump"_s));
        m.archive = value;
        m.files = {BackupFileEntry{value, QFileInfo(u"/etc/passwd"_s).size(), QString(64, u'0')}};
    } else if (value == u"archive/linked.dat"_s) {
        QVERIFY(QFile::link(outside.fileName(), copy + u"/archive/linked.dat"_s));
        m.files.first().path = value;
    } else if (field == u"archive"_s) {
        m.archive = value;
    } else {
        m.files.first().path = value;
    }
    QVERIFY(plantManifest(copy, m));
    const QString expected = u"field '%1' is '%2'"_s.arg(field, value);
    const CliResult v = cli({u"verify"_s, copy});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.err.contains(expected), qPrintable(v.err));
    const CliResult r = cli({u"restore"_s, copy, m_cluster->uri(), u"--new-database"_s, u"cli_planted"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!databaseExists(m_cluster->uri(), u"cli_planted"_s));
}

void TestBackupCommand::diskFull_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("custom (one archive file)") << u"custom"_s;
    QTest::newRow("directory (a file per table)") << u"directory"_s;
}

// The disk fills while pg_dump writes. A small tmpfs would need CAP_SYS_ADMIN, which CI (root in a
// container) does not have; a file-size limit on the CLI (RLIMIT_FSIZE, inherited by the pg_dump
// it starts) needs no privilege and fails the same writes at the same point, with EFBIG instead
// of ENOSPC. Nothing that looks like a backup may stay behind, and the error must say why.
void TestBackupCommand::diskFull()
{
    QFETCH(QString, format);
    DBPULSE_REQUIRE_CLUSTER(cluster);
    static bool seeded = false;
    // The big table's data is about 650 kB, far past the limit in either format.
    if (!seeded)
        QVERIFY(createDataset(cluster->uri(), cluster->uri(u"cli_full"_s), u"cli_full"_s, 2000));
    seeded = true;
    constexpr rlim_t limit = 64 * 1024;
    const QString out = m_tmp.filePath(u"full-"_s + format);
    QVERIFY(QDir().mkpath(out));
    QProcess p;
    p.setChildProcessModifier([] {
        // In the child, before exec: past the limit a write fails with EFBIG instead of the
        // process being killed by SIGXFSZ; an ignored signal stays ignored across exec.
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit fsize{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &fsize);
    });
    p.start(qEnvironmentVariable("DBPULSE_CLI"), {u"backup"_s, cluster->uri(u"cli_full"_s), u"--out"_s, out,
                                                   u"--compress"_s, u"0"_s, u"--format"_s, format});
    QVERIFY(p.waitForFinished(300000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    // What failed and why, in the words of the system: not a bare "pg_dump failed".
    QVERIFY2(err.contains(u"could not write"_s) && err.contains(QString::fromLocal8Bit(strerror(EFBIG))), qPrintable(err));
    // No partial backup: the folder is as empty as before, and nothing lists or verifies.
    const QStringList left = QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    const CliResult list = cli({u"backups"_s, u"list"_s, out});
    QVERIFY2(!list.out.contains(u"cli_full"_s), qPrintable(list.out));
    // The same backup without the limit succeeds: the limit, not the setup, made it fail.
    const CliResult ok = cli({u"backup"_s, cluster->uri(u"cli_full"_s), u"--out"_s, out, u"--compress"_s, u"0"_s,
                              u"--format"_s, format});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
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
    // Wait until the archive is being written: it streams into a hidden file that only becomes
    // archive.dump once complete and on disk.
    const auto streaming = [&out] {
        const QDir backup(QDir(out).filePath(QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0)));
        const QFileInfoList parts = backup.entryInfoList({u".archive.dump.part-*"_s}, QDir::Files | QDir::Hidden);
        return !parts.isEmpty() && parts.first().size() > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(streaming(), 30000);
    if (kill)
        p.kill();
    else
        p.terminate();
    QVERIFY(p.waitForFinished(30000));
    const QStringList left = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (!kill) {
        QCOMPARE(p.exitCode(), 130);  // cancelled (app/cli/exitcode.h)
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"cancelled"_s));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
        return;
    }
    QCOMPARE(left.size(), 1);
    // Nothing under the archive's name: an unfinished stream never looks like an archive.
    QVERIFY(!QFileInfo::exists(QDir(out).filePath(left.first()) + u"/archive.dump"_s));
    const CliResult v = cli({u"verify"_s, QDir(out).filePath(left.first())});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.err.contains(u"manifest.json"_s), qPrintable(v.err));
    const CliResult list = cli({u"backups"_s, u"list"_s, out});
    QVERIFY(list.out.contains(u"INCOMPLETE"_s));
    // Marked as ours and unfinished: prune --incomplete may remove it once it has gone quiet.
    QVERIFY(QFileInfo::exists(QDir(out).filePath(left.first()) + u'/' + BackupManifest::inProgressMarker()));
}

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "tst_backupcommand.moc"
