#include "models/backuplistmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;

/// The Backups page's list: model contract, states, verification marks, ages.
class TestBackupListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractAndStates();
    void age_data();
    void age();
};

void TestBackupListModel::contractAndStates()
{
    BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BackupEntry good;
    good.path = u"/b/shop_1"_s;
    good.complete = true;
    good.manifest.database = u"shop"_s;
    good.manifest.started = QDateTime::currentDateTimeUtc().addSecs(-7200);
    good.manifest.files << BackupFileEntry{u"archive.dump"_s, 2048, {}};
    BackupEntry partial;
    partial.path = u"/b/shop_2"_s;
    partial.problem = u"manifest.json is missing"_s;
    model.setBackups({good, partial});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(0, BackupListModel::State).data().toString(), u"Never verified"_s);
    QCOMPARE(model.index(1, BackupListModel::State).data().toString(), u"Incomplete"_s);
    QVERIFY(model.index(1, BackupListModel::State).data(Qt::ToolTipRole).toString().contains(u"missing"_s));
    QVERIFY(model.index(0, BackupListModel::Started).data().toString().contains(u"2 h"_s));
    QCOMPARE(model.index(0, 0).data(BackupListModel::PathRole).toString(), good.path);
    QVERIFY(!model.index(1, 0).data(BackupListModel::CompleteRole).toBool());

    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
    VerificationRecord record;
    record.checksums = {t0, true, u"1 files match"_s};
    model.setVerification(good.path, record);
    QVERIFY(model.index(0, BackupListModel::State).data().toString().startsWith(u"Checksums verified "_s));
    record.restore = {t0.addSecs(60), true, u"3 tables, 10 rows match the manifest"_s, true};
    model.setVerification(good.path, record);
    QVERIFY(model.index(0, BackupListModel::State).data().toString().startsWith(u"Verified by restore "_s));
    QVERIFY(model.index(0, BackupListModel::State).data(Qt::ToolTipRole).toString().contains(u"10 rows match"_s));
    // The newest check decides: checksums failing after a good test restore mean damage now.
    record.checksums = {t0.addSecs(120), false, u"archive.dump: damaged"_s};
    model.setVerification(good.path, record);
    QVERIFY(model.index(0, BackupListModel::State).data().toString().startsWith(u"Failed verification "_s));
    QCOMPARE(model.headerData(BackupListModel::Size, Qt::Horizontal).toString(), u"Size"_s);
    // IEC units, as the CLI prints them (in the user's locale's digits).
    QCOMPARE(model.index(0, BackupListModel::Size).data().toString(), QLocale().toString(2.0, 'f', 2) + u" KiB"_s);
    model.setBackups({});
    QCOMPARE(model.rowCount(), 0);
}

void TestBackupListModel::age_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("minutes") << 300 << u"5 min"_s;
    QTest::newRow("hours") << 3 * 3600 << u"3 h"_s;
    QTest::newRow("days") << 5 * 86400 << u"5 d"_s;
    QTest::newRow("future clock") << -60 << u"0 min"_s;
}

void TestBackupListModel::age()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(BackupListModel::ageText(now.addSecs(-seconds), now), text);
}

QTEST_GUILESS_MAIN(TestBackupListModel)
#include "tst_backuplistmodel.moc"
