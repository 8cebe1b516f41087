// Scheduled backups tell the user how they ended: a real BackupScheduler runs a schedule against
// the shared cluster, and the notifier shows what happened in the window's InfoBar (the offscreen
// platform has no system tray, as many servers reached over ssh do not), naming the connection
// without its password.
#include "backupfixture.h"

#include "core/backup/backupscheduler.h"
#include "core/db/profilestore.h"
#include "tests/support/testcluster.h"
#include "widgets/backuprunnotifier.h"
#include "widgets/infobar.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

class TestBackupRunNotifier : public QObject
{
    Q_OBJECT

private:
    LocalCluster *m_cluster = nullptr;
    QTemporaryDir m_tmp;

    /// Runs schedule \a s now through a real scheduler watched by a notifier; returns the run.
    ScheduleRun runAndNotify(const BackupSchedule &s, InfoBar *bar, QString *notified)
    {
        ScheduleStore::setSchedules({s});
        const ProfileStore profiles(m_tmp.filePath(u"profiles.ini"_s));
        BackupScheduler scheduler(&profiles);
        BackupRunNotifier notifier(&scheduler, bar);
        QSignalSpy finished(&scheduler, &BackupScheduler::runFinished);
        scheduler.start();
        scheduler.runNow(s.id);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000); }();
        *notified = notifier.lastMessage();
        return finished.value(0).value(0).value<ScheduleRun>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ScheduleStore::setSchedules({});
        QSettings().remove(u"backups/scheduleRuns"_s);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        m_cluster = cluster;
        QVERIFY(createDataset(cluster->uri(), cluster->uri(u"notify_source"_s), u"notify_source"_s));
        // The premise of the InfoBar checks below: no tray here, so every outcome goes to the bar.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    }

    void finishedRunIsShown()
    {
        InfoBar bar;
        bar.show();
        QVERIFY(bar.isHidden() || bar.text().isEmpty());
        BackupSchedule s;
        s.id = u"notified"_s;
        s.connection = m_cluster->uri(u"notify_source"_s);
        s.at = QTime(3, 0);
        s.destination = m_tmp.filePath(u"scheduled"_s);
        s.anchor = QDateTime::currentDateTimeUtc();
        QString notified;
        const ScheduleRun run = runAndNotify(s, &bar, &notified);
        QVERIFY2(run.ok, qPrintable(run.message));
        QVERIFY(QFileInfo::exists(run.path + u"/manifest.json"_s));
        QVERIFY2(run.message.contains(u"checksums verified"_s), qPrintable(run.message));
        const QString expected = u"Scheduled backup of %1 finished: %2"_s.arg(run.connection, run.message);
        QCOMPARE(notified, expected);
        QVERIFY(bar.isVisible());
        QCOMPARE(bar.text(), expected);
    }

    void failedRunIsShownWithoutThePassword()
    {
        InfoBar bar;
        bar.show();
        BackupSchedule s;
        s.id = u"broken"_s;
        s.connection = u"postgresql://nobody:n0t-for-your-eyes@127.0.0.1:1/none?connect_timeout=2"_s;
        s.at = QTime(3, 0);
        s.destination = m_tmp.filePath(u"never"_s);
        s.anchor = QDateTime::currentDateTimeUtc();
        QString notified;
        const ScheduleRun run = runAndNotify(s, &bar, &notified);
        QVERIFY(!run.ok);
        QVERIFY2(run.message.contains(u"cannot connect"_s), qPrintable(run.message));
        QVERIFY(bar.isVisible());
        QCOMPARE(bar.text(), notified);
        QVERIFY2(notified.startsWith(u"Scheduled backup of "_s) && notified.contains(u"127.0.0.1:1/none"_s)
                     && notified.contains(u" FAILED: "_s) && notified.endsWith(run.message),
                 qPrintable(notified));
        QVERIFY2(!notified.contains(u"n0t-for-your-eyes"_s), qPrintable(notified));
    }

    void cleanupTestCase() { ScheduleStore::setSchedules({}); }
};

QTEST_MAIN(TestBackupRunNotifier)
#include "tst_backuprunnotifier.moc"
