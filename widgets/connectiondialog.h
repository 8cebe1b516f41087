#pragma once

#include "core/db/connectionprofile.h"
#include "core/jobs/jobslot.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QFormLayout;

namespace dbpulse {

class TlsFields;

/// \brief "New connection" / "Edit connection": edits a ConnectionProfile plus an optional
/// password, and tests the connection off the GUI thread. GUI thread.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a existingNames are taken (a new profile cannot reuse one). \a keychainAvailable false
    /// disables "Save password in keychain" with the reason.
    ConnectionDialog(const QStringList &existingNames, bool keychainAvailable,
                     QWidget *parent = nullptr);

    /// Switches to "Edit connection" for \a profile.
    void setProfile(const ConnectionProfile &profile);
    /// Stays "New connection", with the fields and the password filled in (saving a connection
    /// that was made ad hoc).
    void prefill(const ConnectionProfile &profile, const QString &password);
    ConnectionProfile profile() const;
    QString password() const;
    /// The client key's passphrase (libpq sslpassword) as typed; empty keeps the stored one. The
    /// caller stores it with the password, never in the profile.
    QString sslPassword() const;
    bool saveInKeychain() const;

    /// Runs probeTarget() as a Job and shows the result when it arrives.
    void testConnection();
    /// Fills the connection fields from a postgresql:// URI or keyword/value string (what the
    /// "URI" field does as the user pastes): host, port, database, user, TLS files,
    /// application_name, and the password into the password field. The name, colour and tag stay.
    /// False, with the reason shown under the field, when libpq cannot read \a text.
    bool fillFromUri(const QString &text);

    void accept() override;

Q_SIGNALS:
    /// The "Test connection" result arrived (for tests): \a ok and the text shown.
    void testFinished(bool ok, const QString &text);

private:
    void updateKind();
    void fillFields(const ConnectionProfile &profile);
    void pickColor();
    void browseSqlite();
    void setColor(const QString &color);
    QString validationError() const;
    void growToFit();

    QStringList m_existingNames;
    QString m_originalName;
    QString m_color;

    QLineEdit *m_uri;
    QLabel *m_uriNote;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QFormLayout *m_form = nullptr;
    QList<int> m_pgRows;      // form rows that only apply to PostgreSQL
    int m_sqliteRow = -1;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_applicationName;
    QLineEdit *m_password;
    QComboBox *m_sslmode;
    TlsFields *m_tls = nullptr;
    QCheckBox *m_savePassword;
    QLineEdit *m_sqlitePath;
    QPushButton *m_colorButton;
    QLineEdit *m_tag;
    QCheckBox *m_throwaway;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;
    JobSlot m_probe; ///< the running connection test
};

} // namespace dbpulse
