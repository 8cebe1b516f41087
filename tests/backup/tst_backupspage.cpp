#include "core/backup/backupjob.h"
#include "core/credentials/credentialstore.h"
#include "core/db/profilestore.h"
#include "models/backuplistmodel.h"
#include "models/connectionlistmodel.h"
#include "models/serverregistry.h"
#include "tests/support/doctorrun.h"
#include "tests/support/testcluster.h"
#include "widgets/backupschedulesdialog.h"
#include "widgets/backupspage.h"
#include "widgets/connectiondialog.h"
#include "widgets/connectionpicker.h"
#include "widgets/restorewizard.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <functional>
#include <QComboBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;

namespace {

/// Answers the next modal \a T once it shows: each dialog runs its own event loop, so the answer
/// polls from a timer instead of waiting inside one.
template<typename T>
void whenModal(std::function<void(T *)> answer)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start(20);
}

} // namespace

/// The Backups page offscreen: lists a destination (complete and incomplete backups) and marks a
/// damaged one after Verify; its connection field follows the server registry (the real test
/// cluster), and Schedules… offers to save an ad-hoc connection. Set BK_SCREENSHOT=FILE.png to
/// save a picture of it.
class TestBackupsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listsAndVerifies();
    void sqliteBackupAndRestoreThroughTheGui();
    void followsTheCurrentConnection();
    void schedulesOfferToSaveTheConnection();
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

    ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    ServerRegistry servers(&profiles, static_cast<CredentialStore *>(nullptr)); // no keychain
    BackupsPage page(&servers);
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
    QTRY_VERIFY(table->model()->index(completeRow, BackupListModel::State).data().toString().startsWith(u"Failed verification"_s));
    // The result is recorded beside the backup: a fresh page shows it too.
    {
        BackupsPage again(&servers);
        auto *againTable = again.findChild<QTableView *>();
        QTRY_COMPARE(againTable->model()->rowCount(), 2);
        QVERIFY(againTable->model()->index(completeRow, BackupListModel::State).data().toString().startsWith(u"Failed verification"_s));
    }
    if (qEnvironmentVariableIsSet("BK_SCREENSHOT"))
        QVERIFY(page.grab().save(qEnvironmentVariable("BK_SCREENSHOT")));
}

void TestBackupsPage::sqliteBackupAndRestoreThroughTheGui()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"notes.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO notes (body) VALUES ('eins'), ('zwei'), ('drei')"_s));
    }
    QSqlDatabase::removeDatabase(u"seed"_s);
    const QString dest = dir.filePath(u"backups"_s);
    QSettings().setValue(u"backups/destination"_s, dest);

    ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    ServerRegistry servers(&profiles, static_cast<CredentialStore *>(nullptr)); // no keychain
    BackupsPage page(&servers);
    page.show();
    auto *connection = page.findChild<QComboBox *>();
    QVERIFY(connection && connection->isEditable());
    connection->setCurrentText(u"sqlite:"_s + source);
    auto button = [&page](const QString &text) -> QPushButton * {
        for (QPushButton *b : page.findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    };
    QPushButton *backup = button(u"Back up now"_s);
    QVERIFY(backup && backup->isEnabled());
    backup->click();
    auto *table = page.findChild<QTableView *>();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 30000);
    QTRY_VERIFY(button(u"Restore…"_s)->isEnabled());

    // Test restore needs no server for an SQLite backup.
    button(u"Test restore"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->index(0, BackupListModel::State).data().toString().startsWith(u"Verified by restore"_s), 30000);

    // Restore…: the wizard proposes a new file; Enter (Next) restores into it.
    QTRY_VERIFY(button(u"Restore…"_s)->isEnabled());
    button(u"Restore…"_s)->click();
    auto *wizard = page.findChild<RestoreWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
    const QStringList restored = QDir(dir.path()).entryList({u"notes_restored_*.sqlite"_s}, QDir::Files);
    QCOMPARE(restored.size(), 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(dir.filePath(restored.first()));
        QVERIFY(db.open());
        QSqlQuery q(u"SELECT group_concat(body, ',') FROM notes"_s, db);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"eins,zwei,drei"_s);
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    if (qEnvironmentVariableIsSet("BK_RESTORE_DONE_SCREENSHOT"))
        QVERIFY(wizard->grab().save(qEnvironmentVariable("BK_RESTORE_DONE_SCREENSHOT")));
}

void TestBackupsPage::followsTheCurrentConnection()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    const QString database = u"backups_page"_s;
    const QString uri = test::freshDatabase(cluster, database);
    QVERIFY(!uri.isEmpty());
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    ServerRegistry servers(&profiles, static_cast<CredentialStore *>(nullptr)); // no keychain
    BackupsPage page(&servers);
    page.show();
    auto *picker = page.findChild<ConnectionPicker *>();
    QVERIFY(picker);
    QPushButton *backup = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text() == u"Back up now"_s)
            backup = b;
    }
    QVERIFY(backup);

    // Added at runtime and made current: listed, chosen, and ready to back up.
    const QString pgKey = servers.addTarget(*parseTarget(uri).target);
    QVERIFY(picker->findData(pgKey) >= 0);
    page.setCurrentKey(pgKey);
    QCOMPARE(page.currentKey(), pgKey);
    QVERIFY(picker->target().ok());
    QCOMPARE(picker->target().target->conninfo, uri);
    QVERIFY(backup->isEnabled());

    // Another current connection: the page follows.
    ConnectionProfile saved;
    saved.name = u"shop copy"_s;
    saved.kind = DatabaseKind::SQLite;
    saved.sqlitePath = dir.filePath(u"shop.db"_s);
    QFile file(saved.sqlitePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    servers.saveProfile({}, saved, {}, false);
    const QString savedKey = ConnectionListModel::profileKey(saved.name);
    QVERIFY(picker->findData(savedKey) >= 0);
    page.setCurrentKey(savedKey);
    QCOMPARE(page.currentKey(), savedKey);
    QCOMPARE(picker->currentText(), saved.name);
    QCOMPARE(picker->target().target->kind, DatabaseKind::SQLite);
    page.setCurrentKey(pgKey);
    QCOMPARE(picker->currentText(), picker->itemText(picker->findData(pgKey)));
    if (qEnvironmentVariableIsSet("BK_FOLLOW_SCREENSHOT"))
        QVERIFY(page.grab().save(qEnvironmentVariable("BK_FOLLOW_SCREENSHOT")));
}

void TestBackupsPage::schedulesOfferToSaveTheConnection()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    const QString database = u"backups_page_save"_s;
    const QString uri = test::freshDatabase(cluster, database);
    QVERIFY(!uri.isEmpty());
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    ServerRegistry servers(&profiles, static_cast<CredentialStore *>(nullptr)); // no keychain
    BackupsPage page(&servers);
    page.show();
    const QString key = servers.addTarget(*parseTarget(uri).target);
    page.setCurrentKey(key);
    QPushButton *schedules = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text() == u"Schedules…"_s)
            schedules = b;
    }
    QVERIFY(schedules);

    // The question, then the connection dialog filled in from the ad-hoc target: saved as typed.
    QString question;
    QString dialogDatabase;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        whenModal<ConnectionDialog>([&](ConnectionDialog *dialog) {
            dialogDatabase = dialog->profile().database;
            dialog->findChild<QLineEdit *>(u"connectionName"_s)->setText(u"shop nightly"_s);
            dialog->accept();
        });
        box->button(QMessageBox::Save)->click();
    });
    schedules->click();
    QVERIFY2(question.contains(u"not saved"_s), qPrintable(question));
    QCOMPARE(dialogDatabase, database);
    QVERIFY2(profiles.find(u"shop nightly"_s).has_value(), "the connection was not saved");
    QCOMPARE(profiles.find(u"shop nightly"_s)->database, database);
    // The page now works on the saved connection, and a new schedule starts with it.
    QCOMPARE(page.currentKey(), ConnectionListModel::profileKey(u"shop nightly"_s));
    auto *schedulesDialog = page.findChild<BackupSchedulesDialog *>();
    QVERIFY(schedulesDialog);
    QPushButton *add = nullptr;
    for (QPushButton *b : schedulesDialog->findChildren<QPushButton *>()) {
        if (b->text() == u"Add"_s)
            add = b;
    }
    QVERIFY(add);
    add->click();
    QCOMPARE(schedulesDialog->findChildren<QComboBox *>().first()->currentText(), u"@shop nightly"_s);
    schedulesDialog->reject();
}

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
