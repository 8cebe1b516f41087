#include "core/backup/backupjob.h"
#include "core/backup/backupmanifest.h"
#include "core/backup/backupoptions.h"
#include "core/backup/pgclient.h"
#include "core/backup/pgtools.h"
#include "core/backup/restorejob.h"
#include "core/backup/restoretest.h"
#include "core/backup/verificationrecord.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QFileInfo>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;

/// The manifest is the completion marker: round trip, tamper detection, path safety; option and
/// conninfo helpers that keep passwords off argv.
class TestBackupManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void rowCountsRoundTrip();
    void verificationRecord();
    void rowCountComparison();
    void handEditDetected();
    void unsafePathRejected_data();
    void unsafePathRejected();
    void linksRefusedOnDisk();
    void options_data();
    void options();
    void passwordStaysOutOfConninfo();
    void sslPasswordStaysOutOfArgv();
    void toolMajor_data();
    void toolMajor();
    void names();
};

static BackupManifest sample()
{
    BackupManifest m;
    m.tool = QStringLiteral("dbpulse 0.1");
    m.dumpTool = QStringLiteral("pg_dump (PostgreSQL) 15.8");
    m.serverVersion = QStringLiteral("15.8");
    m.serverVersionNum = 150008;
    m.database = QStringLiteral("shöp");
    m.encoding = QStringLiteral("UTF8");
    m.archive = QStringLiteral("archive.dump");
    m.options.compressLevel = 6;
    m.options.excludeSchemas = {QStringLiteral("audit")};
    m.started = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 123), Qt::UTC);
    m.finished = m.started.addSecs(42);
    m.files << BackupFileEntry{QStringLiteral("archive.dump"), 12345, QString(64, QLatin1Char('a'))};
    return m;
}

void TestBackupManifest::roundTrip()
{
    QTemporaryDir dir;
    QString err;
    QVERIFY(sample().write(dir.path(), &err));
    BackupManifest back;
    QVERIFY2(BackupManifest::read(dir.path(), &back, &err), qPrintable(err));
    QCOMPARE(back.database, QStringLiteral("shöp"));
    QCOMPARE(back.started, sample().started);
    QCOMPARE(back.finished, sample().finished);
    QCOMPARE(back.options.compressLevel, 6);
    QCOMPARE(back.options.excludeSchemas, QStringList{QStringLiteral("audit")});
    QCOMPARE(back.files.size(), 1);
    QCOMPARE(back.files.first().size, 12345);
    QCOMPARE(back.totalBytes(), 12345);
}

void TestBackupManifest::rowCountsRoundTrip()
{
    QTemporaryDir dir;
    QString err;
    // Without row counts the manifest has no such keys (older manifests keep verifying).
    QVERIFY(sample().write(dir.path(), &err));
    BackupManifest plain;
    QVERIFY(BackupManifest::read(dir.path(), &plain, &err));
    QVERIFY(plain.tableRows.isEmpty());
    QVERIFY(plain.rowCountSource.isEmpty());
    QVERIFY(!plain.toJson().contains(u"table_rows"_s));

    BackupManifest m = sample();
    m.tableRows = {{u"public.orders"_s, 42}, {u"shop.ärger"_s, 0}, {u"big.t"_s, 5000000000LL}};
    m.rowCountSource = u"dump snapshot"_s;
    QVERIFY(m.write(dir.path(), &err));
    BackupManifest back;
    QVERIFY2(BackupManifest::read(dir.path(), &back, &err), qPrintable(err));
    QCOMPARE(back.tableRows, m.tableRows);
    QCOMPARE(back.rowCountSource, m.rowCountSource);
    QCOMPARE(back.manifestSha256.size(), 64);
    QVERIFY(back.manifestSha256 != plain.manifestSha256);

    // A count changed by hand breaks the self-checksum.
    QFile f(dir.filePath(u"manifest.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    json.replace("\"public.orders\": 42", "\"public.orders\": 43");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    QVERIFY(!BackupManifest::read(dir.path(), &back, &err));
}

void TestBackupManifest::verificationRecord()
{
    QTemporaryDir dir;
    QString err;
    const QDateTime t0 = QDateTime(QDate(2026, 11, 21), QTime(3, 0), QTimeZone::utc());
    QCOMPARE(VerificationRecord::read(dir.path(), u"abc"_s).state(), VerificationRecord::State::Never);
    QVERIFY(VerificationRecord::record(dir.path(), u"abc"_s, false, {t0, true, u"1 files"_s}, &err));
    VerificationRecord r = VerificationRecord::read(dir.path(), u"abc"_s);
    QCOMPARE(r.state(), VerificationRecord::State::ChecksumsVerified);
    QCOMPARE(r.stateTime(), t0);
    // A restore that had no row counts to compare proves less than "verified by restore".
    QVERIFY(VerificationRecord::record(dir.path(), u"abc"_s, true, {t0.addSecs(30), true, u"no counts"_s, false}, &err));
    r = VerificationRecord::read(dir.path(), u"abc"_s);
    QCOMPARE(r.state(), VerificationRecord::State::ChecksumsVerified);
    QVERIFY(!r.restore.countsCompared);
    QVERIFY(VerificationRecord::record(dir.path(), u"abc"_s, true, {t0.addSecs(60), true, u"3 tables"_s, true}, &err));
    r = VerificationRecord::read(dir.path(), u"abc"_s);
    QCOMPARE(r.state(), VerificationRecord::State::RestoreVerified);
    QVERIFY(r.restore.countsCompared);
    QCOMPARE(r.checksums.detail, u"1 files"_s); // the other check is kept
    QVERIFY(r.verified());
    // A later checksum pass keeps the restore badge; a later failure of either check wins.
    QVERIFY(VerificationRecord::record(dir.path(), u"abc"_s, false, {t0.addSecs(120), true, {}}, &err));
    QCOMPARE(VerificationRecord::read(dir.path(), u"abc"_s).state(), VerificationRecord::State::RestoreVerified);
    QVERIFY(VerificationRecord::record(dir.path(), u"abc"_s, true, {t0.addSecs(180), false, u"row counts differ"_s}, &err));
    r = VerificationRecord::read(dir.path(), u"abc"_s);
    QCOMPARE(r.state(), VerificationRecord::State::Failed);
    QCOMPARE(r.stateTime(), t0.addSecs(180));
    QVERIFY(!r.verified());
    // A passing record stops counting once a listed file changed after the check.
    {
        QTemporaryDir backup;
        QFile archive(backup.filePath(u"archive.dump"_s));
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.write("0123456789");
        archive.close();
        BackupManifest m = sample();
        m.files = {BackupFileEntry{u"archive.dump"_s, 10, QString(64, u'0')}};
        m.manifestSha256 = u"abc"_s;
        QVERIFY(VerificationRecord::record(backup.path(), u"abc"_s, false, {QDateTime::currentDateTimeUtc().addSecs(5), true, {}}, &err));
        QVERIFY(VerificationRecord::readCurrent(backup.path(), m).verified());
        QVERIFY(archive.resize(9));
        QCOMPARE(VerificationRecord::readCurrent(backup.path(), m).state(), VerificationRecord::State::Never);
        QVERIFY(QFile::remove(archive.fileName()));
        QCOMPARE(VerificationRecord::readCurrent(backup.path(), m).state(), VerificationRecord::State::Never);
        QVERIFY(VerificationRecord::read(backup.path(), u"abc"_s).verified()); // the file itself is untouched
    }
    // The record belongs to one manifest: another manifest (or none) reads it as never verified.
    QCOMPARE(VerificationRecord::read(dir.path(), u"other"_s).state(), VerificationRecord::State::Never);
    QCOMPARE(VerificationRecord::read(dir.path(), QString()).state(), VerificationRecord::State::Never);
}

void TestBackupManifest::rowCountComparison()
{
    const QMap<QString, qint64> expected{{u"a.t"_s, 3}, {u"b.u"_s, 0}};
    RestoreTestResult r = compareRowCounts(expected, {{u"a.t"_s, 3}, {u"b.u"_s, 0}, {u"extra.v"_s, 9}});
    QVERIFY(r.ok);
    QCOMPARE(r.tablesCompared, 2);
    QCOMPARE(r.rowsCompared, 3);
    // A table the manifest does not count is reported, not silently ignored.
    QCOMPARE(r.unrecorded, QStringList{u"extra.v"_s});
    QCOMPARE(r.detail, u"2 tables, 3 rows match the manifest; 1 restored table(s) not counted in the manifest: extra.v"_s);
    r = compareRowCounts(expected, {{u"a.t"_s, 3}, {u"b.u"_s, 0}});
    QCOMPARE(r.detail, u"2 tables, 3 rows match the manifest"_s);
    // Nothing to compare: the restore passes, but says it compared nothing.
    r = compareRowCounts({}, {{u"a.t"_s, 3}});
    QVERIFY(r.ok);
    QCOMPARE(r.tablesCompared, 0);
    QVERIFY2(r.detail.startsWith(u"restored cleanly; the manifest has no row counts to compare"_s), qPrintable(r.detail));
    r = compareRowCounts(expected, {{u"a.t"_s, 2}});
    QVERIFY(!r.ok);
    QCOMPARE(r.mismatches, (QStringList{u"a.t: 2 rows, the manifest says 3"_s, u"b.u: missing after the restore"_s}));
    QVERIFY(r.error.startsWith(u"row counts differ: a.t: 2 rows"_s));
}

void TestBackupManifest::handEditDetected()
{
    QJsonObject o = sample().toJson();
    o.insert(QStringLiteral("database"), QStringLiteral("other"));
    BackupManifest m;
    QString err;
    QVERIFY(!BackupManifest::fromJson(QJsonDocument(o).toJson(), &m, &err));
    QVERIFY(err.contains(QLatin1String("manifest.json")));
    QVERIFY(!BackupManifest::fromJson("{not json", &m, &err));
    QVERIFY(BackupManifest::fromJson(QJsonDocument(sample().toJson()).toJson(QJsonDocument::Compact), &m, &err));
}

void TestBackupManifest::unsafePathRejected_data()
{
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file ../../etc/passwd") << u"archive.dump"_s << u"../../etc/passwd"_s << u"field 'files[0].path' is '../../etc/passwd'"_s;
    QTest::newRow("file absolute") << u"archive.dump"_s << u"/etc/passwd"_s << u"field 'files[0].path' is '/etc/passwd'"_s;
    QTest::newRow("file .. inside") << u"archive"_s << u"archive/../x"_s << u"field 'files[0].path' is 'archive/../x'"_s;
    QTest::newRow("file not the archive") << u"archive.dump"_s << u"other.dump"_s << u"field 'files[0].path' is 'other.dump'"_s;
    QTest::newRow("archive ../outside") << u"../outside"_s << u"archive.dump"_s << u"field 'archive' is '../outside'"_s;
    QTest::newRow("archive absolute") << u"/etc/passwd"_s << u"archive.dump"_s << u"field 'archive' is '/etc/passwd'"_s;
    QTest::newRow("archive with a slash") << u"sub/archive.dump"_s << u"sub/archive.dump"_s << u"field 'archive' is 'sub/archive.dump'"_s;
    QTest::newRow("archive ..") << u".."_s << u"archive.dump"_s << u"field 'archive' is '..'"_s;
}

void TestBackupManifest::unsafePathRejected()
{
    QFETCH(QString, archive);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    BackupManifest m = sample();
    m.archive = archive;
    m.files.first().path = file;
    BackupManifest back;
    QString err;
    QVERIFY(!BackupManifest::fromJson(QJsonDocument(m.toJson()).toJson(), &back, &err));
    QVERIFY2(err.contains(expected), qPrintable(err));
}

void TestBackupManifest::linksRefusedOnDisk()
{
    // A valid-looking manifest whose archive is a link (even one into the directory) is refused by
    // read(), as is a manifest.json that is itself a link.
    QTemporaryDir dir;
    QTemporaryDir outside;
    QString err;
    QFile target(outside.filePath(u"secret"_s));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.close();
    QVERIFY(QFile::link(target.fileName(), dir.filePath(u"archive.dump"_s)));
    QVERIFY(sample().write(dir.path(), &err));
    BackupManifest back;
    QVERIFY(!BackupManifest::read(dir.path(), &back, &err));
    QVERIFY2(err.contains(u"field 'archive' is 'archive.dump': is a symbolic link"_s), qPrintable(err));

    QTemporaryDir linked;
    QVERIFY(QFile::link(dir.filePath(u"manifest.json"_s), linked.filePath(u"manifest.json"_s)));
    QVERIFY(!BackupManifest::read(linked.path(), &back, &err));
    QVERIFY2(err.contains(u"manifest.json is a symbolic link"_s), qPrintable(err));

    // A real file inside passes, and the system identifier survives the round trip.
    QVERIFY(QFile::remove(dir.filePath(u"archive.dump"_s)));
    QFile real(dir.filePath(u"archive.dump"_s));
    QVERIFY(real.open(QIODevice::WriteOnly));
    real.close();
    BackupManifest m = sample();
    m.systemIdentifier = u"7312345678901234567"_s;
    QVERIFY(m.write(dir.path(), &err));
    QVERIFY2(BackupManifest::read(dir.path(), &back, &err), qPrintable(err));
    QCOMPARE(back.systemIdentifier, m.systemIdentifier);
}

void TestBackupManifest::options_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("compress");
    QTest::addColumn<bool>("schemaOnly");
    QTest::addColumn<bool>("dataOnly");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expectArg");
    QTest::newRow("default") << u"custom"_s << 1 << -1 << false << false << true << u"--format=c"_s;
    QTest::newRow("dir jobs") << u"directory"_s << 4 << 3 << false << false << true << u"--jobs=4"_s;
    QTest::newRow("custom jobs") << u"custom"_s << 4 << -1 << false << false << false << u""_s;
    QTest::newRow("compress 10") << u"custom"_s << 1 << 10 << false << false << false << u""_s;
    QTest::newRow("schema+data") << u"custom"_s << 1 << -1 << true << true << false << u""_s;
    QTest::newRow("schema only") << u"custom"_s << 1 << 0 << true << false << true << u"--schema-only"_s;
}

void TestBackupManifest::options()
{
    QFETCH(QString, format);
    QFETCH(int, jobs);
    QFETCH(int, compress);
    QFETCH(bool, schemaOnly);
    QFETCH(bool, dataOnly);
    QFETCH(bool, valid);
    QFETCH(QString, expectArg);
    BackupOptions o;
    QVERIFY(BackupOptions::parseFormat(format, &o.format));
    o.jobs = jobs;
    o.compressLevel = compress;
    o.schemaOnly = schemaOnly;
    o.dataOnly = dataOnly;
    QCOMPARE(o.validate().isEmpty(), valid);
    if (valid)
        QVERIFY(o.pgDumpArguments().contains(expectArg));
}

void TestBackupManifest::passwordStaysOutOfConninfo()
{
    QString err;
    const auto s = ConnSettings::parse(QStringLiteral("postgresql://alice:s3cr%27et@db.example:5433/app?sslmode=require"), &err);
    QVERIFY(s);
    QCOMPARE(s->password, QStringLiteral("s3cr'et"));
    const QString ci = s->conninfo(QStringLiteral("new db"));
    QVERIFY(!ci.contains(QLatin1String("s3cr")));
    QVERIFY(ci.contains(QLatin1String("dbname='new db'")));
    QVERIFY(ci.contains(QLatin1String("port='5433'")));
    QCOMPARE(s->environment().value(QStringLiteral("PGPASSWORD")), QStringLiteral("s3cr'et"));
    const auto again = ConnSettings::parse(ci, &err);
    QVERIFY(again);
    QCOMPARE(again->database(), QStringLiteral("new db"));
    QVERIFY(!ConnSettings::parse(QStringLiteral("host='unterminated"), &err));
}

// The client key's passphrase never reaches a child's argument list (readable by every local user
// in /proc): it travels in a private service file that lives as long as the settings.
void TestBackupManifest::sslPasswordStaysOutOfArgv()
{
    QString err;
    const auto s = ConnSettings::parse(QStringLiteral("host=db.example sslmode=require sslpassword='k3y pass'"), &err);
    QVERIFY(s);
    QVERIFY(!s->conninfo().contains(QLatin1String("k3y")));
    QVERIFY(s->sessionConninfo().contains(QLatin1String("sslpassword='k3y pass'")));
    const QProcessEnvironment env = s->environment();
    QCOMPARE(env.value(QStringLiteral("PGSERVICE")), QStringLiteral("dbpulse"));
    const QFileInfo file(env.value(QStringLiteral("PGSERVICEFILE")));
    QCOMPARE(int(file.permissions() & 0x0077), 0);
    QCOMPARE(int(QFileInfo(file.absolutePath()).permissions() & 0x0077), 0);
    QFile f(file.filePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("sslpassword=k3y pass"));
    for (const QString &name : env.keys())
        QVERIFY2(!env.value(name).contains(QLatin1String("k3y")), qPrintable(name));

    // A line break would end the service file's line and pose the rest as settings: refused,
    // without the passphrase in the message.
    const auto broken = ConnSettings::parse(QStringLiteral("host=db.example sslpassword='k3y\nhost=evil'"), &err);
    QVERIFY(!broken);
    QVERIFY2(err.contains(QLatin1String("line break")) && !err.contains(QLatin1String("k3y")), qPrintable(err));
}

void TestBackupManifest::toolMajor_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("major");
    QTest::newRow("debian") << u"pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)"_s << 15;
    QTest::newRow("plain") << u"pg_restore (PostgreSQL) 9.6.24"_s << 9;
    QTest::newRow("devel") << u"pg_dump (PostgreSQL) 17devel"_s << 17;
    QTest::newRow("garbage") << u"hello"_s << 0;
}

void TestBackupManifest::toolMajor()
{
    QFETCH(QString, output);
    QFETCH(int, major);
    QCOMPARE(pgToolMajor(output), major);
}

void TestBackupManifest::names()
{
    const QDateTime t(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(BackupJob::backupDirName(QStringLiteral("app/prod db"), t), QStringLiteral("app_prod_db_20260102T030405Z"));
    QCOMPARE(BackupJob::backupDirName(QStringLiteral(".."), t), QStringLiteral("db.._20260102T030405Z"));
    QCOMPARE(RestoreJob::proposeDatabaseName(QStringLiteral("shop"), t.toLocalTime()).left(18), QStringLiteral("shop_restored_2026"));
    QVERIFY(RestoreJob::proposeDatabaseName(QString(80, QLatin1Char('x')), t).toUtf8().size() <= 63);
}

QTEST_GUILESS_MAIN(TestBackupManifest)
#include "tst_backupmanifest.moc"
