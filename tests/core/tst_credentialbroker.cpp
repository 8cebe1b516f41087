#include "core/credentials/credentialbroker.h"
#include "core/credentials/credentialstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace dbpulse;

namespace {

/// A keychain that answers on the next event-loop turn, like QtKeychain: either a service that
/// holds passwords, or none at all (every call Unavailable).
class FakeKeychain : public CredentialStore
{
public:
    explicit FakeKeychain(bool available)
        : m_available(available)
    {
    }

    void readPassword(const QString &key, Callback done) override
    {
        CredentialResult r;
        if (!m_available) {
            r.status = CredentialResult::Status::Unavailable;
            r.error = QStringLiteral("Cannot autolaunch D-Bus");
        } else if (m_passwords.contains(key)) {
            r.status = CredentialResult::Status::Ok;
            r.password = m_passwords.value(key);
        } else {
            r.status = CredentialResult::Status::NotFound;
        }
        later(done, r);
    }
    void writePassword(const QString &key, const QString &password, Callback done) override
    {
        if (m_available)
            m_passwords.insert(key, password);
        CredentialResult r;
        r.status = m_available ? CredentialResult::Status::Ok : CredentialResult::Status::Unavailable;
        later(done, r);
    }
    void removePassword(const QString &key, Callback done) override
    {
        m_passwords.remove(key);
        CredentialResult r;
        r.status = CredentialResult::Status::Ok;
        later(done, r);
    }
    QString description() const override { return QStringLiteral("fake keychain"); }

    QHash<QString, QString> m_passwords;

private:
    void later(const Callback &done, const CredentialResult &r)
    {
        QTimer::singleShot(0, this, [done, r] { done(r); });
    }
    bool m_available;
};

/// Answers every prompt with what it was told, and records what it was asked.
class FakePrompter : public PasswordPrompter
{
public:
    void ask(const PasswordRequest &request, Answered done) override
    {
        asked.append(request);
        QTimer::singleShot(0, this, [this, done] { done(answer); });
    }
    QList<PasswordRequest> asked;
    std::optional<PasswordAnswer> answer;
};

QString readNow(CredentialBroker &broker, const QString &key)
{
    QString got = QStringLiteral("<no answer>");
    broker.read(key, &broker, [&got](const QString &password) { got = password; });
    // On a timeout the placeholder comes back and the comparison in the test fails.
    (void)QTest::qWaitFor([&got] { return got != QStringLiteral("<no answer>"); }, 2000);
    return got;
}

} // namespace

/// The one place passwords come from: memory first, then the keychain, then the user.
class TstCredentialBroker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutKeychainKeepsPasswordsInMemory()
    {
        CredentialBroker broker(nullptr);
        QCOMPARE(broker.keychainState(), CredentialBroker::KeychainState::Unavailable);
        QVERIFY(!broker.keychainUsable());
        QCOMPARE(readNow(broker, QStringLiteral("a")), QString());
        broker.store(QStringLiteral("a"), QStringLiteral("secret"), true, true);
        QCOMPARE(readNow(broker, QStringLiteral("a")), QStringLiteral("secret"));
        broker.remove(QStringLiteral("a"));
        QCOMPARE(readNow(broker, QStringLiteral("a")), QString());
    }

    void missingServiceIsSaidOnce()
    {
        FakeKeychain keychain(false);
        CredentialBroker broker(&keychain);
        QSignalSpy changed(&broker, &CredentialBroker::keychainStateChanged);
        QTRY_COMPARE(broker.keychainState(), CredentialBroker::KeychainState::Unavailable);
        QCOMPARE(readNow(broker, QStringLiteral("a")), QString());
        QCOMPARE(changed.count(), 1);
    }

    void memoryFirstThenKeychain()
    {
        FakeKeychain keychain(true);
        keychain.m_passwords.insert(QStringLiteral("a"), QStringLiteral("from-keychain"));
        CredentialBroker broker(&keychain);
        QTRY_COMPARE(broker.keychainState(), CredentialBroker::KeychainState::Available);
        QCOMPARE(readNow(broker, QStringLiteral("a")), QStringLiteral("from-keychain"));
        broker.store(QStringLiteral("a"), QStringLiteral("typed"), false, true);
        QCOMPARE(readNow(broker, QStringLiteral("a")), QStringLiteral("typed"));
        QCOMPARE(keychain.m_passwords.value(QStringLiteral("a")), QStringLiteral("from-keychain"));
        broker.store(QStringLiteral("b"), QStringLiteral("kept"), true, true);
        QTRY_COMPARE(keychain.m_passwords.value(QStringLiteral("b")), QStringLiteral("kept"));
    }

    void promptsThroughThePrompter()
    {
        CredentialBroker broker(nullptr);
        QVERIFY(!broker.canPrompt());
        FakePrompter prompter;
        prompter.answer = PasswordAnswer{QStringLiteral("typed"), false};
        broker.setPrompter(&prompter);
        QVERIFY(broker.canPrompt());

        std::optional<PasswordAnswer> got;
        broker.prompt(QStringLiteral("db1"), QStringLiteral("password authentication failed"), &broker,
                      [&got](const std::optional<PasswordAnswer> &a) { got = a; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->password, QStringLiteral("typed"));
        QCOMPARE(prompter.asked.size(), 1);
        QCOMPARE(prompter.asked.at(0).targetLabel, QStringLiteral("db1"));
        QVERIFY(!prompter.asked.at(0).keychainAvailable);

        // An answer for an owner that is gone is dropped.
        bool called = false;
        auto owner = std::make_unique<QObject>();
        broker.prompt(QStringLiteral("db1"), QString(), owner.get(),
                      [&called](const std::optional<PasswordAnswer> &) { called = true; });
        owner.reset();
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TstCredentialBroker)

#include "tst_credentialbroker.moc"
