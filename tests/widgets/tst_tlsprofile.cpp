// A connection with TLS files saved through the real dialog, sidebar and server registry: the paths
// go to the profile, the key's passphrase only to the keychain (a real Secret Service: run through
// `scripts/dev test`, which starts gnome-keyring on a private D-Bus; without one the test skips,
// or fails when DBPULSE_REQUIRE_KEYCHAIN=1). Then it connects to the shared test cluster with them.
#include "core/backup/pgclient.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/db/pgsession.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"
#include "models/connectionlistmodel.h"
#include "tests/support/testcluster.h"
#include "models/serverregistry.h"
#include "widgets/connectiondialog.h"
#include "widgets/connectionsidebar.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace dbpulse;

namespace {

template<typename T>
T *field(QWidget *dialog, const QString &label)
{
    const auto labels = dialog->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->text().remove(QLatin1Char('&')) == label)
            return qobject_cast<T *>(l->buddy());
    }
    return nullptr;
}

QString writeFile(const QTemporaryDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("-----BEGIN CERTIFICATE-----\n");
    return file.fileName();
}

std::optional<CredentialResult> readSecret(CredentialStore &store, const QString &key)
{
    std::optional<CredentialResult> result;
    store.readPassword(key, [&result](const CredentialResult &r) { result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 20000)
        QTest::qWait(20);
    return result;
}

} // namespace

class TstTlsProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startupPacketCarriesThePassphrase()
    {
        // The live monitor's PgConnection opens with these keywords (ConnectParams::sslPassword).
        const auto params = sessionStartupParams(QStringLiteral("host=db.internal sslkey=k.key"), {},
                                                 sessionDefaults(SessionPurpose::Monitor), QStringLiteral("s3cret"));
        QVERIFY(params.contains(qMakePair(QByteArray("sslpassword"), QByteArray("s3cret"))));
        const auto without = sessionStartupParams(QStringLiteral("host=db.internal"), {},
                                                  sessionDefaults(SessionPurpose::Monitor));
        for (const auto &p : without)
            QVERIFY(p.first != "sslpassword");
    }

    void passphraseGoesToTheKeychainOnly()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        KeychainCredentialStore keychain(QStringLiteral("dbpulse-test"));
        const std::optional<CredentialResult> probe = readSecret(keychain, QStringLiteral("dbpulse-test-probe"));
        QVERIFY(probe);
        if (probe->status == CredentialResult::Status::Unavailable) {
            const QString why = QStringLiteral("no Secret Service in this session (%1); run the tests through "
                                               "scripts/dev test").arg(probe->error);
            if (qEnvironmentVariableIntValue("DBPULSE_REQUIRE_KEYCHAIN"))
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("profiles.ini"));
        const QString root = writeFile(dir, QStringLiteral("root.crt"));
        const QString cert = writeFile(dir, QStringLiteral("client.crt"));
        const QString key = writeFile(dir, QStringLiteral("client.key"));
        const QString name = QStringLiteral("tls-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString passphrase = QStringLiteral("pass-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

        // A saved profile names no password file: libpq finds the cluster's password through
        // $PGPASSFILE, as it would in a user's ~/.pgpass.
        qputenv("PGPASSFILE", cluster->pgpassFile().toLocal8Bit());
        auto profiles = std::make_unique<ProfileStore>(ini);
        auto servers = std::make_unique<ServerRegistry>(profiles.get(), &keychain);
        auto sidebar = std::make_unique<ConnectionSidebar>(servers.get());

        // Fill the modal dialog the sidebar opens, as a user would, and save.
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            field<QLineEdit>(dialog, QStringLiteral("Name:"))->setText(name);
            field<QLineEdit>(dialog, QStringLiteral("Host:"))->setText(QStringLiteral("127.0.0.1"));
            field<QSpinBox>(dialog, QStringLiteral("Port:"))->setValue(cluster->port());
            field<QLineEdit>(dialog, QStringLiteral("Database:"))->setText(QStringLiteral("postgres"));
            field<QLineEdit>(dialog, QStringLiteral("User:"))->setText(cluster->superuser());
            // "prefer": the test server speaks no TLS, so libpq falls back to a plain link and
            // never opens the files; the session still receives every TLS setting.
            auto *mode = field<QComboBox>(dialog, QStringLiteral("SSL mode:"));
            mode->setCurrentIndex(mode->findData(QStringLiteral("prefer")));
            field<QLineEdit>(dialog, QStringLiteral("Root certificate:"))->setText(root);
            field<QLineEdit>(dialog, QStringLiteral("Client certificate:"))->setText(cert);
            field<QLineEdit>(dialog, QStringLiteral("Client key:"))->setText(key);
            field<QLineEdit>(dialog, QStringLiteral("Key passphrase:"))->setText(passphrase);
            filled = true;
            dialog->accept();
            if (dialog->isVisible())
                dialog->reject(); // validation refused: do not hang the test
        });
        sidebar->addConnection();
        QVERIFY(filled);

        const std::optional<ConnectionProfile> saved = profiles->find(name);
        QVERIFY(saved);
        QCOMPARE(saved->sslrootcert, root);
        QCOMPARE(saved->sslcert, cert);
        QCOMPARE(saved->sslkey, key);
        const Target target = targetFromProfile(*saved);
        QVERIFY(target.conninfo.contains(QStringLiteral("sslkey='%1'").arg(key)));
        QVERIFY(!target.conninfo.contains(passphrase));

        // The keychain has it, under its own key; the login password's key holds nothing.
        const std::optional<CredentialResult> stored = readSecret(keychain, target.sslPasswordKey());
        QVERIFY(stored);
        QCOMPARE(int(stored->status), int(CredentialResult::Status::Ok));
        QCOMPARE(stored->password, passphrase);
        const std::optional<CredentialResult> login = readSecret(keychain, target.credentialKey());
        QVERIFY(login);
        QCOMPARE(int(login->status), int(CredentialResult::Status::NotFound));

        // The sidebar connected with the saved settings (and the passphrase read back).
        const QString rowKey = ConnectionListModel::profileKey(name);
        QTRY_COMPARE_WITH_TIMEOUT(servers->status(rowKey).state, ConnectionState::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(servers->serverInfo(rowKey).link, QStringLiteral("unencrypted"), 5000);
        // The passphrase was read back into the live connection: the one-shot
        // tools get it in memory, inside the conninfo they open sessions from, where ConnSettings
        // takes it out again before anything reaches a child process.
        const ServerContext context = servers->context(rowKey);
        QVERIFY(context);
        const Target live = context.target;
        const QString livePassword = context.password;
        const std::optional<ConnSettings> settings = ConnSettings::parse(live.conninfo, nullptr);
        QVERIFY(settings);
        QCOMPARE(settings->sslPassword, passphrase);
        QVERIFY(!settings->conninfo().contains(passphrase));
        QString error;
        QVERIFY2(PgSession::open(live.conninfo, livePassword, sessionDefaults(SessionPurpose::Admin), &error), qPrintable(error));

        // The settings file on disk (written out when the store closes) names the files but
        // never holds the passphrase.
        sidebar.reset();
        servers.reset();
        profiles.reset();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY2(onDisk.contains(QFileInfo(key).fileName().toUtf8()), onDisk.constData());
        QVERIFY2(!onDisk.contains(passphrase.toUtf8()), onDisk.constData());
        QVERIFY(!onDisk.contains("sslpassword"));

        // Removing the connection removes the passphrase too.
        profiles = std::make_unique<ProfileStore>(ini);
        servers = std::make_unique<ServerRegistry>(profiles.get(), &keychain);
        servers->remove(rowKey);
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(keychain, target.sslPasswordKey())->status
                                     == CredentialResult::Status::NotFound, 10000);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    TstTlsProfile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tlsprofile.moc"
