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

#include <functional>
#include <sys/stat.h>

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

// The retention group prune prints for a backup: its database on its server.
QString groupOf(const QString &backup)
{
    BackupManifest m;
    QString err;
    if (!BackupManifest::read(backup, &m, &err))
        return err;
    return m.database + u" [server "_s + m.systemIdentifier + u']';
}

// Rewrites the manifest of \a backup through \a edit (its self-checksum recomputed, as anyone with
// write access to the folder could).
bool editManifest(const QString &backup, const std::function<void(BackupManifest &)> &edit)
{
    BackupManifest m;
    QString err;
    if (!BackupManifest::read(backup, &m, &err))
        return false;
    edit(m);
    return m.write(backup, &err);
}

// Writes \a m's JSON as \a dir/manifest.json without any checks (a planted manifest).
bool plantManifest(const QString &dir, const BackupManifest &m)
{
    QFile f(dir + u"/manifest.json"_s);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(m.toJson()).toJson()) > 0;
}

// Every directory under \a root 0700 and every file 0600 (links not followed); else the first offender.
QString notPrivate(const QString &root)
{
    QStringList paths{root};
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    for (const QString &path : paths) {
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return path + u": cannot stat"_s;
        const mode_t want = S_ISDIR(st.st_mode) ? 0700 : 0600;
        if ((st.st_mode & 07777) != want || !(S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)))
            return u"%1: mode %2"_s.arg(path).arg(uint(st.st_mode & 07777), 4, 8, QChar(u'0'));
    }
    return {};
}

// Sets the modification time of everything under \a dir to \a when.
void backdate(const QString &dir, const QDateTime &when)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(when, QFileDevice::FileModificationTime);
    }
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
    void filesArePrivate_data();
    void filesArePrivate();
    void plantedManifestRefused_data();
    void plantedManifestRefused();
    void listAndPrune();
    void pruneSharedFolderPerDatabase();
    void pruneKeepsServersApart();
    void pruneNeverFollowsLinks();
    void pruneDeletesOnlyWithYes();
    void pruneAsksAtATerminal();
    void pruneStaleIncomplete();
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

    const QString g = groupOf(m_backup);
    const QStringList keep1{u"--keep-daily"_s, u"1"_s, u"--keep-weekly"_s, u"0"_s, u"--keep-monthly"_s, u"0"_s};
    const CliResult dry = cli(QStringList{u"backups"_s, u"prune"_s, dir, u"--dry-run"_s, u"--yes"_s} + keep1);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(u"keep   b_2026-11-03  (%1: daily 2026-11-03, newest verified backup)"_s.arg(g)), qPrintable(dry.out));
    QVERIFY(dry.out.contains(u"would delete b_2026-11-01  (%1: not needed by any rule)"_s.arg(g)));
    QVERIFY(dry.out.contains(u"ignore b_partial"_s));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 4);

    // The newest is damaged: the newest verified one (11-02) is protected as well.
    QVERIFY(QFile::remove(dir + u"/b_2026-11-03/archive/toc.dat"_s));
    const CliResult prune = cli(QStringList{u"backups"_s, u"prune"_s, dir, u"--yes"_s} + keep1);
    QCOMPARE(prune.exitCode, 0);
    QVERIFY2(prune.out.contains(u"keep   b_2026-11-02  (%1: newest verified backup)"_s.arg(g)), qPrintable(prune.out));
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

    const QString gs = groupOf(m_backup);
    const QString go = groupOf(otherBackup);
    const QStringList keep1{u"--keep-daily"_s, u"1"_s, u"--keep-weekly"_s, u"0"_s, u"--keep-monthly"_s, u"0"_s};
    const CliResult prune = cli(QStringList{u"backups"_s, u"prune"_s, dir, u"--yes"_s} + keep1);
    QCOMPARE(prune.exitCode, 0);
    QVERIFY2(prune.out.contains(u"keep   source_11-03  (%1: daily 2026-11-03, newest verified backup)"_s.arg(gs)), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"delete source_11-02  (%1: not needed by any rule)"_s.arg(gs)), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"keep   other_11-03  (%1: daily 2026-11-03)"_s.arg(go)), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"keep   other_11-01  (%1: newest verified backup)"_s.arg(go)), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"delete other_10-30  (%1: not needed by any rule)"_s.arg(go)), qPrintable(prune.out));
    QVERIFY2(prune.err.contains(u"other_11-03 fails verification"_s), qPrintable(prune.err));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList{u"other_11-01"_s, u"other_11-03"_s, u"source_11-03"_s}));
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

void TestBackupCommand::pruneKeepsServersApart()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    // Same database name, same day, two servers (another system identifier): each is its server's
    // only backup of the day, so both are kept. A backup whose manifest names no server is kept
    // too, until --include-unknown.
    const QString dir = m_tmp.filePath(u"two_servers"_s);
    QVERIFY(copyBackupDated(m_backup, dir + u"/here"_s, u"2026-11-03T02:00:00Z"_s));
    QVERIFY(copyBackupDated(m_backup, dir + u"/there"_s, u"2026-11-03T01:00:00Z"_s));
    QVERIFY(editManifest(dir + u"/there"_s, [](BackupManifest &m) { m.systemIdentifier = u"7000000000000000001"_s; }));
    QVERIFY(copyBackupDated(m_backup, dir + u"/old_unknown"_s, u"2026-10-01T01:00:00Z"_s));
    QVERIFY(copyBackupDated(m_backup, dir + u"/new_unknown"_s, u"2026-11-02T01:00:00Z"_s));
    QVERIFY(editManifest(dir + u"/old_unknown"_s, [](BackupManifest &m) { m.systemIdentifier.clear(); }));
    QVERIFY(editManifest(dir + u"/new_unknown"_s, [](BackupManifest &m) { m.systemIdentifier.clear(); }));
    const QStringList keep1{u"--keep-daily"_s, u"1"_s, u"--keep-weekly"_s, u"0"_s, u"--keep-monthly"_s, u"0"_s};
    const CliResult prune = cli(QStringList{u"backups"_s, u"prune"_s, dir, u"--yes"_s} + keep1);
    QCOMPARE(prune.exitCode, 0);
    QVERIFY2(prune.out.contains(u"keep   here  (%1: daily 2026-11-03"_s.arg(groupOf(m_backup))), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"keep   there  (cli_source [server 7000000000000000001]: daily 2026-11-03"_s), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"keep   old_unknown  (cli_source [unknown server]: the manifest does not say which server"_s),
             qPrintable(prune.out));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList{u"here"_s, u"new_unknown"_s, u"old_unknown"_s, u"there"_s}));
    const CliResult unknown = cli(QStringList{u"backups"_s, u"prune"_s, dir, u"--yes"_s, u"--include-unknown"_s} + keep1);
    QCOMPARE(unknown.exitCode, 0);
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), (QStringList{u"here"_s, u"new_unknown"_s, u"there"_s}));
}

void TestBackupCommand::pruneNeverFollowsLinks()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    // A link named like a backup points at a folder of backups elsewhere, and a backup to be deleted
    // holds a link to a file outside: prune skips the first, removes the second as a link only.
    const QString dir = m_tmp.filePath(u"links"_s);
    const QString elsewhere = m_tmp.filePath(u"elsewhere"_s);
    QVERIFY(copyBackupDated(m_backup, dir + u"/new"_s, u"2026-11-03T02:00:00Z"_s));
    QVERIFY(copyBackupDated(m_backup, dir + u"/old"_s, u"2026-11-01T02:00:00Z"_s));
    QVERIFY(copyBackupDated(m_backup, elsewhere + u"/victim"_s, u"2026-10-01T02:00:00Z"_s));
    QVERIFY(QFile::link(elsewhere + u"/victim"_s, dir + u"/linked"_s));
    QFile precious(m_tmp.filePath(u"precious"_s));
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("keep me\n");
    precious.close();
    QVERIFY(QFile::link(precious.fileName(), dir + u"/old/notes.txt"_s));
    QVERIFY(QFile::link(elsewhere, dir + u"/old/archive_more"_s));
    const QStringList keep1{u"--keep-daily"_s, u"1"_s, u"--keep-weekly"_s, u"0"_s, u"--keep-monthly"_s, u"0"_s};
    const CliResult prune = cli(QStringList{u"backups"_s, u"prune"_s, dir, u"--yes"_s} + keep1);
    QVERIFY2(prune.exitCode == 0, qPrintable(prune.err));
    QVERIFY2(prune.out.contains(u"skip   linked  (symbolic link; never followed)"_s), qPrintable(prune.out));
    QVERIFY2(prune.out.contains(u"delete old  ("_s), qPrintable(prune.out));
    QVERIFY(!QFileInfo::exists(dir + u"/old"_s));
    QVERIFY(QFileInfo(dir + u"/linked"_s).isSymLink());
    QVERIFY(QFileInfo::exists(elsewhere + u"/victim/manifest.json"_s));
    QVERIFY(QFileInfo::exists(elsewhere + u"/victim/archive/toc.dat"_s));
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("keep me\n"));
}

void TestBackupCommand::pruneDeletesOnlyWithYes()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    const QString dir = m_tmp.filePath(u"needs_yes"_s);
    QVERIFY(copyBackupDated(m_backup, dir + u"/new"_s, u"2026-11-03T02:00:00Z"_s));
    QVERIFY(copyBackupDated(m_backup, dir + u"/old"_s, u"2026-11-01T02:00:00Z"_s));
    const QStringList keep1{u"--keep-daily"_s, u"1"_s, u"--keep-weekly"_s, u"0"_s, u"--keep-monthly"_s, u"0"_s};
    const CliResult dry = cli(QStringList{u"backups"_s, u"prune"_s, dir} + keep1);
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(u"would delete old  ("_s), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(u"dry run: nothing deleted; 1 directory in "_s), qPrintable(dry.out));
    QVERIFY(dry.out.contains(u"--yes"_s));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), (QStringList{u"new"_s, u"old"_s}));
    const CliResult yes = cli(QStringList{u"backups"_s, u"prune"_s, dir, u"--yes"_s} + keep1);
    QCOMPARE(yes.exitCode, 0);
    QVERIFY2(yes.out.contains(u"deleted 1 directory in "_s), qPrintable(yes.out));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{u"new"_s});
    const CliResult help = cli({u"backups"_s, u"--help"_s});
    QVERIFY(help.out.contains(u"--include-unknown"_s) && help.out.contains(u"--incomplete-grace"_s));
}

void TestBackupCommand::pruneAsksAtATerminal()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
        QSKIP("needs script(1) for a pseudo-terminal");
    // At a terminal, without --yes, prune asks for the folder's name: anything else deletes nothing.
    const QString dir = m_tmp.filePath(u"asked"_s);
    QVERIFY(copyBackupDated(m_backup, dir + u"/new"_s, u"2026-11-03T02:00:00Z"_s));
    QVERIFY(copyBackupDated(m_backup, dir + u"/old"_s, u"2026-11-01T02:00:00Z"_s));
    auto atTerminal = [&](const QByteArray &typed) {
        QProcess p;
        const QString command = u"'%1' backups prune '%2' --keep-daily 1 --keep-weekly 0 --keep-monthly 0"_s
                                    .arg(qEnvironmentVariable("DBPULSE_CLI"), dir);
        p.start(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s});
        p.waitForStarted();
        QThread::msleep(1500); // let it print the plan and ask
        p.write(typed);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString wrong = atTerminal("yes\n");
    QVERIFY2(wrong.contains(u"Type the folder name (asked) to confirm"_s), qPrintable(wrong));
    QVERIFY2(wrong.contains(u"not confirmed: nothing deleted"_s), qPrintable(wrong));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), (QStringList{u"new"_s, u"old"_s}));
    const QString right = atTerminal("asked\n");
    QVERIFY2(right.contains(u"deleted 1 directory in "_s), qPrintable(right));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{u"new"_s});
}

void TestBackupCommand::pruneStaleIncomplete()
{
    if (m_backup.isEmpty())
        QSKIP("needs the backup from backupVerifyRestore");
    // Three unfinished directories: a killed backup of ours quiet for two hours, one still being
    // written (fresh), and one without our marker. Only the first goes, and only with --incomplete --yes.
    const QString dir = m_tmp.filePath(u"unfinished"_s);
    QVERIFY(copyBackupDated(m_backup, dir + u"/done"_s, u"2026-11-03T02:00:00Z"_s));
    for (const QString &name : {u"killed"_s, u"running"_s, u"foreign"_s}) {
        QVERIFY(QDir().mkpath(dir + u'/' + name));
        QFile archive(dir + u'/' + name + u"/archive.dump"_s);
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.write("PGDMP partial");
        archive.close();
        if (name != u"foreign"_s) {
            QFile marker(dir + u'/' + name + u'/' + BackupManifest::inProgressMarker());
            QVERIFY(marker.open(QIODevice::WriteOnly));
        }
    }
    const QDateTime twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-7200);
    backdate(dir + u"/killed"_s, twoHoursAgo);
    backdate(dir + u"/foreign"_s, twoHoursAgo);
    const QStringList names{u"done"_s, u"foreign"_s, u"killed"_s, u"running"_s};

    const CliResult noFlag = cli({u"backups"_s, u"prune"_s, dir, u"--yes"_s});
    QCOMPARE(noFlag.exitCode, 0);
    QVERIFY2(noFlag.out.contains(u"ignore killed  (incomplete: unfinished backup, last written 2 h ago; --incomplete deletes it)"_s),
             qPrintable(noFlag.out));
    QVERIFY2(noFlag.out.contains(u"ignore running  (incomplete: "_s) && noFlag.out.contains(u"may still be running"_s), qPrintable(noFlag.out));
    QVERIFY2(noFlag.out.contains(u"no in-progress marker"_s), qPrintable(noFlag.out));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), names);

    const CliResult noYes = cli({u"backups"_s, u"prune"_s, dir, u"--incomplete"_s});
    QCOMPARE(noYes.exitCode, 0);
    QVERIFY2(noYes.out.contains(u"would delete killed  (incomplete: "_s), qPrintable(noYes.out));
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), names);

    const CliResult both = cli({u"backups"_s, u"prune"_s, dir, u"--incomplete"_s, u"--yes"_s});
    QCOMPARE(both.exitCode, 0);
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), (QStringList{u"done"_s, u"foreign"_s, u"running"_s}));
    // A shorter grace period makes the fresh one stale too.
    backdate(dir + u"/running"_s, QDateTime::currentDateTimeUtc().addSecs(-600));
    const CliResult shortGrace = cli({u"backups"_s, u"prune"_s, dir, u"--incomplete"_s, u"--yes"_s, u"--incomplete-grace"_s, u"5"_s});
    QCOMPARE(shortGrace.exitCode, 0);
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot), (QStringList{u"done"_s, u"foreign"_s}));
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
        QCOMPARE(p.exitCode(), 130);  // cancelled (app/cli/exitcode.h)
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
    // Marked as ours and unfinished: prune --incomplete may remove it once it has gone quiet.
    QVERIFY(QFileInfo::exists(QDir(out).filePath(left.first()) + u'/' + BackupManifest::inProgressMarker()));
}

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "tst_backupcommand.moc"
