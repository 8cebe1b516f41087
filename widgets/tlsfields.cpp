#include "widgets/tlsfields.h"

#include "widgets/themedstyle.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dbpulse {

namespace {

bool verifies(const QString &sslmode)
{
    return sslmode == QLatin1String("verify-ca") || sslmode == QLatin1String("verify-full");
}

} // namespace

TlsFields::TlsFields(QFormLayout *form, QWidget *dialog)
    : QObject(dialog)
    , m_form(form)
    , m_dialog(dialog)
{
    m_rootCert = addFileRow(tr("&Root certificate:"), tr("Root certificate"),
                            tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    m_rootCert->setPlaceholderText(tr("checks the server's certificate"));
    m_cert = addFileRow(tr("Client c&ertificate:"), tr("Client certificate"),
                        tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    m_cert->setPlaceholderText(tr("only for certificate login"));
    m_key = addFileRow(tr("Client ke&y:"), tr("Client key"), tr("Keys (*.key *.pem);;All files (*)"));
    m_key->setPlaceholderText(tr("the client certificate's private key"));

    m_passphrase = new QLineEdit(dialog);
    m_passphrase->setObjectName(QStringLiteral("sslPassword"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only if the key is encrypted; kept in the keychain"));
    m_form->addRow(tr("Key pass&phrase:"), m_passphrase);

    m_verifyHint = new QLabel(dialog);
    m_verifyHint->setObjectName(QStringLiteral("verifyHint"));
    m_verifyHint->setWordWrap(true);
    setTextRole(m_verifyHint, ThemeRole::WarningText);
    m_form->addRow(QString(), m_verifyHint);

    // The hint and the passphrase row depend on what is typed, not only on the mode.
    connect(m_rootCert, &QLineEdit::textChanged, this, &TlsFields::refresh);
    connect(m_key, &QLineEdit::textChanged, this, &TlsFields::refresh);
}

QLineEdit *TlsFields::addFileRow(const QString &label, const QString &title, const QString &filter)
{
    auto *row = new QWidget(m_dialog);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    auto *browse = new QPushButton(tr("Browse…"), row);
    layout->addWidget(edit);
    layout->addWidget(browse);
    // The line edit, not the row, is the label's buddy: a screen reader (and a test) finds the
    // field through its label.
    auto *caption = new QLabel(label, m_dialog);
    caption->setBuddy(edit);
    m_form->addRow(caption, row);
    m_fileRows << row;
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        const QString file = QFileDialog::getOpenFileName(m_dialog, title, edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    return edit;
}

void TlsFields::setProfile(const ConnectionProfile &profile)
{
    m_rootCert->setText(profile.sslrootcert);
    m_cert->setText(profile.sslcert);
    m_key->setText(profile.sslkey);
}

void TlsFields::applyTo(ConnectionProfile &profile) const
{
    profile.sslrootcert = m_rootCert->text().trimmed();
    profile.sslcert = m_cert->text().trimmed();
    profile.sslkey = m_key->text().trimmed();
}

QString TlsFields::sslPassword() const
{
    return m_passphrase->text();
}

void TlsFields::setEditing()
{
    m_passphrase->setPlaceholderText(tr("unchanged"));
}

void TlsFields::update(bool postgres, const QString &sslmode)
{
    m_postgres = postgres;
    m_sslmode = sslmode;
    refresh();
}

void TlsFields::refresh()
{
    // With sslmode=disable libpq never reads the files; SQLite has no network at all.
    const bool tls = m_postgres && m_sslmode != QLatin1String("disable");
    const bool needsRoot = tls && verifies(m_sslmode) && m_rootCert->text().trimmed().isEmpty();
    if (needsRoot) {
        m_verifyHint->setText(tr("%1 checks the server's certificate against a root certificate. "
                                 "None is named here, so libpq reads ~/.postgresql/root.crt and refuses "
                                 "to connect without it.").arg(m_sslmode));
    }
    const QList<bool> shown{tls, tls && !m_key->text().trimmed().isEmpty(), needsRoot};
    if (shown == m_shown)
        return; // typing in a path field changes nothing on screen: no relayout per keystroke
    const bool first = m_shown.isEmpty();
    m_shown = shown;
    for (QWidget *row : std::as_const(m_fileRows))
        m_form->setRowVisible(row, shown.at(0));
    m_form->setRowVisible(m_passphrase, shown.at(1));
    m_form->setRowVisible(m_verifyHint, shown.at(2));
    if (!first)
        Q_EMIT rowsChanged();
}

QString TlsFields::validationError() const
{
    // Hidden rows are not the user's concern: with sslmode=disable libpq never opens the files.
    if (!m_postgres || m_sslmode == QLatin1String("disable"))
        return {};
    const QList<QPair<QString, QLineEdit *>> files{{tr("Root certificate"), m_rootCert},
                                                   {tr("Client certificate"), m_cert},
                                                   {tr("Client key"), m_key}};
    for (const auto &[name, edit] : files) {
        const QString path = edit->text().trimmed();
        // "system" is libpq's (16 and later) name for the operating system's trusted roots.
        if (path.isEmpty() || (edit == m_rootCert && path == QLatin1String("system")))
            continue;
        if (!QFileInfo(path).isFile())
            return tr("%1 “%2” does not exist.").arg(name, path);
    }
    return {};
}

} // namespace dbpulse
