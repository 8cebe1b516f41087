#include "core/db/target.h"
#include "widgets/connectiondialog.h"

#include "core/backup/pgclient.h"

#include <QFile>
#include <QTemporaryDir>

#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QTest>

using namespace dbpulse;

class TstConnectionDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *field(QWidget *dialog, const QString &label)
    {
        // Fields are found through their buddy labels, as a screen reader would.
        const auto labels = dialog->findChildren<QLabel *>();
        for (QLabel *l : labels) {
            if (l->text().remove(QLatin1Char('&')) == label)
                return qobject_cast<T *>(l->buddy());
        }
        return nullptr;
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("-----BEGIN CERTIFICATE-----\n");
        return file.fileName();
    }

    // As a user pastes: the whole text replaces the field's in one edit.
    static void paste(QLineEdit *edit, const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        edit->selectAll();
        edit->paste();
    }

    static QString visibleText(QWidget *dialog)
    {
        QString text;
        for (QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->isVisible())
                text += l->text() + QLatin1Char('\n');
        }
        return text;
    }

private Q_SLOTS:
    void roundTripsAProfile()
    {
        ConnectionDialog dialog({QStringLiteral("prod")}, true);
        ConnectionProfile p;
        p.name = QStringLiteral("staging");
        p.host = QStringLiteral("db.internal");
        p.port = 6432;
        p.database = QStringLiteral("app");
        p.user = QStringLiteral("monitor");
        p.sslmode = QStringLiteral("require");
        p.color = QStringLiteral("#ff8800");
        p.tag = QStringLiteral("staging");
        p.applicationName = QStringLiteral("jane@ops");
        dialog.setProfile(p);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit connection"));
        QCOMPARE(dialog.profile(), p);
        QVERIFY(dialog.password().isEmpty());
    }

    // A pasted URI fills the fields as libpq reads it; the password moves to its hidden field,
    // what a saved connection cannot keep is named, and the entry's own name and tag stay.
    void pastedUriFillsTheFields()
    {
        ConnectionDialog dialog({}, true);
        dialog.show();
        auto *name = field<QLineEdit>(&dialog, QStringLiteral("Name:"));
        auto *tag = field<QLineEdit>(&dialog, QStringLiteral("Tag:"));
        auto *uri = field<QLineEdit>(&dialog, QStringLiteral("URI:"));
        QVERIFY(name && tag && uri);
        name->setText(QStringLiteral("shop"));
        tag->setText(QStringLiteral("prod"));
        paste(uri, QStringLiteral("postgresql://jane:s%3Acret@db.example.com:6543/shop?sslmode=verify-full"
                                  "&application_name=ops&target_session_attrs=read-write"));
        const ConnectionProfile p = dialog.profile();
        QCOMPARE(p.name, QStringLiteral("shop"));
        QCOMPARE(p.tag, QStringLiteral("prod"));
        QCOMPARE(p.host, QStringLiteral("db.example.com"));
        QCOMPARE(p.port, 6543);
        QCOMPARE(p.database, QStringLiteral("shop"));
        QCOMPARE(p.user, QStringLiteral("jane"));
        QCOMPARE(p.sslmode, QStringLiteral("verify-full"));
        QCOMPARE(p.applicationName, QStringLiteral("ops"));
        QCOMPARE(dialog.password(), QStringLiteral("s:cret"));
        QVERIFY2(!uri->text().contains(QLatin1String("s%3Acret")), qPrintable(uri->text()));
        QVERIFY2(visibleText(&dialog).contains(QLatin1String("Not kept by a saved connection: target_session_attrs")),
                 qPrintable(visibleText(&dialog)));
        // DBPULSE_SCREENSHOTS=DIR: the filled dialog for docs/screenshots (connection-dialog.png).
        if (const QString shots = qEnvironmentVariable("DBPULSE_SCREENSHOTS"); !shots.isEmpty()) {
            QCoreApplication::processEvents(); // the queued growToFit
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("connection-dialog.png"))));
        }

        // What libpq cannot read fills nothing and says why.
        paste(uri, QStringLiteral("postgresql://other:5432/x?no_such_setting=1"));
        QCOMPARE(dialog.profile().host, QStringLiteral("db.example.com"));
        QVERIFY2(visibleText(&dialog).contains(QLatin1String("Not filled")), qPrintable(visibleText(&dialog)));
    }

    void rejectsDuplicateNames()
    {
        ConnectionDialog dialog({QStringLiteral("prod")}, true);
        field<QLineEdit>(&dialog, QStringLiteral("Name:"))->setText(QStringLiteral("prod"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
    }

    void roundTripsTlsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = writeFile(dir, QStringLiteral("root.crt"));
        const QString cert = writeFile(dir, QStringLiteral("client's.crt")); // a quote to escape
        const QString key = writeFile(dir, QStringLiteral("client.key"));
        const QString passphrase = QStringLiteral("k3y-pässphrase");

        ConnectionDialog dialog({}, true);
        field<QLineEdit>(&dialog, QStringLiteral("Name:"))->setText(QStringLiteral("tls"));
        field<QLineEdit>(&dialog, QStringLiteral("Host:"))->setText(QStringLiteral("db.internal"));
        auto *mode = field<QComboBox>(&dialog, QStringLiteral("SSL mode:"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
        field<QLineEdit>(&dialog, QStringLiteral("Root certificate:"))->setText(root);
        field<QLineEdit>(&dialog, QStringLiteral("Client certificate:"))->setText(cert);
        field<QLineEdit>(&dialog, QStringLiteral("Client key:"))->setText(key);
        field<QLineEdit>(&dialog, QStringLiteral("Key passphrase:"))->setText(passphrase);

        const ConnectionProfile p = dialog.profile();
        QCOMPARE(p.sslrootcert, root);
        QCOMPARE(p.sslcert, cert);
        QCOMPARE(p.sslkey, key);
        QCOMPARE(dialog.sslPassword(), passphrase);
        const QString conninfo = p.toConninfo();
        QVERIFY2(conninfo.contains(QStringLiteral("sslrootcert=") + quoteConninfoValue(root)), qPrintable(conninfo));
        QVERIFY2(conninfo.contains(QStringLiteral("sslcert=") + quoteConninfoValue(cert)), qPrintable(conninfo));
        QVERIFY2(conninfo.contains(QStringLiteral("sslkey=") + quoteConninfoValue(key)), qPrintable(conninfo));
        QVERIFY(!conninfo.contains(passphrase));
        QVERIFY(!conninfo.contains(QLatin1String("sslpassword")));
        // libpq reads it back as the same three files.
        const auto settings = ConnSettings::parse(conninfo, nullptr);
        QVERIFY(settings);
        QCOMPARE(settings->value(QStringLiteral("sslcert")), cert);

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Editing shows the saved paths again, and the passphrase field starts empty ("unchanged").
        ConnectionDialog edit({QStringLiteral("tls")}, true);
        edit.setProfile(p);
        QCOMPARE(edit.profile(), p);
        QVERIFY(edit.sslPassword().isEmpty());
    }

    void refusesAMissingCertificate()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("nowhere/root.crt"));
        ConnectionDialog dialog({}, true);
        dialog.show();
        field<QLineEdit>(&dialog, QStringLiteral("Name:"))->setText(QStringLiteral("tls"));
        field<QLineEdit>(&dialog, QStringLiteral("Root certificate:"))->setText(missing);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.isVisible());
        const QString shown = visibleText(&dialog);
        QVERIFY2(shown.contains(QStringLiteral("Root certificate “%1” does not exist.").arg(missing)), qPrintable(shown));

        // The client key too, named as such.
        field<QLineEdit>(&dialog, QStringLiteral("Root certificate:"))->clear();
        field<QLineEdit>(&dialog, QStringLiteral("Client key:"))->setText(missing);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(visibleText(&dialog).contains(QStringLiteral("Client key “%1” does not exist.").arg(missing)),
                 qPrintable(visibleText(&dialog)));
    }

    void tlsRowsShowWhenTheyApply()
    {
        ConnectionDialog dialog({}, true);
        dialog.show();
        auto *mode = field<QComboBox>(&dialog, QStringLiteral("SSL mode:"));
        auto *root = field<QLineEdit>(&dialog, QStringLiteral("Root certificate:"));
        auto *key = field<QLineEdit>(&dialog, QStringLiteral("Client key:"));
        auto *passphrase = field<QLineEdit>(&dialog, QStringLiteral("Key passphrase:"));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("verifyHint"));
        QVERIFY(root && key && passphrase && hint);
        QVERIFY(root->isVisible());
        QVERIFY(!passphrase->isVisible()); // no key, nothing to unlock
        key->setText(QStringLiteral("client.key"));
        QVERIFY(passphrase->isVisible());
        QVERIFY(!hint->isVisible());

        // A verifying mode without a root certificate says what it will look for.
        mode->setCurrentIndex(mode->findData(QStringLiteral("verify-ca")));
        QVERIFY(hint->isVisible());
        // The wrapped hint gets the height it needs: the dialog grows instead of cutting it.
        QTRY_VERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                     qPrintable(QStringLiteral("hint %1x%2 needs %3; dialog %4x%5")
                                    .arg(hint->width()).arg(hint->height()).arg(hint->heightForWidth(hint->width()))
                                    .arg(dialog.width()).arg(dialog.height())
                                + QStringLiteral(" hfw %1 min %2 sh %3").arg(dialog.layout()->totalHeightForWidth(dialog.width())).arg(dialog.minimumSizeHint().height()).arg(dialog.sizeHint().height())));
        QVERIFY2(hint->text().contains(QLatin1String("verify-ca")) && hint->text().contains(QLatin1String("root certificate")),
                 qPrintable(hint->text()));
        if (qEnvironmentVariableIsSet("DBPULSE_SHOT_DIR")) {
            QTest::qWait(100); // let the layout settle
            dialog.grab().save(qEnvironmentVariable("DBPULSE_SHOT_DIR") + QStringLiteral("/connectiondialog-tls.png"));
        }
        root->setText(QStringLiteral("root.crt"));
        QVERIFY(!hint->isVisible());

        // No TLS, no TLS files; SQLite has no network at all.
        mode->setCurrentIndex(mode->findData(QStringLiteral("disable")));
        QVERIFY(!root->isVisible() && !key->isVisible() && !passphrase->isVisible());
        mode->setCurrentIndex(mode->findData(QStringLiteral("require")));
        QVERIFY(root->isVisible());
        auto *kind = field<QComboBox>(&dialog, QStringLiteral("Kind:"));
        kind->setCurrentIndex(kind->findData(int(DatabaseKind::SQLite)));
        QVERIFY(!root->isVisible() && !passphrase->isVisible());
        QVERIFY(dialog.sslPassword().isEmpty());
    }

    void keychainCheckboxDisabledWithoutKeychain()
    {
        ConnectionDialog dialog({}, false);
        QCheckBox *keychain = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->objectName() != QLatin1String("throwaway"))
                keychain = box;
        }
        QVERIFY(keychain);
        QVERIFY(!keychain->isEnabled());
        QVERIFY(!dialog.saveInKeychain());
    }

    void throwawayMarkRoundTrips()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("scratch");
        p.host = QStringLiteral("localhost");
        p.throwaway = true;
        ConnectionDialog dialog({}, false);
        dialog.setProfile(p);
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("throwaway"));
        QVERIFY(box && box->isChecked());
        QVERIFY(dialog.profile().throwaway);
        box->setChecked(false);
        QVERIFY(!dialog.profile().throwaway);
        QVERIFY(targetFromProfile(dialog.profile()).throwaway == false);
        p.throwaway = true;
        QVERIFY(targetFromProfile(p).throwaway);
    }

    void testConnectionRunsOffTheGuiThread()
    {
        ConnectionDialog dialog({}, false);
        dialog.show();
        field<QLineEdit>(&dialog, QStringLiteral("Name:"))->setText(QStringLiteral("nowhere"));
        field<QLineEdit>(&dialog, QStringLiteral("Host:"))->setText(QStringLiteral("127.0.0.1"));
        field<QSpinBox>(&dialog, QStringLiteral("Port:"))->setValue(1);
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        QElapsedTimer timer;
        timer.start();
        dialog.testConnection();
        QVERIFY2(timer.elapsed() < 200, "testConnection() must return at once");
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("Could not connect")));
        if (qEnvironmentVariableIsSet("DBPULSE_SHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("DBPULSE_SHOT_DIR") + QStringLiteral("/connectiondialog.png"));
    }
};

QTEST_MAIN(TstConnectionDialog)
#include "tst_connectiondialog.moc"
