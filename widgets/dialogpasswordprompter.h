#pragma once

#include "core/credentials/passwordprompter.h"

#include <QPointer>
#include <QWidget>

namespace dbpulse {

/// \brief Asks for a password with a window-modal PasswordPrompt over \a parent: the GUI's side
/// of CredentialBroker::prompt(). GUI thread.
class DialogPasswordPrompter : public PasswordPrompter
{
    Q_OBJECT
public:
    /// The dialogs are shown over \a parent, which also owns this prompter.
    explicit DialogPasswordPrompter(QWidget *parent);

    void ask(const PasswordRequest &request, Answered done) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace dbpulse
