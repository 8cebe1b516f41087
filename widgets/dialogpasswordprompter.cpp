#include "widgets/dialogpasswordprompter.h"

#include "widgets/passwordprompt.h"

namespace dbpulse {

DialogPasswordPrompter::DialogPasswordPrompter(QWidget *parent)
    : PasswordPrompter(parent)
    , m_parent(parent)
{
}

void DialogPasswordPrompter::ask(const PasswordRequest &request, Answered done)
{
    if (!m_parent)
        return;
    auto *prompt = new PasswordPrompt(request.targetLabel, request.error, request.keychainAvailable, m_parent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    // This as the context: a prompter destroyed first (the window closing) never answers.
    connect(prompt, &QDialog::finished, this, [prompt, done](int result) {
        if (result != QDialog::Accepted) {
            done(std::nullopt);
            return;
        }
        done(PasswordAnswer{prompt->password(), prompt->saveInKeychain()});
    });
    prompt->open();
}

} // namespace dbpulse
