#include "core/backup/backupjob.h"
#include "core/db/profilestore.h"
#include "models/backuplistmodel.h"
#include "widgets/backupspage.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;

/// The Backups page offscreen: lists a destination (complete and incomplete backups) and marks a
/// damaged one after Verify. Set BK_SCREENSHOT=FILE.png to save a picture of it.
class TestBackupsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listsAndVerifies();
};

void TestBackupsPage::listsAndVerifies()
{
    QTemporaryDir dir;
    const QString dest = dir.filePath(u"backups"_s);
    // A "backup" whose archive does not match its manifest, and an unfinished one.
    const QString damaged = dest + u"/shop_20261121T020000Z"_s;
    QVERIFY(QDir().mkpath(damaged));
    {
        QFile f(damaged + u"/archive.dump"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not what the manifest says");
    }
    BackupManifest m;
    m.database = u"shop"_s;
    m.sourceLabel = u"me@db:5432/shop"_s;
    m.archive = u"archive.dump"_s;
    m.started = QDateTime::currentDateTimeUtc().addDays(-1);
    m.finished = m.started.addSecs(30);
    m.files << BackupFileEntry{u"archive.dump"_s, 26, QString(64, u'0')};
    QString err;
    QVERIFY(m.write(damaged, &err));
    QVERIFY(QDir().mkpath(dest + u"/shop_20261122T020000Z/archive"_s));
    QSettings().setValue(u"backups/destination"_s, dest);

    const ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    BackupsPage page(&profiles);
    page.resize(900, 600);
    page.show();
    QCOMPARE(page.destination(), dest);
    auto *table = page.findChild<QTableView *>();
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    // Newest first is the incomplete one; select the complete one and verify it.
    int completeRow = -1;
    for (int r = 0; r < 2; ++r) {
        if (table->model()->index(r, 0).data(BackupListModel::CompleteRole).toBool())
            completeRow = r;
    }
    QVERIFY(completeRow >= 0);
    table->selectRow(completeRow);
    QPushButton *verify = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text() == u"Verify"_s)
            verify = b;
    }
    QVERIFY(verify && verify->isEnabled());
    verify->click();
    QTRY_COMPARE(table->model()->index(completeRow, BackupListModel::State).data().toString(), u"Damaged"_s);
    if (qEnvironmentVariableIsSet("BK_SCREENSHOT"))
        QVERIFY(page.grab().save(qEnvironmentVariable("BK_SCREENSHOT")));
}

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
