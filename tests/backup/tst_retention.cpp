#include "core/backup/backupmanifest.h"
#include "core/backup/backupprune.h"
#include "core/backup/retention.h"
#include "core/backup/verificationrecord.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;

/// Retention rules over synthetic dates: days, ISO weeks (year boundaries), months, overlap,
/// and the newest verified backup that is never deleted.
class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void reasonsNameEveryRule();
    void defaultsOverAYearOfDailies();
    void pruneUsesVerificationRecords();
    void databasesArePlannedApart();
    void sqliteGroupsByFile();
};

namespace {

QDateTime at(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// "2026-01-05T10:00" or "2026-01-05T10:00!" (verified).
QList<RetentionItem> items(const QStringList &specs)
{
    QList<RetentionItem> list;
    for (QString s : specs) {
        const bool verified = s.endsWith(QLatin1Char('!'));
        if (verified)
            s.chop(1);
        list << RetentionItem{s, at(s), verified, {}};
    }
    return list;
}

} // namespace

void TestRetention::plan_data()
{
    QTest::addColumn<QStringList>("backups");
    QTest::addColumn<int>("daily");
    QTest::addColumn<int>("weekly");
    QTest::addColumn<int>("monthly");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("empty") << QStringList{} << 30 << 12 << 12 << QStringList{};
    QTest::newRow("newest of the day wins")
        << QStringList{u"2026-03-10T01:00"_s, u"2026-03-10T13:00"_s, u"2026-03-10T23:00"_s} << 1 << 0 << 0
        << QStringList{u"2026-03-10T23:00"_s};
    QTest::newRow("last two days that have backups")
        << QStringList{u"2026-03-01T10:00"_s, u"2026-03-05T10:00"_s, u"2026-03-09T10:00"_s} << 2 << 0 << 0
        << QStringList{u"2026-03-05T10:00"_s, u"2026-03-09T10:00"_s};
    // 2026-12-31 (Thu) is in ISO week 2026-W53; 2027-01-04 (Mon) starts 2027-W01.
    QTest::newRow("ISO weeks across new year")
        << QStringList{u"2026-12-28T10:00"_s, u"2026-12-31T10:00"_s, u"2027-01-03T10:00"_s, u"2027-01-04T10:00"_s} << 0 << 3 << 0
        << QStringList{u"2027-01-03T10:00"_s, u"2027-01-04T10:00"_s};
    QTest::newRow("ISO week 1 belongs to the previous year's days")
        << QStringList{u"2025-12-29T10:00"_s, u"2026-01-01T10:00"_s} << 0 << 1 << 0
        << QStringList{u"2026-01-01T10:00"_s};
    QTest::newRow("months")
        << QStringList{u"2026-01-31T10:00"_s, u"2026-02-01T10:00"_s, u"2026-02-28T10:00"_s, u"2026-03-15T10:00"_s} << 0 << 0 << 2
        << QStringList{u"2026-02-28T10:00"_s, u"2026-03-15T10:00"_s};
    QTest::newRow("rules overlap, union kept")
        << QStringList{u"2026-01-15T10:00"_s, u"2026-02-20T10:00"_s, u"2026-02-27T10:00"_s, u"2026-02-28T10:00"_s} << 1 << 2 << 3
        << QStringList{u"2026-01-15T10:00"_s, u"2026-02-20T10:00"_s, u"2026-02-28T10:00"_s};
    QTest::newRow("newest verified kept beyond every rule")
        << QStringList{u"2026-01-01T10:00!"_s, u"2026-01-02T10:00"_s, u"2026-01-03T10:00"_s} << 1 << 0 << 0
        << QStringList{u"2026-01-01T10:00"_s, u"2026-01-03T10:00"_s};
    QTest::newRow("all zero still keeps newest verified")
        << QStringList{u"2026-01-01T10:00!"_s, u"2026-01-02T10:00!"_s, u"2026-01-03T10:00"_s} << 0 << 0 << 0
        << QStringList{u"2026-01-02T10:00"_s};
    QTest::newRow("unsorted input")
        << QStringList{u"2026-05-03T10:00"_s, u"2026-05-01T10:00"_s, u"2026-05-02T10:00"_s} << 2 << 0 << 0
        << QStringList{u"2026-05-02T10:00"_s, u"2026-05-03T10:00"_s};
}

void TestRetention::plan()
{
    QFETCH(QStringList, backups);
    QFETCH(int, daily);
    QFETCH(int, weekly);
    QFETCH(int, monthly);
    QFETCH(QStringList, kept);
    const QList<RetentionDecision> decisions = planRetention(items(backups), RetentionPolicy{daily, weekly, monthly});
    QCOMPARE(decisions.size(), backups.size());
    QStringList actual;
    for (int i = 0; i < decisions.size(); ++i) {
        if (i > 0)
            QVERIFY(decisions.at(i - 1).time >= decisions.at(i).time);
        QVERIFY(!decisions.at(i).reasons.isEmpty());
        if (decisions.at(i).keep)
            actual << decisions.at(i).id;
    }
    actual.sort();
    kept.sort();
    QCOMPARE(actual, kept);
}

void TestRetention::reasonsNameEveryRule()
{
    const auto d = planRetention(items({u"2026-11-21T08:00!"_s, u"2026-11-20T08:00"_s}), RetentionPolicy{});
    QCOMPARE(d.first().reasons, (QStringList{u"daily 2026-11-21"_s, u"weekly 2026-W47"_s, u"monthly 2026-11"_s, u"newest verified backup"_s}));
    QCOMPARE(d.last().reasons, QStringList{u"daily 2026-11-20"_s});
}

void TestRetention::defaultsOverAYearOfDailies()
{
    QStringList specs;
    const QDateTime start = at(QStringLiteral("2025-01-01T02:00"));
    for (int i = 0; i < 400; ++i)
        specs << start.addDays(i).toString(Qt::ISODate);
    const auto d = planRetention(items(specs), RetentionPolicy{});
    int kept = 0;
    for (const auto &x : d)
        kept += x.keep;
    // 30 dailies; weeklies beyond those days add 12 - 4 (the last ~4 weeks already kept by days, and the
    // newest day is the newest of its week); monthlies add the months older than the weeklies.
    QVERIFY2(kept >= 30 + 7 && kept <= 30 + 12 + 12, qPrintable(QString::number(kept)));
    QVERIFY(d.first().keep);
    QVERIFY(!d.last().keep);
}

void TestRetention::pruneUsesVerificationRecords()
{
    // Three backups of "shop" (newest failed its last check, the middle one was verified by
    // restore) and one of "other". With no rule keeping anything, the recorded newest verified
    // backup survives; a prune limited to "shop" leaves "other" alone.
    QTemporaryDir dir;
    QString err;
    auto make = [&](const QString &name, const QString &database, const QDateTime &started) {
        BackupManifest m;
        m.database = database;
        m.systemIdentifier = u"1"_s;
        m.archive = u"archive.dump"_s;
        m.started = started;
        m.files << BackupFileEntry{u"archive.dump"_s, 0, QString(64, u'0')};
        const QString path = dir.filePath(name);
        QDir().mkpath(path);
        QFile(path + u"/archive.dump"_s).open(QIODevice::WriteOnly); // the listed (empty) file exists
        m.write(path, &err);
        BackupManifest back;
        BackupManifest::read(path, &back, &err);
        return std::pair{path, back.manifestSha256};
    };
    const auto [oldest, oldestSha] = make(u"shop_1"_s, u"shop"_s, at(u"2026-01-01T02:00"_s));
    const auto [middle, middleSha] = make(u"shop_2"_s, u"shop"_s, at(u"2026-01-02T02:00"_s));
    const auto [newest, newestSha] = make(u"shop_3"_s, u"shop"_s, at(u"2026-01-03T02:00"_s));
    const auto [foreign, foreignSha] = make(u"other_1"_s, u"other"_s, at(u"2025-01-01T02:00"_s));
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(VerificationRecord::record(oldest, oldestSha, false, {t, true, {}}, &err));
    QVERIFY(VerificationRecord::record(middle, middleSha, true, {t, true, {}}, &err));
    QVERIFY(VerificationRecord::record(newest, newestSha, false, {t, false, u"damaged"_s}, &err));

    const PruneResult result = pruneBackups(dir.path(), RetentionPolicy{0, 0, 0}, false, u"shop [server 1]"_s);
    QCOMPARE(result.plan.size(), 3);
    QVERIFY(!QFileInfo::exists(newest));
    QVERIFY(QFileInfo::exists(middle));
    QVERIFY(!QFileInfo::exists(oldest));
    QVERIFY(QFileInfo::exists(foreign));
    QCOMPARE(result.plan.at(1).reasons, QStringList{u"newest verified backup"_s});
}

void TestRetention::databasesArePlannedApart()
{
    // Same days, two databases: each keeps its own newest per day and its own newest verified.
    QList<RetentionItem> list;
    list << RetentionItem{u"shop-3"_s, at(u"2026-11-03T02:00"_s), true, u"shop"_s}
         << RetentionItem{u"crm-3"_s, at(u"2026-11-03T01:00"_s), false, u"crm"_s}
         << RetentionItem{u"shop-2"_s, at(u"2026-11-02T02:00"_s), false, u"shop"_s}
         << RetentionItem{u"crm-2"_s, at(u"2026-11-02T01:00"_s), true, u"crm"_s}
         << RetentionItem{u"crm-1"_s, at(u"2026-11-01T01:00"_s), true, u"crm"_s};
    const auto d = planRetention(list, RetentionPolicy{1, 0, 0});
    QMap<QString, QString> why;
    for (const RetentionDecision &x : d)
        why.insert(x.id, (x.keep ? u"keep "_s : u"delete "_s) + x.group + u": "_s + x.reasons.join(u", "_s));
    QCOMPARE(why.value(u"shop-3"_s), u"keep shop: daily 2026-11-03, newest verified backup"_s);
    QCOMPARE(why.value(u"crm-3"_s), u"keep crm: daily 2026-11-03"_s);
    QCOMPARE(why.value(u"shop-2"_s), u"delete shop: not needed by any rule"_s);
    QCOMPARE(why.value(u"crm-2"_s), u"keep crm: newest verified backup"_s);
    QCOMPARE(why.value(u"crm-1"_s), u"delete crm: not needed by any rule"_s);
}

void TestRetention::sqliteGroupsByFile()
{
    BackupManifest a;
    a.kind = u"sqlite"_s;
    a.database = u"app"_s;
    a.sourceFile = u"/srv/one/app.db"_s;
    BackupManifest b = a;
    b.sourceFile = u"/srv/two/app.db"_s;
    QVERIFY(retentionGroup(a) != retentionGroup(b));
    QCOMPARE(retentionGroup(a), u"sqlite:/srv/one/app.db"_s);
    QVERIFY(retentionGroupKnown(a));
    BackupManifest pg;
    pg.database = u"app"_s;
    // PostgreSQL: the database on one server; two servers' "app" are two groups.
    QCOMPARE(retentionGroup(pg), u"app [unknown server]"_s);
    QVERIFY(!retentionGroupKnown(pg));
    pg.systemIdentifier = u"7312345678901234567"_s;
    QCOMPARE(retentionGroup(pg), u"app [server 7312345678901234567]"_s);
    QVERIFY(retentionGroupKnown(pg));
    BackupManifest pg2 = pg;
    pg2.systemIdentifier = u"7000000000000000001"_s;
    QVERIFY(retentionGroup(pg) != retentionGroup(pg2));
    b.sourceFile.clear(); // written before source_file existed
    QCOMPARE(retentionGroup(b), u"sqlite:app [unknown file]"_s);
    QVERIFY(!retentionGroupKnown(b));
    // The key survives the manifest's round trip (and its self-checksum).
    BackupManifest back;
    QString err;
    a.archive = u"archive.sqlite"_s;
    a.files << BackupFileEntry{u"archive.sqlite"_s, 0, QString(64, u'0')};
    QVERIFY2(BackupManifest::fromJson(QJsonDocument(a.toJson()).toJson(), &back, &err), qPrintable(err));
    QCOMPARE(back.sourceFile, a.sourceFile);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
