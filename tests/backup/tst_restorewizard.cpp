#include "backupfixture.h"

#include "core/backup/backupjob.h"
#include "core/backup/pgclient.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"
#include "widgets/restorewizard.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

// Everything the current page says.
QString pageText(const QWizard &wizard)
{
    QStringList texts;
    for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace

/// The restore wizard defaults to a new database named from the backup and opens on a summary
/// where Enter restores; replacing one needs its name typed and a click. A real restore through
/// it ends with "Open in dashboard". BK_WIZARD_SCREENSHOT=FILE.png saves a picture of the first page,
/// BK_WIZARD_SUMMARY_SCREENSHOT=FILE.png one of the summary.
class TestRestoreWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsAndConfirmation();
    void sqliteTargetIsANewFile();
    void restoreEnterRestoresAndOpens();
};

void TestRestoreWizard::defaultsAndConfirmation()
{
    QTemporaryDir dir;
    const ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    BackupEntry backup;
    backup.path = dir.path();
    backup.complete = true;
    backup.manifest.database = u"shop"_s;
    backup.manifest.sourceLabel = u"me@db1:5432/shop"_s;
    backup.manifest.started = QDateTime::currentDateTimeUtc();
    RestoreWizard wizard(backup, &profiles, u"postgresql://me@db1:5432/shop"_s, nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Usable defaults: it opens on the summary, where Enter would restore into a new database.
    QCOMPARE(wizard.currentId(), 1);
    QVERIFY2(pageText(wizard).contains(u"New database:"_s), qPrintable(pageText(wizard)));
    QVERIFY(pageText(wizard).contains(u"me@db1:5432/shop"_s));
    QVERIFY(static_cast<QPushButton *>(wizard.button(QWizard::NextButton))->isDefault());
    if (qEnvironmentVariableIsSet("BK_WIZARD_SUMMARY_SCREENSHOT"))
        QVERIFY(wizard.grab().save(qEnvironmentVariable("BK_WIZARD_SUMMARY_SCREENSHOT")));
    wizard.back();
    QCOMPARE(wizard.currentId(), 0);

    const auto edits = wizard.currentPage()->findChildren<QLineEdit *>();
    QLineEdit *newName = nullptr;
    QLineEdit *confirm = nullptr;
    for (QLineEdit *e : edits) {
        if (e->text().startsWith(u"shop_restored_"_s))
            newName = e;
        else if (!e->placeholderText().isEmpty() && e->placeholderText().contains(u"Type"_s))
            confirm = e;
    }
    QVERIFY(newName);
    QVERIFY(confirm);
    QVERIFY(wizard.currentPage()->isComplete()); // Enter restores with the defaults
    if (qEnvironmentVariableIsSet("BK_WIZARD_SCREENSHOT"))
        QVERIFY(wizard.grab().save(qEnvironmentVariable("BK_WIZARD_SCREENSHOT")));

    QRadioButton *replace = nullptr;
    for (QRadioButton *r : wizard.currentPage()->findChildren<QRadioButton *>()) {
        if (r->text().startsWith(u"Replace"_s))
            replace = r;
    }
    QVERIFY(replace);
    replace->setChecked(true);
    QVERIFY(!wizard.currentPage()->isComplete());
    confirm->setText(u"sho"_s);
    QVERIFY(!wizard.currentPage()->isComplete());
    confirm->setText(u"shop"_s);
    QVERIFY(wizard.currentPage()->isComplete());
    QSpinBox *jobs = wizard.currentPage()->findChild<QSpinBox *>();
    QVERIFY(jobs && jobs->isVisible());
    jobs->setValue(3);

    // The summary names the database being replaced; Enter does not confirm that.
    wizard.next();
    QCOMPARE(wizard.currentId(), 1);
    QVERIFY2(pageText(wizard).contains(u"Existing database:</b></td><td>shop"_s), qPrintable(pageText(wizard)));
    QVERIFY(pageText(wizard).contains(u"Parallel jobs:</b></td><td>3"_s));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"Replace “shop”"_s);
    QVERIFY(!static_cast<QPushButton *>(wizard.button(QWizard::NextButton))->isDefault());
    QTest::keyClick(&wizard, Qt::Key_Return);
    QTest::keyClick(wizard.button(QWizard::NextButton), Qt::Key_Return); // focused by QWizard
    QCOMPARE(wizard.currentId(), 1);
    // Back to a new database: Enter confirms again.
    wizard.back();
    for (QRadioButton *r : wizard.currentPage()->findChildren<QRadioButton *>()) {
        if (r->text().startsWith(u"Into a new database"_s))
            r->setChecked(true);
    }
    wizard.next();
    QVERIFY(pageText(wizard).contains(u"New database:"_s));
    QVERIFY(static_cast<QPushButton *>(wizard.button(QWizard::NextButton))->isDefault());
}

void TestRestoreWizard::sqliteTargetIsANewFile()
{
    QTemporaryDir dir;
    const ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    const QString existing = dir.filePath(u"app.db"_s);
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    BackupEntry backup;
    backup.path = dir.path();
    backup.complete = true;
    backup.manifest.kind = u"sqlite"_s;
    backup.manifest.database = u"app"_s;
    backup.manifest.sourceLabel = u"app.db"_s;
    backup.manifest.started = QDateTime::currentDateTimeUtc();
    RestoreWizard wizard(backup, &profiles, u"sqlite:"_s + existing, nullptr);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), 1);
    QVERIFY2(pageText(wizard).contains(u"New file:"_s), qPrintable(pageText(wizard)));
    wizard.back();

    // The proposal is a new file beside the chosen SQLite file; no server to pick.
    QLineEdit *newFile = nullptr;
    QLineEdit *replacePath = nullptr;
    QLineEdit *confirm = nullptr;
    for (QLineEdit *e : wizard.currentPage()->findChildren<QLineEdit *>()) {
        if (e->text().startsWith(dir.filePath(u"app_restored_"_s)) && e->text().endsWith(u".sqlite"_s))
            newFile = e;
        else if (e->placeholderText().startsWith(u"Path"_s))
            replacePath = e;
        else if (e->placeholderText().startsWith(u"Type the file's name"_s))
            confirm = e;
    }
    QVERIFY(newFile);
    QVERIFY(replacePath);
    QVERIFY(confirm);
    QVERIFY(wizard.currentPage()->isComplete());
    if (qEnvironmentVariableIsSet("BK_SQLITE_WIZARD_SCREENSHOT"))
        QVERIFY(wizard.grab().save(qEnvironmentVariable("BK_SQLITE_WIZARD_SCREENSHOT")));
    newFile->setText(existing); // exists: not a new file
    QVERIFY(!wizard.currentPage()->isComplete());

    QRadioButton *replace = nullptr;
    for (QRadioButton *r : wizard.currentPage()->findChildren<QRadioButton *>()) {
        if (r->text().startsWith(u"Replace"_s))
            replace = r;
    }
    QVERIFY(replace);
    replace->setChecked(true);
    replacePath->setText(existing);
    QVERIFY(!wizard.currentPage()->isComplete());
    confirm->setText(u"app"_s);
    QVERIFY(!wizard.currentPage()->isComplete());
    confirm->setText(u"app.db"_s);
    QVERIFY(wizard.currentPage()->isComplete());
}

void TestRestoreWizard::restoreEnterRestoresAndOpens()
{
    // From the list: Restore…, Enter — a real backup restored into a new database, then opened.
    DBPULSE_REQUIRE_CLUSTER(cluster);
    QTemporaryDir dir;
    QVERIFY(createDataset(cluster->uri(), cluster->uri(u"wz_source"_s), u"wz_source"_s));
    BackupJob backup(*parseTarget(cluster->uri(u"wz_source"_s)).target, dir.filePath(u"backups"_s), {});
    QVERIFY2(backup.exec(), qPrintable(backup.errorText()));
    const QList<BackupEntry> entries = listBackups(dir.filePath(u"backups"_s));
    QCOMPARE(entries.size(), 1);

    const ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    RestoreWizard wizard(entries.first(), &profiles, cluster->uri(), nullptr);
    QSignalSpy open(&wizard, &RestoreWizard::openDatabaseRequested);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), 1);
    QString proposed;
    for (const QLineEdit *e : wizard.page(0)->findChildren<QLineEdit *>()) {
        if (e->text().startsWith(u"wz_source_restored_"_s))
            proposed = e->text();
    }
    QVERIFY(!proposed.isEmpty());
    QVERIFY2(pageText(wizard).contains(u"New database:</b></td><td>"_s + proposed), qPrintable(pageText(wizard)));

    QTest::keyClick(&wizard, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), 2);
    QPushButton *openButton = nullptr;
    for (QPushButton *b : wizard.currentPage()->findChildren<QPushButton *>()) {
        if (b->text() == u"Open in dashboard"_s)
            openButton = b;
    }
    QVERIFY(openButton);
    QTRY_VERIFY_WITH_TIMEOUT(openButton->isVisible() || pageText(wizard).contains(u"failed"_s), 120000);
    QVERIFY2(openButton->isVisible(), qPrintable(pageText(wizard)));
    QVERIFY(pageText(wizard).contains(u"Restored into database \"%1\"."_s.arg(proposed)));
    QCOMPARE(fingerprint(cluster->uri(proposed)), fingerprint(cluster->uri(u"wz_source"_s)));

    QTest::mouseClick(openButton, Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QString err;
    const auto opened = ConnSettings::parse(open.first().first().toString(), &err);
    QVERIFY2(opened, qPrintable(err));
    QCOMPARE(opened->database(), proposed);
    QVERIFY(opened->password.isEmpty());
}

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
