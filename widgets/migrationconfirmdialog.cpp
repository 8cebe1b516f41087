#include "widgets/migrationconfirmdialog.h"

#include "core/migrations/migrationrunner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dbpulse {

MigrationConfirmDialog::MigrationConfirmDialog(bool up, const QString &databaseName, const QString &server,
                                               const QList<MigrationStep> &steps, QWidget *parent)
    : QDialog(parent), m_databaseName(databaseName)
{
    setObjectName(QStringLiteral("migrationConfirmDialog"));
    setWindowTitle(up ? tr("Apply migrations") : tr("Undo migrations"));
    QStringList lines;
    for (const MigrationStep &s : steps)
        lines << QStringLiteral("%1 %2 (%3)").arg(s.version, s.description, s.script).toHtmlEscaped();
    m_message = (up ? tr("Apply %n migration(s) to the database <b>%1</b> on <b>%2</b>?", nullptr, int(steps.size()))
                    : tr("Undo %n migration(s) on the database <b>%1</b> on <b>%2</b>? Their down SQL will run "
                         "and may drop tables and data.", nullptr, int(steps.size())))
                    .arg(databaseName.toHtmlEscaped(), server.toHtmlEscaped())
        + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    auto *text = new QLabel(m_message, this);
    text->setObjectName(QStringLiteral("migrationConfirmText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(up ? tr("Apply") : tr("Undo"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    if (!up) {
        // Undoing is confirmed by naming the target, not by pressing Enter.
        layout->addWidget(new QLabel(tr("Type the database name (%1) to confirm:").arg(databaseName), this));
        m_typedName = new QLineEdit(this);
        m_typedName->setObjectName(QStringLiteral("confirmDatabaseName"));
        layout->addWidget(m_typedName);
        connect(m_typedName, &QLineEdit::textChanged, this, &MigrationConfirmDialog::updateOk);
    }
    layout->addWidget(m_buttons);
    updateOk();
}

void MigrationConfirmDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_typedName || m_typedName->text().trimmed() == m_databaseName);
}

} // namespace dbpulse

namespace dbpulse {

void MigrationConfirmDialog::accept()
{
    if (m_typedName && m_typedName->text().trimmed() != m_databaseName)
        return;
    QDialog::accept();
}

} // namespace dbpulse
