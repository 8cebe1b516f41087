#include "core/db/profilestore.h"
#include "widgets/restorewizard.h"

#include <QAbstractButton>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;

/// The restore wizard defaults to a new database named from the backup; replacing one needs its
/// name typed. BK_WIZARD_SCREENSHOT=FILE.png saves a picture of the first page.
class TestRestoreWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsAndConfirmation();
    void sqliteTargetIsANewFile();
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

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
