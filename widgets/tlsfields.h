#pragma once

#include "core/db/connectionprofile.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace dbpulse {

/// \brief The connection dialog's TLS rows: root certificate, client certificate, client key
/// (each with "Browse…") and the key's passphrase, added to the dialog's form under the SSL mode
/// row. The paths belong to the profile; the passphrase is a secret the caller stores in the
/// credential store, never in the profile. GUI thread.
class TlsFields : public QObject
{
    Q_OBJECT
public:
    /// Appends the rows to \a form; \a dialog parents the widgets and the file dialogs.
    TlsFields(QFormLayout *form, QWidget *dialog);

    void setProfile(const ConnectionProfile &profile);
    /// Writes the three paths into \a profile.
    void applyTo(ConnectionProfile &profile) const;
    /// The client key's passphrase as typed; empty keeps the stored one.
    QString sslPassword() const;
    /// Editing a saved profile: an empty passphrase field means "unchanged".
    void setEditing();

    /// Shows the rows only where they mean something: PostgreSQL, an SSL mode other than
    /// "disable", the passphrase only with a client key; and the hint when a verifying mode has
    /// no root certificate.
    void update(bool postgres, const QString &sslmode);
    /// "Root certificate “…” does not exist." for the first named file that is missing; empty when
    /// every named file exists.
    QString validationError() const;

Q_SIGNALS:
    /// Rows appeared or disappeared: the dialog should fit its contents again (the hint wraps).
    void rowsChanged();

private:
    QLineEdit *addFileRow(const QString &label, const QString &title, const QString &filter);
    void refresh();

    QFormLayout *m_form;
    QWidget *m_dialog;
    QLineEdit *m_rootCert = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_verifyHint = nullptr;
    QList<QWidget *> m_fileRows;  // the rows' field widgets, for QFormLayout::setRowVisible
    QList<bool> m_shown;          // visibility of every row after the last refresh()
    bool m_postgres = true;
    QString m_sslmode;
};

} // namespace dbpulse
