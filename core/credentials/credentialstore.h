#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace dbpulse {

/// \brief Outcome of a credential operation.
struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound,     ///< no password stored for that key
        Unavailable,  ///< no keychain service here (no D-Bus session, no Secret Service)
        Error         ///< the service answered with an error (denied, locked, …)
    };
    Status status = Status::Error;
    QString password; ///< for reads with Status::Ok
    QString error;    ///< the backend's message otherwise
};

/// \brief Where passwords live. Asynchronous: callbacks run on the calling thread's event loop.
/// Implementations never write a password anywhere in plain text.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;
    using QObject::QObject;

    virtual void readPassword(const QString &key, Callback done) = 0;
    virtual void writePassword(const QString &key, const QString &password, Callback done) = 0;
    virtual void removePassword(const QString &key, Callback done) = 0;
    /// Human-readable name: "system keychain", "this session only".
    virtual QString description() const = 0;
};

} // namespace dbpulse
