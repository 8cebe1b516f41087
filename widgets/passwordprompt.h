#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace dbpulse {

/// \brief Asks for a password after the server refused the one we had. Says why (the server's
/// message) and offers to keep it in the keychain when one is available. GUI thread.
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    PasswordPrompt(const QString &targetLabel, const QString &error, bool keychainAvailable,
                   QWidget *parent = nullptr);

    QString password() const;
    bool saveInKeychain() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_save;
};

} // namespace dbpulse
