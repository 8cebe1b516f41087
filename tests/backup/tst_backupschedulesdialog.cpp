#include "core/backup/backupscheduler.h"
#include "core/db/profilestore.h"
#include "widgets/backupschedulesdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QTimeEdit>

using namespace dbpulse;
using namespace Qt::StringLiterals;

/// The Schedules… dialog offscreen: a schedule is added, refused while its URI holds a password,
/// saved (with the anchor set so it is not due at once), listed with past runs, and removed.
/// BK_SCHEDULES_SCREENSHOT=FILE.png saves a picture of it.
class TestBackupSchedulesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void addSaveRemove();
};

void TestBackupSchedulesDialog::addSaveRemove()
{
    QTemporaryDir dir;
    ScheduleStore::setSchedules({});
    QSettings().remove(u"backups/scheduleRuns"_s);
    ScheduleStore::addRun(ScheduleRun{QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(-1),
                                      u"x"_s, u"shop@db1"_s, true, dir.filePath(u"shop_20261121T020000Z"_s),
                                      u"verified by restore (4 tables, 1200 rows match the manifest); 0 old backups deleted"_s});
    ScheduleStore::addRun(ScheduleRun{QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(), u"x"_s, u"shop@db1"_s,
                                      false, {}, u"cannot connect to shop@db1: connection refused"_s});
    const ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    BackupScheduler scheduler(&profiles);
    BackupSchedulesDialog dialog(&profiles, &scheduler, dir.filePath(u"backups"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // With no schedules the dialog starts with a new, unsaved one.
    auto *list = dialog.findChild<QListWidget *>();
    QCOMPARE(list->count(), 1);
    QVERIFY(ScheduleStore::schedules().isEmpty());
    auto *runs = dialog.findChild<QTableView *>(u"scheduleRuns"_s);
    QCOMPARE(runs->model()->rowCount(), 2);
    QCOMPARE(runs->model()->index(0, 2).data().toString(), u"Failed"_s);

    auto *connection = dialog.findChild<QComboBox *>();
    QVERIFY(connection->isEditable());
    QPushButton *save = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == u"Save"_s)
            save = b;
    }
    QVERIFY(save);
    connection->setCurrentText(u"postgresql://me:secret@db1/shop"_s);
    save->click();
    QVERIFY(ScheduleStore::schedules().isEmpty());
    bool refused = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        refused |= l->text().contains(u"password"_s);
    QVERIFY(refused);

    connection->setCurrentText(u"postgresql://me@db1/shop"_s);
    dialog.findChild<QTimeEdit *>()->setTime(QTime(3, 15));
    // Pruning is on by default: saving asks first, naming the database and the folder. Cancel saves nothing.
    QString asked;
    auto answer = [&](bool accept) {
        QTimer::singleShot(0, &dialog, [&, accept] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"pruneConfirmation"_s)
                return;
            asked = box->text();
            if (!accept) {
                box->button(QMessageBox::Cancel)->click();
                return;
            }
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        });
    };
    answer(false);
    save->click();
    QVERIFY2(asked.contains(u"postgresql://me@db1/shop"_s) && asked.contains(QDir::toNativeSeparators(dir.filePath(u"backups"_s))),
             qPrintable(asked));
    QVERIFY(ScheduleStore::schedules().isEmpty());
    asked.clear();
    answer(true);
    save->click();
    QVERIFY(!asked.isEmpty());
    const QList<BackupSchedule> stored = ScheduleStore::schedules();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().connection, u"postgresql://me@db1/shop"_s);
    QCOMPARE(stored.first().at, QTime(3, 15));
    QCOMPARE(stored.first().destination, dir.filePath(u"backups"_s));
    QVERIFY(!decideSchedule(stored.first().at, stored.first().anchor, QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone()).dueNow);
    QVERIFY(list->item(0)->text().contains(u"03:15"_s));
    // Saved again with the same pruning: no question.
    asked.clear();
    answer(true); // would answer, were it asked
    save->click();
    QVERIFY(asked.isEmpty());
    if (qEnvironmentVariableIsSet("BK_SCHEDULES_SCREENSHOT"))
        QVERIFY(dialog.grab().save(qEnvironmentVariable("BK_SCHEDULES_SCREENSHOT")));

    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == u"Remove"_s)
            b->click();
    }
    QVERIFY(ScheduleStore::schedules().isEmpty());
    QCOMPARE(list->count(), 0);
}

QTEST_MAIN(TestBackupSchedulesDialog)
#include "tst_backupschedulesdialog.moc"
