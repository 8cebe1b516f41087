#include "core/credentials/credentialstore.h"
#include "core/db/target.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"
#include "models/serverregistry.h"
#include "widgets/indexespage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dbpulse;
using namespace Qt::StringLiterals;

/// The Indexes page against the shared test cluster: with no sandbox role it says why there is no
/// missing-index advice and offers to set the role up; confirming creates it, saves its password
/// in the password file the target names, and the advisor runs again with the sandbox.
class TstIndexesPage : public QObject
{
    Q_OBJECT

    // Clicks \a button of the next message box that opens (it runs its own event loop).
    void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, button, text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                timer->deleteLater();
                *text = box->text();
                box->button(button)->click();
            }
        });
        timer->start(50);
    }

private Q_SLOTS:
    void offersToSetUpTheSandbox()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        test::PlainConnection admin(cluster->uri(u"postgres"_s));
        QVERIFY2(admin.ok(), qPrintable(admin.error()));
        QCOMPARE(admin.exec(u"DROP ROLE IF EXISTS dbpulse_sandbox"_s), QString());
        // The target names the cluster's password file: the new password must land there.
        QFile passfile(cluster->pgpassFile());
        QVERIFY(passfile.open(QIODevice::ReadOnly));
        const QByteArray passwordsBefore = passfile.readAll();
        passfile.close();
        QCOMPARE(admin.exec(u"CREATE TABLE IF NOT EXISTS big (id int, k int)"_s), QString());

        ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr));
        const QString key = registry.addTarget(*parseTarget(cluster->uri(u"postgres"_s)).target);
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 10000);

        IndexesPage page(&registry);
        page.resize(1152, 700);
        page.setCurrentKey(key);
        auto *offer = page.findChild<QPushButton *>(u"setUpSandbox"_s);
        QVERIFY(offer);
        page.analyze();
        QTRY_VERIFY_WITH_TIMEOUT(offer->isVisibleTo(&page), 30000);
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().contains(u"not planned"_s) && l->text().contains(u"sandbox"_s);
        }));
        // Every result says when it was read and over which window usage was judged; on this young
        // cluster "unused" is withheld, and the page says why.
        auto *run = page.findChild<QLabel *>(u"advisorRun"_s);
        QVERIFY(run && run->isVisibleTo(&page));
        QVERIFY2(run->text().startsWith(u"Analyzed "_s) && run->text().contains(u"index scan counters cover the "_s)
                     && run->text().contains(u"too short to judge unused indexes: 7 d needed"_s),
                 qPrintable(run->text()));
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().contains(u"Unused indexes are not judged yet"_s);
        }));

        if (!qEnvironmentVariableIsEmpty("DBPULSE_SCREENSHOT_DIR"))
            page.grab().save(qEnvironmentVariable("DBPULSE_SCREENSHOT_DIR") + u"/indexes-sandbox-offer.png"_s);

        // Declining changes nothing.
        QString question;
        answerNextMessageBox(QMessageBox::No, &question);
        offer->click();
        const ServerContext server = registry.context(key);
        QVERIFY(server.live);
        QVERIFY2(question.contains(u"dbpulse_sandbox"_s) && question.contains(server.target.label),
                 qPrintable(question)); // names the role and the server
        QCOMPARE(test::queryValue(cluster->uri(u"postgres"_s),
                                  "SELECT count(*) FROM pg_roles WHERE rolname = 'dbpulse_sandbox'"), QByteArray("0"));

        answerNextMessageBox(QMessageBox::Yes, &question);
        offer->click();
        QTRY_COMPARE_WITH_TIMEOUT(test::queryValue(cluster->uri(u"postgres"_s),
                                                   "SELECT count(*) FROM pg_roles WHERE rolname = 'dbpulse_sandbox'"),
                                  QByteArray("1"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!offer->isVisibleTo(&page), 30000); // analyzed again, with the sandbox

        QVERIFY(passfile.open(QIODevice::ReadOnly));
        const QByteArray passwordsAfter = passfile.readAll();
        QVERIFY(passwordsAfter.contains(":dbpulse_sandbox:"));
        QVERIFY(passwordsAfter != passwordsBefore); // a new random password, and the sandbox logged in with it
        QCOMPARE(passfile.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    // Should anything fall back to $PGPASSFILE, a private one, never the user's.
    qputenv("PGPASSFILE", (home.path() + u"/pgpass"_s).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"dbpulse-test"_s);
    TstIndexesPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_indexespage.moc"
