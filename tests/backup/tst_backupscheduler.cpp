#include "backupfixture.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupscheduler.h"
#include "core/db/profilestore.h"
#include "tests/support/testcluster.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

/// The scheduler for real: a schedule due now backs up the cluster, verifies by test restore,
/// prunes only its own database's older backups, records the runs and reports failures.
class TestBackupScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dueScheduleRunsVerifiesAndPrunes();
    void failedRunIsRecorded();
    void cleanupTestCase() { ScheduleStore::setSchedules({}); }

private:
    LocalCluster *m_cluster = nullptr;
    QTemporaryDir m_tmp;
};

void TestBackupScheduler::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ScheduleStore::setSchedules({});
    QSettings().remove(u"backups/scheduleRuns"_s);
    DBPULSE_REQUIRE_CLUSTER(cluster);
    m_cluster = cluster;
    QVERIFY(createDataset(cluster->uri(), cluster->uri(u"sched_source"_s), u"sched_source"_s));
}

void TestBackupScheduler::dueScheduleRunsVerifiesAndPrunes()
{
    const QString dest = m_tmp.filePath(u"scheduled"_s);
    // Another database's old backup in the same folder: retention here must not touch it.
    const QString foreign = dest + u"/other_20200101T000000Z"_s;
    QVERIFY(QDir().mkpath(foreign));
    BackupManifest other;
    other.database = u"other"_s;
    other.archive = u"archive.dump"_s;
    other.started = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    other.files << BackupFileEntry{u"archive.dump"_s, 0, QString(64, u'0')};
    QString err;
    QVERIFY(other.write(foreign, &err));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    BackupSchedule s;
    s.id = u"nightly"_s;
    s.connection = m_cluster->uri(u"sched_source"_s);
    s.at = now.toLocalTime().time().addSecs(-60);
    s.destination = dest;
    s.testRestore = true;
    s.retention = RetentionPolicy{1, 0, 0};
    s.anchor = now.addSecs(-7200); // last ran before today's (just passed) time: due now
    ScheduleStore::setSchedules({s});

    const ProfileStore profiles(m_tmp.filePath(u"profiles.ini"_s));
    BackupScheduler scheduler(&profiles);
    QSignalSpy finished(&scheduler, &BackupScheduler::runFinished);
    scheduler.start();
    QVERIFY(scheduler.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    const ScheduleRun first = finished.at(0).at(0).value<ScheduleRun>();
    QVERIFY2(first.ok, qPrintable(first.message));
    QVERIFY2(first.message.contains(u"verified by restore"_s), qPrintable(first.message));
    QVERIFY(QFileInfo::exists(first.path + u"/manifest.json"_s));
    // The run moved the anchor: deciding again does not start another.
    QVERIFY(ScheduleStore::schedules().first().anchor >= first.started);
    scheduler.reload();
    QVERIFY(!scheduler.isBusy());

    // A second run the same day: retention (1 daily) deletes the first, keeps the newest verified.
    QTest::qWait(1100); // backup directories are named by the second
    scheduler.runNow(s.id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 300000);
    const ScheduleRun second = finished.at(1).at(0).value<ScheduleRun>();
    QVERIFY2(second.ok, qPrintable(second.message));
    QVERIFY2(second.message.contains(u"1 old backup deleted"_s), qPrintable(second.message));
    QVERIFY(!QFileInfo::exists(first.path));
    QVERIFY(QFileInfo::exists(second.path));
    QVERIFY(QFileInfo::exists(foreign + u"/manifest.json"_s));
    const QList<BackupEntry> left = listBackups(dest);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.first().verification.state(), VerificationRecord::State::RestoreVerified);

    const QList<ScheduleRun> runs = ScheduleStore::runs();
    QVERIFY(runs.size() >= 2);
    QCOMPARE(runs.at(0).path, second.path);
    QCOMPARE(runs.at(1).path, first.path);
    QVERIFY(!runs.at(0).connection.contains(u"password"_s));
}

void TestBackupScheduler::failedRunIsRecorded()
{
    BackupSchedule s;
    s.id = u"broken"_s;
    s.connection = u"postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"_s;
    s.at = QTime(3, 0);
    s.destination = m_tmp.filePath(u"never"_s);
    s.anchor = QDateTime::currentDateTimeUtc();
    ScheduleStore::setSchedules({s});
    const ProfileStore profiles(m_tmp.filePath(u"profiles.ini"_s));
    BackupScheduler scheduler(&profiles);
    QSignalSpy finished(&scheduler, &BackupScheduler::runFinished);
    scheduler.start();
    QVERIFY(!scheduler.isBusy()); // not due: created now, its time is in the future or passed before
    scheduler.runNow(s.id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const ScheduleRun run = finished.at(0).at(0).value<ScheduleRun>();
    QVERIFY(!run.ok);
    QVERIFY2(run.message.contains(u"cannot connect"_s), qPrintable(run.message));
    QVERIFY(run.path.isEmpty());
    QCOMPARE(ScheduleStore::runs().first().message, run.message);
    QVERIFY(!QDir(s.destination).exists() || QDir(s.destination).isEmpty());
}

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "tst_backupscheduler.moc"
