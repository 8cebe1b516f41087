#include "widgets/jobpasswords.h"

#include "core/db/connectionstate.h"
#include "core/db/target.h"
#include "widgets/passwordprompt.h"

#include <QPointer>

namespace dbpulse {

QString JobPasswords::passwordFor(const Target &target) const
{
    const auto typed = m_typed.constFind(target.credentialKey());
    if (typed != m_typed.cend())
        return typed.value();
    return m_provider ? m_provider(target) : QString();
}

bool JobPasswords::isPasswordError(const QString &error)
{
    ConnectionStatus status;
    status.state = ConnectionState::Failed;
    status.error = error;
    return status.needsPassword();
}

void JobPasswords::ask(const Target &target, const QString &error, QWidget *parent, std::function<void()> retry)
{
    // Memory only: these jobs run once; the dashboard's own prompt is where a password is saved.
    auto *prompt = new PasswordPrompt(target.label, error, false, parent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(prompt, &QDialog::accepted, prompt, [this, prompt, key = target.credentialKey(), retry = std::move(retry)] {
        m_typed.insert(key, prompt->password());
        retry();
    });
    prompt->open();
}

} // namespace dbpulse
