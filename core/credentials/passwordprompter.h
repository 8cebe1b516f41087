#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace dbpulse {

/// \brief What a prompt for a password shows: which server, why (the server's message), and
/// whether keeping the answer in the keychain can be offered.
struct PasswordRequest
{
    QString targetLabel;
    QString error;
    bool keychainAvailable = false;
};

/// \brief What the user answered.
struct PasswordAnswer
{
    QString password;
    bool saveInKeychain = false;
};

/// \brief Asks the user for a password. The GUI implements it with a dialog (widgets/); the
/// layers below only see this interface, so they never include widget code. GUI thread.
class PasswordPrompter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    using Answered = std::function<void(const std::optional<PasswordAnswer> &)>;

    /// Asks without blocking; \a done gets the answer, or nullopt when the user declined. It is
    /// called at most once, and not at all when the prompter is destroyed first.
    virtual void ask(const PasswordRequest &request, Answered done) = 0;
};

} // namespace dbpulse
