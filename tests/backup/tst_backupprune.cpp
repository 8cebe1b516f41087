// `dbpulse-cli backups list|prune` end to end: retention per database and server, the newest
// verified backup kept, links never followed, deletion only with --yes or a typed confirmation.
#include "backupclitest.h"
#include "backupfixture.h"

#include "core/backup/backupmanifest.h"
#include "tests/support/testcluster.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

class TestBackupPrune : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listAndPrune();
    void pruneSharedFolderPerDatabase();
    void pruneKeepsServersApart();
    void pruneNeverFollowsLinks();
    void pruneDeletesOnlyWithYes();
    void pruneAsksAtATerminal();
    void pruneStaleIncomplete();

private:
    LocalCluster *m_cluster = nullptr;
    QTemporaryDir m_tmp;
    QString m_backup; ///< a verified directory-format backup of cli_source
};

// One real backup, which the cases copy and re-date into retention scenarios.
void TestBackupPrune::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("DBPULSE_CLI")).isExecutable(), "DBPULSE_CLI must name the built dbpulse-cli");
    DBPULSE_REQUIRE_CLUSTER(cluster);
    m_cluster = cluster;
    QString error;
    m_backup = makeCliBackup(cluster->uri(), cluster->uri(u"cli_source"_s), u"cli_source"_s, m_tmp.filePath(u"out"_s), &error);
    QVERIFY2(!m_backup.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo::exists(m_backup + u"/manifest.json"_s));
}

void TestBackupPrune::listAndPrune()
{
    QVERIFY2(!m_backup.isEmpty(), "initTestCase made no backup");
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
    QVERIFY2(table.out.contains(QRegularExpression(u"INCOMPLETE +b_partial\n"_s)), qPrintable(table.out));
    // Sizes in IEC units with two decimals, as the GUI shows them: bytes / 1024^k, never "kB"/"MB".
    double size = 0;
    for (const QJsonValue &v : arr)
        size = std::max(size, v.toObject().value(u"bytes"_s).toDouble());
    QVERIFY(size >= 1024);
    int unit = 0;
    while (size >= 1024 && unit < 3) {
        size /= 1024;
        ++unit;
    }
    const QString iec = QString::number(size, 'f', 2) + u' ' + QStringList{u"B"_s, u"KiB"_s, u"MiB"_s, u"GiB"_s}.at(unit);
    QVERIFY2(table.out.contains(iec), qPrintable(iec + u" not in:\n"_s + table.out));
    QVERIFY2(!table.out.contains(u" kB"_s) && !table.out.contains(u" MB"_s), qPrintable(table.out));

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

void TestBackupPrune::pruneSharedFolderPerDatabase()
{
    QVERIFY2(!m_backup.isEmpty(), "initTestCase made no backup");
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

void TestBackupPrune::pruneKeepsServersApart()
{
    QVERIFY2(!m_backup.isEmpty(), "initTestCase made no backup");
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

void TestBackupPrune::pruneNeverFollowsLinks()
{
    QVERIFY2(!m_backup.isEmpty(), "initTestCase made no backup");
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

void TestBackupPrune::pruneDeletesOnlyWithYes()
{
    QVERIFY2(!m_backup.isEmpty(), "initTestCase made no backup");
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

void TestBackupPrune::pruneAsksAtATerminal()
{
    QVERIFY2(!m_backup.isEmpty(), "initTestCase made no backup");
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

void TestBackupPrune::pruneStaleIncomplete()
{
    QVERIFY2(!m_backup.isEmpty(), "initTestCase made no backup");
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

QTEST_GUILESS_MAIN(TestBackupPrune)
#include "tst_backupprune.moc"
