#include "widgets/passwordprompt.h"

#include "widgets/themedstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dbpulse {

PasswordPrompt::PasswordPrompt(const QString &targetLabel, const QString &error,
                               bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_save(new QCheckBox(tr("Save password in keychain"), this))
{
    setWindowTitle(tr("Password for %1").arg(targetLabel));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The server did not accept the connection to <b>%1</b>:")
                                 .arg(targetLabel.toHtmlEscaped()), this);
    auto *why = new QLabel(error.trimmed(), this);
    why->setWordWrap(true);
    why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextRole(why, ThemeRole::CriticalText);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_save->setEnabled(keychainAvailable);
    if (!keychainAvailable) {
        m_save->setToolTip(tr("No keychain service available — the password is kept for this "
                              "session only"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    layout->addWidget(intro);
    layout->addWidget(why);
    layout->addWidget(m_password);
    layout->addWidget(m_save);
    layout->addWidget(buttons);
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

bool PasswordPrompt::saveInKeychain() const
{
    return m_save->isEnabled() && m_save->isChecked();
}

} // namespace dbpulse
