#pragma once

#include "core/credentials/passwordprompter.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace dbpulse {

class CredentialStore;

/// \brief The one place passwords are fetched from and kept in: this session's memory first
/// (what the user just typed; never prompts), then the OS keychain when there is one; and the
/// user, through a PasswordPrompter, when the server refused what we had. Without a keychain
/// service it says so once (keychainStateChanged()) and keeps passwords in memory only. It words
/// nothing for the user: the GUI layers translate its signals into notices. GUI thread.
class CredentialBroker : public QObject
{
    Q_OBJECT
public:
    enum class KeychainState { Unknown, Available, Unavailable };

    /// Uses \a keychain (not owned; it must outlive the broker), nullptr meaning "no keychain at
    /// all". Probes it at once with a key that never exists.
    explicit CredentialBroker(CredentialStore *keychain, QObject *parent = nullptr);

    /// The process-wide system keychain store, destroyed with the application.
    static CredentialStore *systemKeychain();

    KeychainState keychainState() const { return m_keychainState; }
    /// A keychain is configured and not known to be missing.
    bool keychainUsable() const;

    /// Reads the password stored under \a credentialKey; \a done gets it, or an empty string so
    /// that libpq falls back to PGPASSWORD, ~/.pgpass and service files. \a context bounds it.
    void read(const QString &credentialKey, QObject *context, std::function<void(const QString &)> done);
    /// Keeps \a password in this session's memory and, when \a inKeychain and one is usable,
    /// in the keychain too. A failed keychain write is reported with keychainWriteFailed() when
    /// \a reportFailure.
    void store(const QString &credentialKey, const QString &password, bool inKeychain, bool reportFailure);
    /// Forgets the password of \a credentialKey in memory and in the keychain.
    void remove(const QString &credentialKey);

    /// The prompter asks the user; nullptr (the default) means never ask (tests, headless).
    void setPrompter(PasswordPrompter *prompter) { m_prompter = prompter; }
    bool canPrompt() const { return !m_prompter.isNull(); }
    /// Asks the user for the password of \a targetLabel; \a done gets the answer (nullopt when
    /// declined), unless \a context is gone by then. Storing the answer is the caller's choice
    /// (store()), as it may no longer want it.
    void prompt(const QString &targetLabel, const QString &error, QObject *context,
                std::function<void(const std::optional<PasswordAnswer> &)> done);

Q_SIGNALS:
    /// Emitted once when the state becomes known; Unavailable means passwords stay in memory.
    void keychainStateChanged();
    /// The keychain refused to store a password (see store()); \a error is its message.
    void keychainWriteFailed(const QString &error);

private:
    void probe();
    void setKeychainUnavailable(const QString &why);

    QPointer<CredentialStore> m_keychain; // not owned; nullptr when none configured
    CredentialStore *m_session;           // memory only, owned
    QPointer<PasswordPrompter> m_prompter;
    KeychainState m_keychainState = KeychainState::Unknown;
};

} // namespace dbpulse
