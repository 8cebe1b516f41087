#include "widgets/connectiondialog.h"

#include "core/monitor/serverprobe.h"
#include "core/db/target.h"
#include "core/db/secretmask.h"
#include "core/db/targetprofile.h"
#include "widgets/themedstyle.h"
#include "widgets/tlsfields.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace dbpulse {

ConnectionDialog::ConnectionDialog(const QStringList &existingNames, bool keychainAvailable,
                                   QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_uri(new QLineEdit(this))
    , m_uriNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_applicationName(new QLineEdit)
    , m_password(new QLineEdit)
    , m_sslmode(new QComboBox)
    , m_savePassword(new QCheckBox(tr("Save password in keychain")))
    , m_sqlitePath(new QLineEdit)
    , m_colorButton(new QPushButton(this))
    , m_tag(new QLineEdit(this))
    , m_throwaway(new QCheckBox(tr("Throwaway cluster: its data may be lost (tests, development)"), this))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_probe(this)
{
    setWindowTitle(tr("New connection"));
    setMinimumWidth(460);

    m_kind->addItem(tr("PostgreSQL"), int(DatabaseKind::PostgreSQL));
    m_kind->addItem(tr("SQLite"), int(DatabaseKind::SQLite));

    // One form for both kinds so the label column lines up; rows of the other kind are hidden.
    // Empty host/port mean "libpq's defaults" (PGHOST, socket, 5432).
    m_form = new QFormLayout;
    m_host->setPlaceholderText(tr("local socket"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_user->setPlaceholderText(qEnvironmentVariable("USER"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from keychain, ~/.pgpass or PGPASSWORD"));
    const QStringList modes{QString(), QStringLiteral("disable"), QStringLiteral("allow"),
                            QStringLiteral("prefer"), QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    for (const QString &mode : modes)
        m_sslmode->addItem(mode.isEmpty() ? tr("default (prefer)") : mode, mode);

    auto *fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("Browse…"));
    fileLayout->addWidget(m_sqlitePath);
    fileLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseSqlite);

    // A URI from a colleague, a runbook or a cloud console fills the fields below; nothing of it
    // is kept but what the fields show (the password goes to the password field).
    m_uri->setObjectName(QStringLiteral("connectionUri"));
    m_uri->setPlaceholderText(tr("paste postgresql://user@host:5432/db?sslmode=require to fill the fields"));
    m_uri->setClearButtonEnabled(true);
    m_uriNote->setWordWrap(true);
    m_uriNote->setVisible(false);
    m_pgRows << m_form->rowCount();
    m_form->addRow(tr("&URI:"), m_uri);
    m_pgRows << m_form->rowCount();
    m_form->addRow(QString(), m_uriNote);
    connect(m_uri, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            m_uriNote->setVisible(false);
        else
            fillFromUri(text);
    });
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_pgRows << m_form->rowCount();
    m_form->addRow(tr("&Host:"), m_host);
    m_pgRows << m_form->rowCount();
    m_form->addRow(tr("&Port:"), m_port);
    m_pgRows << m_form->rowCount();
    m_form->addRow(tr("&Database:"), m_database);
    m_pgRows << m_form->rowCount();
    m_form->addRow(tr("&User:"), m_user);
    m_pgRows << m_form->rowCount();
    m_form->addRow(tr("Pass&word:"), m_password);
    m_pgRows << m_form->rowCount();
    m_form->addRow(QString(), m_savePassword);
    if (!keychainAvailable) {
        m_savePassword->setEnabled(false);
        auto *why = new QLabel(tr("No keychain service available — the password is kept for "
                                  "this session only."), this);
        why->setWordWrap(true);
        setTextRole(why, ThemeRole::SecondaryText);
        m_pgRows << m_form->rowCount();
        m_form->addRow(QString(), why);
    } else {
        m_savePassword->setChecked(true);
    }
    m_applicationName->setObjectName(QStringLiteral("applicationName"));
    m_applicationName->setPlaceholderText(tr("e.g. jane@ops: shown as “dbpulse (jane@ops)”"));
    m_applicationName->setToolTip(tr("Added to DB Pulse's own application_name on every session, so "
                                     "pg_stat_activity says whose DB Pulse it is."));
    m_pgRows << m_form->rowCount();
    m_form->addRow(tr("&Application name:"), m_applicationName);
    m_pgRows << m_form->rowCount();
    m_form->addRow(tr("&SSL mode:"), m_sslmode);
    // Right under the mode they belong to; TlsFields decides when each row is shown.
    m_tls = new TlsFields(m_form, this);
    // Queued: the rows' new visibility reaches the layout through a posted LayoutRequest first.
    connect(m_tls, &TlsFields::rowsChanged, this, &ConnectionDialog::growToFit, Qt::QueuedConnection);
    m_sqliteRow = m_form->rowCount();
    m_form->addRow(tr("&File:"), fileRow);
    m_form->addRow(tr("&Colour:"), m_colorButton);
    m_tag->setPlaceholderText(tr("e.g. prod, staging"));
    m_form->addRow(tr("&Tag:"), m_tag);
    m_throwaway->setObjectName(QStringLiteral("throwaway"));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_throwaway->setToolTip(tr("The health checks then report fsync or full_page_writes off as info instead of critical."));
    m_form->addRow(QString(), m_throwaway);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_testResult);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setColor(QString());
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateKind);
    connect(m_sslmode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateKind);
    connect(m_colorButton, &QPushButton::clicked, this, &ConnectionDialog::pickColor);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateKind();
}

void ConnectionDialog::setProfile(const ConnectionProfile &p)
{
    setWindowTitle(tr("Edit connection"));
    m_originalName = p.name;
    fillFields(p);
    m_tls->setEditing();
    // Leaving the password empty keeps the stored one; say so rather than showing dots.
    m_password->setPlaceholderText(tr("unchanged"));
}

void ConnectionDialog::prefill(const ConnectionProfile &p, const QString &password)
{
    fillFields(p);
    m_password->setText(password);
}

void ConnectionDialog::fillFields(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_applicationName->setText(p.applicationName);
    const int ssl = m_sslmode->findData(p.sslmode);
    m_sslmode->setCurrentIndex(ssl >= 0 ? ssl : 0);
    m_tls->setProfile(p);
    m_sqlitePath->setText(p.sqlitePath);
    m_tag->setText(p.tag);
    m_throwaway->setChecked(p.throwaway);
    setColor(p.color);
    updateKind();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.kind = DatabaseKind(m_kind->currentData().toInt());
    if (p.kind == DatabaseKind::SQLite) {
        p.sqlitePath = m_sqlitePath->text().trimmed();
    } else {
        p.host = m_host->text().trimmed();
        p.port = m_port->value();
        p.database = m_database->text().trimmed();
        p.user = m_user->text().trimmed();
        p.applicationName = m_applicationName->text().trimmed();
        p.sslmode = m_sslmode->currentData().toString();
        m_tls->applyTo(p);
    }
    p.color = m_color;
    p.tag = m_tag->text().trimmed();
    p.throwaway = m_throwaway->isChecked();
    return p;
}

bool ConnectionDialog::fillFromUri(const QString &text)
{
    m_uriNote->setVisible(true);
    const QString uri = text.trimmed();
    const TargetParseResult parsed = parseTarget(uri);
    if (!parsed.ok() || parsed.target->kind != DatabaseKind::PostgreSQL) {
        setTextRole(m_uriNote, ThemeRole::CriticalText);
        m_uriNote->setText(parsed.ok() ? tr("Not a PostgreSQL URI: choose the kind SQLite for a file.")
                                       : tr("Not filled: %1").arg(parsed.error));
        QMetaObject::invokeMethod(this, &ConnectionDialog::growToFit, Qt::QueuedConnection);
        return false;
    }
    QString password;
    ConnectionProfile from = profileFromTarget(*parsed.target, &password);
    // What identifies this entry stays the user's: name, colour, tag and the throwaway mark.
    const ConnectionProfile current = profile();
    from.name = current.name;
    from.color = current.color;
    from.tag = current.tag;
    from.throwaway = current.throwaway;
    fillFields(from);
    m_password->setText(password);
    // The password now sits, hidden, in its own field: the URI field stops showing it.
    if (const QString masked = maskSecrets(uri); masked != uri)
        m_uri->setText(masked);
    m_uri->setCursorPosition(0); // the start says where it goes: scheme, user, host
    const QStringList dropped = keywordsNotInProfile(*parsed.target);
    setThemedStyleSheet(m_uriNote, {});
    m_uriNote->setText(dropped.isEmpty()
                           ? tr("Fields filled from the URI.")
                           : tr("Fields filled from the URI. Not kept by a saved connection: %1.")
                                 .arg(dropped.join(QStringLiteral(", "))));
    // Queued, as for the TLS rows: the note's new height reaches the layout first.
    QMetaObject::invokeMethod(this, &ConnectionDialog::growToFit, Qt::QueuedConnection);
    return true;
}

QString ConnectionDialog::password() const
{
    return m_kind->currentData().toInt() == int(DatabaseKind::SQLite) ? QString() : m_password->text();
}

QString ConnectionDialog::sslPassword() const
{
    return m_kind->currentData().toInt() == int(DatabaseKind::SQLite) ? QString() : m_tls->sslPassword();
}

bool ConnectionDialog::saveInKeychain() const
{
    return m_savePassword->isEnabled() && m_savePassword->isChecked();
}

void ConnectionDialog::updateKind()
{
    const bool sqlite = m_kind->currentData().toInt() == int(DatabaseKind::SQLite);
    for (int row : std::as_const(m_pgRows))
        m_form->setRowVisible(row, !sqlite);
    m_form->setRowVisible(m_sqliteRow, sqlite);
    m_tls->update(!sqlite, m_sslmode->currentData().toString());
}

void ConnectionDialog::pickColor()
{
    const QColor chosen = QColorDialog::getColor(
        m_color.isEmpty() ? theme::defaultConnectionColor() : QColor::fromString(m_color), this,
        tr("Connection colour"));
    if (chosen.isValid())
        setColor(chosen.name());
}

void ConnectionDialog::setColor(const QString &color)
{
    m_color = color;
    if (color.isEmpty()) {
        m_colorButton->setText(tr("None"));
        m_colorButton->setStyleSheet(QString());
    } else {
        m_colorButton->setText(color);
        m_colorButton->setStyleSheet(QStringLiteral("background-color: %1").arg(color));
    }
}

void ConnectionDialog::browseSqlite()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("SQLite database"), m_sqlitePath->text(),
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty())
        m_sqlitePath->setText(file);
}

QString ConnectionDialog::validationError() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the connection a name.");
    if (p.name != m_originalName && m_existingNames.contains(p.name))
        return tr("A connection named “%1” already exists.").arg(p.name);
    if (p.kind == DatabaseKind::SQLite && p.sqlitePath.isEmpty())
        return tr("Choose the SQLite database file.");
    return m_tls->validationError();
}

void ConnectionDialog::testConnection()
{
    ConnectionProfile p = profile();
    if (p.kind == DatabaseKind::SQLite && p.sqlitePath.isEmpty()) {
        m_testResult->setText(tr("Choose the SQLite database file first."));
        return;
    }
    Target target = targetFromProfile(p);
    // In memory only, for this probe, the way our own sessions take it (ConnSettings::
    // sessionConninfo): a profile's conninfo is keyword/value, so the keyword can be appended.
    if (const QString passphrase = sslPassword(); !passphrase.isEmpty())
        target.conninfo += QStringLiteral(" sslpassword=") + quoteConninfoValue(passphrase);
    const QString password = this->password();
    m_testButton->setEnabled(false);
    setThemedStyleSheet(m_testResult, {});
    m_testResult->setText(tr("Connecting to %1…").arg(target.label));

    // probeTarget blocks for up to its timeout; a Job takes that, the dialog stays live, and closing
    // it does not wait.
    m_probe.run<ProbeReport>(
        [target, password](const JobContext &ctx) { return probeTarget(target, password, 10000, ctx); },
        [this](const ProbeReport &report) {
            m_testButton->setEnabled(true);
            QString text;
            if (report.connected) {
                text = report.user.isEmpty()
                    ? tr("Connected in %1 ms: %2").arg(report.elapsedMs).arg(report.serverVersion)
                    : tr("Connected in %1 ms: %2\nas %3 to %4")
                          .arg(QString::number(report.elapsedMs), report.serverVersion, report.user, report.database);
                for (const QString &w : report.warnings)
                    text += QStringLiteral("\n• ") + w;
                setTextRole(m_testResult, ThemeRole::OkText);
            } else {
                text = tr("Could not connect: %1").arg(report.error.trimmed());
                setTextRole(m_testResult, ThemeRole::CriticalText);
            }
            m_testResult->setText(text);
            growToFit();
            Q_EMIT testFinished(report.connected, text);
        });
}

void ConnectionDialog::growToFit()
{
    // Long libpq messages and the TLS hint wrap onto several lines; make room instead of clipping
    // them. adjustSize() caps a window at a share of the screen, so the layout's own height for
    // the width wins.
    const int w = width();
    adjustSize();
    const int newWidth = std::max(w, width());
    resize(newWidth, std::max(height(), layout()->totalHeightForWidth(newWidth)));
}

void ConnectionDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        setTextRole(m_testResult, ThemeRole::CriticalText);
        m_testResult->setText(error);
        growToFit();
        return;
    }
    QDialog::accept();
}

} // namespace dbpulse
