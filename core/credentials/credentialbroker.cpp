#include "core/credentials/credentialbroker.h"

#include "core/credentials/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCredentials, "dbpulse.credentials")

namespace dbpulse {

CredentialStore *CredentialBroker::systemKeychain()
{
    // One store for the whole process, destroyed with the application. QtKeychain's libsecret
    // backend calls back into a job after an asynchronous D-Bus round trip; the store parents its
    // jobs, so deleting a store with a job in flight (closing a window right after opening it)
    // would leave libsecret holding a dangling job.
    static QPointer<CredentialStore> store;
    if (!store)
        store = new KeychainCredentialStore(QStringLiteral("dbpulse"), QCoreApplication::instance());
    return store;
}

CredentialBroker::CredentialBroker(CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(new MemoryCredentialStore(this))
{
    probe();
}

bool CredentialBroker::keychainUsable() const
{
    return m_keychain && m_keychainState != KeychainState::Unavailable;
}

void CredentialBroker::probe()
{
    if (!m_keychain) {
        m_keychainState = KeychainState::Unavailable;
        return;
    }
    // Reading a key that never exists tells "service present" from "no service" without
    // touching real secrets.
    QPointer<CredentialBroker> self(this);
    m_keychain->readPassword(QStringLiteral("dbpulse-keychain-probe"), [self](const CredentialResult &r) {
        if (!self)
            return;
        if (r.status == CredentialResult::Status::Unavailable) {
            self->setKeychainUnavailable(r.error);
        } else if (self->m_keychainState == KeychainState::Unknown) {
            self->m_keychainState = KeychainState::Available;
            Q_EMIT self->keychainStateChanged();
        }
    });
}

void CredentialBroker::setKeychainUnavailable(const QString &why)
{
    if (m_keychainState == KeychainState::Unavailable)
        return;
    m_keychainState = KeychainState::Unavailable;
    qCInfo(lcCredentials) << "no keychain service:" << why;
    Q_EMIT keychainStateChanged();
}

void CredentialBroker::read(const QString &credentialKey, QObject *context,
                            std::function<void(const QString &)> done)
{
    QPointer<CredentialBroker> self(this);
    QPointer<QObject> alive(context);
    auto deliver = [alive, done](const QString &password) {
        if (alive)
            done(password);
    };
    // This session's memory first: it holds what the user just typed, and never prompts.
    m_session->readPassword(credentialKey, [self, credentialKey, deliver](const CredentialResult &r) {
        if (!self)
            return;
        if (r.status == CredentialResult::Status::Ok) {
            deliver(r.password);
            return;
        }
        if (!self->keychainUsable()) {
            deliver({});
            return;
        }
        self->m_keychain->readPassword(credentialKey, [self, deliver](const CredentialResult &k) {
            if (!self)
                return;
            if (k.status == CredentialResult::Status::Unavailable)
                self->setKeychainUnavailable(k.error);
            else if (k.status == CredentialResult::Status::Error)
                qCWarning(lcCredentials) << "keychain read failed:" << k.error;
            deliver(k.status == CredentialResult::Status::Ok ? k.password : QString());
        });
    });
}

void CredentialBroker::store(const QString &credentialKey, const QString &password, bool inKeychain,
                             bool reportFailure)
{
    m_session->writePassword(credentialKey, password, [](const CredentialResult &) {});
    if (!inKeychain || !m_keychain)
        return;
    QPointer<CredentialBroker> self(this);
    m_keychain->writePassword(credentialKey, password, [self, reportFailure](const CredentialResult &r) {
        if (!self)
            return;
        if (r.status == CredentialResult::Status::Unavailable)
            self->setKeychainUnavailable(r.error);
        else if (r.status != CredentialResult::Status::Ok && reportFailure)
            Q_EMIT self->keychainWriteFailed(r.error);
    });
}

void CredentialBroker::remove(const QString &credentialKey)
{
    m_session->removePassword(credentialKey, [](const CredentialResult &) {});
    if (keychainUsable())
        m_keychain->removePassword(credentialKey, [](const CredentialResult &) {});
}

void CredentialBroker::prompt(const QString &targetLabel, const QString &error, QObject *context,
                              std::function<void(const std::optional<PasswordAnswer> &)> done)
{
    if (!m_prompter)
        return;
    QPointer<QObject> alive(context);
    m_prompter->ask({targetLabel, error, keychainUsable()},
                    [alive, done](const std::optional<PasswordAnswer> &answer) {
                        if (alive)
                            done(answer);
                    });
}

} // namespace dbpulse
