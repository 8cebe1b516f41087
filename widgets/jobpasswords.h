#pragma once

#include <QHash>
#include <QString>

#include <functional>

class QWidget;

namespace dbpulse {

struct Target;

/// \brief Passwords for backup and restore jobs started from the GUI: one the user typed for this
/// target in this session, else the provider's (a live dashboard connection's), else none (libpq's
/// own sources apply). When a job fails because the server wants a password, ask() prompts and
/// keeps the answer in memory only. GUI thread.
class JobPasswords
{
public:
    using Provider = std::function<QString(const Target &)>;

    void setProvider(Provider provider) { m_provider = std::move(provider); }
    QString passwordFor(const Target &target) const;

    /// True when \a error is the server refusing for lack of a (correct) password.
    static bool isPasswordError(const QString &error);
    /// Opens a password prompt (non-blocking); when the user enters one it is remembered and
    /// \a retry runs. The prompt is a child of \a parent and dies with it.
    void ask(const Target &target, const QString &error, QWidget *parent, std::function<void()> retry);

private:
    Provider m_provider;
    QHash<QString, QString> m_typed; ///< credential key → password, this session only
};

} // namespace dbpulse
