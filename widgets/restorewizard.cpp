#include "widgets/restorewizard.h"

#include "core/backup/restorejob.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"
#include "widgets/jobpasswords.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace dbpulse {

namespace {

// A new file beside the dashboard's SQLite file when one is chosen, else in the home folder.
QString proposeSqlitePath(const BackupEntry &backup, const QString &defaultTarget, const ProfileStore *profiles)
{
    const TargetParseResult t = parseTarget(defaultTarget, profiles);
    const QString folder = t.ok() && t.target->kind == DatabaseKind::SQLite ? QFileInfo(t.target->sqlitePath).absolutePath()
                                                                           : QDir::homePath();
    return QDir(folder).filePath(RestoreJob::proposeDatabaseName(backup.manifest.database, QDateTime::currentDateTime())
                                 + QStringLiteral(".sqlite"));
}

} // namespace

/// First page: where to restore.
class RestoreTargetPage : public QWizardPage
{
public:
    explicit RestoreTargetPage(RestoreWizard *wizard)
        : m_wizard(wizard)
        , m_sqlite(wizard->m_backup.manifest.kind == QLatin1String("sqlite"))
    {
        setTitle(RestoreWizard::tr("Restore %1").arg(wizard->m_backup.manifest.database));
        setSubTitle(RestoreWizard::tr("Backup of %1, taken %2. It is verified before anything is restored.")
                        .arg(wizard->m_backup.manifest.sourceLabel,
                             QLocale().toString(wizard->m_backup.manifest.started.toLocalTime(), QLocale::ShortFormat)));
        m_server = new QComboBox(this);
        m_server->setEditable(true);
        for (const ConnectionProfile &p : wizard->m_profiles->profiles()) {
            if (p.kind == DatabaseKind::PostgreSQL)
                m_server->addItem(p.name, QStringLiteral("@") + p.name);
        }
        m_server->setCurrentText(wizard->m_defaultTarget);
        m_newDb = new QRadioButton(m_sqlite ? RestoreWizard::tr("Into a new file (recommended)")
                                            : RestoreWizard::tr("Into a new database (recommended)"), this);
        m_newName = new QLineEdit(m_sqlite ? proposeSqlitePath(wizard->m_backup, wizard->m_defaultTarget, wizard->m_profiles)
                                           : RestoreJob::proposeDatabaseName(wizard->m_backup.manifest.database, QDateTime::currentDateTime()),
                                  this);
        m_replace = new QRadioButton(m_sqlite ? RestoreWizard::tr("Replace an existing file")
                                              : RestoreWizard::tr("Replace the contents of an existing database"), this);
        m_replacePath = new QLineEdit(this);
        m_replacePath->setPlaceholderText(RestoreWizard::tr("Path of the SQLite file to replace"));
        m_existing = new QLineEdit(this);
        m_existing->setPlaceholderText(m_sqlite ? RestoreWizard::tr("Type the file's name (e.g. app.db) to confirm")
                                                : RestoreWizard::tr("Type the name of the database to replace (the one the server entry names)"));
        // pg_restore --jobs works for both our archive formats (custom archives are seekable files).
        m_jobs = new QSpinBox(this);
        m_jobs->setRange(1, 16);
        m_jobs->setValue(std::clamp(QThread::idealThreadCount(), 1, 4));
        m_jobs->setToolTip(RestoreWizard::tr("How many tables pg_restore loads at once (pg_restore --jobs)."));
        m_newDb->setChecked(true);
        auto *group = new QButtonGroup(this);
        group->addButton(m_newDb);
        group->addButton(m_replace);

        auto *layout = new QVBoxLayout(this);
        if (!m_sqlite) {
            auto *form = new QFormLayout;
            form->addRow(RestoreWizard::tr("Server:"), m_server);
            form->addRow(RestoreWizard::tr("Parallel jobs:"), m_jobs);
            layout->addLayout(form);
        }
        m_server->setVisible(!m_sqlite);
        m_jobs->setVisible(!m_sqlite);
        m_replacePath->setVisible(m_sqlite);
        layout->addWidget(m_newDb);
        layout->addWidget(m_newName);
        layout->addWidget(m_replace);
        layout->addWidget(m_replacePath);
        layout->addWidget(m_existing);
        m_problem = new QLabel(this);
        m_problem->setWordWrap(true);
        layout->addWidget(m_problem);
        auto *warning = new QLabel(m_sqlite ? RestoreWizard::tr("Replacing overwrites the whole file with the backup's "
                                                                "content. This cannot be undone.")
                                            : RestoreWizard::tr("Replacing drops the objects the backup contains and "
                                                                "recreates them from the backup. This cannot be undone."),
                                   this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
        layout->addStretch();

        auto update = [this] {
            m_newName->setEnabled(m_newDb->isChecked());
            m_replacePath->setEnabled(m_replace->isChecked());
            m_existing->setEnabled(m_replace->isChecked());
            m_problem->setText(problem());
            Q_EMIT completeChanged();
        };
        connect(m_newDb, &QRadioButton::toggled, this, update);
        connect(m_newName, &QLineEdit::textChanged, this, update);
        connect(m_replacePath, &QLineEdit::textChanged, this, update);
        connect(m_existing, &QLineEdit::textChanged, this, update);
        connect(m_server, &QComboBox::currentTextChanged, this, update);
        update();
    }

    bool isComplete() const override
    {
        if (m_sqlite) {
            if (m_newDb->isChecked())
                return !m_newName->text().trimmed().isEmpty() && !QFileInfo::exists(m_newName->text().trimmed());
            // Typing the file's name is the confirmation.
            const QFileInfo file(m_replacePath->text().trimmed());
            return file.isFile() && !m_existing->text().isEmpty() && m_existing->text() == file.fileName();
        }
        const auto t = parseTarget(targetText(), m_wizard->m_profiles);
        if (!t.ok() || t.target->kind != DatabaseKind::PostgreSQL)
            return false;
        if (m_newDb->isChecked())
            return !m_newName->text().trimmed().isEmpty();
        // The typed name must be the database the server entry points at: naming it is the confirmation.
        return !m_existing->text().isEmpty() && m_existing->text() == existingDatabase();
    }

    bool sqlite() const { return m_sqlite; }

    /// The database the server entry names (what "replace" would overwrite).
    QString existingDatabase() const
    {
        const auto t = parseTarget(targetText(), m_wizard->m_profiles);
        return t.ok() ? conninfoLabel(t.target->conninfo).section(QLatin1Char('/'), -1) : QString();
    }

    /// What the page cannot accept yet, in words (empty when fine or merely unfilled).
    QString problem() const
    {
        if (m_sqlite && m_newDb->isChecked() && QFileInfo::exists(m_newName->text().trimmed()))
            return RestoreWizard::tr("That file exists; choose a new name, or replace it below.");
        if (m_sqlite && m_replace->isChecked() && !m_replacePath->text().isEmpty() && !QFileInfo(m_replacePath->text().trimmed()).isFile())
            return RestoreWizard::tr("No such file.");
        return {};
    }

    QString targetText() const
    {
        const int i = m_server->findText(m_server->currentText());
        return i >= 0 && !m_server->itemData(i).toString().isEmpty() ? m_server->itemData(i).toString() : m_server->currentText();
    }

    /// The restore target: the server, or for SQLite the file to write.
    std::optional<Target> target() const
    {
        if (!m_sqlite) {
            const TargetParseResult t = parseTarget(targetText(), m_wizard->m_profiles);
            return t.target;
        }
        Target t;
        t.kind = DatabaseKind::SQLite;
        t.sqlitePath = QFileInfo(m_newDb->isChecked() ? m_newName->text().trimmed() : m_replacePath->text().trimmed()).absoluteFilePath();
        t.label = QFileInfo(t.sqlitePath).fileName();
        return t;
    }

    RestoreOptions options() const
    {
        RestoreOptions o;
        o.intoNewDatabase = m_newDb->isChecked();
        if (!m_sqlite)
            o.newDatabase = m_newName->text().trimmed();
        o.clean = o.confirmed = m_replace->isChecked();
        if (!m_sqlite)
            o.jobs = m_jobs->value();
        return o;
    }

private:
    RestoreWizard *m_wizard;
    bool m_sqlite;
    QComboBox *m_server;
    QRadioButton *m_newDb;
    QLineEdit *m_newName;
    QRadioButton *m_replace;
    QLineEdit *m_replacePath;
    QLineEdit *m_existing;
    QSpinBox *m_jobs;
    QLabel *m_problem;
};

/// Second page: what is about to happen, named in full. Enter confirms a restore into a new
/// database or file; replacing an existing one takes a click on the button that names it.
class RestoreSummaryPage : public QWizardPage
{
public:
    RestoreSummaryPage(RestoreWizard *wizard, RestoreTargetPage *target)
        : m_wizard(wizard)
        , m_target(target)
    {
        setTitle(RestoreWizard::tr("Ready to restore"));
        m_text = new QLabel(this);
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::RichText);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addStretch();
    }

    void initializePage() override
    {
        const RestoreOptions o = m_target->options();
        const bool replacing = !o.intoNewDatabase;
        m_text->setText(summary(o));
        setButtonText(QWizard::NextButton, replacing ? RestoreWizard::tr("Replace “%1”").arg(replacedName())
                                                     : RestoreWizard::tr("&Restore"));
        enterConfirms(!replacing);
    }

    void cleanupPage() override { enterConfirms(true); }

    bool validatePage() override
    {
        enterConfirms(true);
        return true;
    }

private:
    // Replacing takes a deliberate click: no default button, and the Next button (which QWizard
    // then focuses) not auto-default, so Enter presses nothing.
    void enterConfirms(bool on)
    {
        m_wizard->setOption(QWizard::NoDefaultButton, !on);
        if (auto *next = qobject_cast<QPushButton *>(m_wizard->button(QWizard::NextButton)))
            next->setAutoDefault(on);
    }

    QString replacedName() const
    {
        return m_target->sqlite() ? QFileInfo(m_target->target()->sqlitePath).fileName() : m_target->existingDatabase();
    }

    QString summary(const RestoreOptions &o) const
    {
        const BackupManifest &m = m_wizard->m_backup.manifest;
        const std::optional<Target> t = m_target->target();
        auto row = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
        };
        QString html = QStringLiteral("<table cellspacing=\"6\">");
        html += row(RestoreWizard::tr("Backup:"),
                    RestoreWizard::tr("%1 from %2, taken %3")
                        .arg(m.database.toHtmlEscaped(), m.sourceLabel.toHtmlEscaped(),
                             QLocale().toString(m.started.toLocalTime(), QLocale::ShortFormat))
                        + QStringLiteral("<br>") + m_wizard->m_backup.path.toHtmlEscaped());
        if (m_target->sqlite()) {
            html += row(o.intoNewDatabase ? RestoreWizard::tr("New file:") : RestoreWizard::tr("Existing file:"),
                        t ? t->sqlitePath.toHtmlEscaped() : QString());
        } else {
            html += row(RestoreWizard::tr("Server:"), t ? t->label.toHtmlEscaped() : QString());
            html += row(o.intoNewDatabase ? RestoreWizard::tr("New database:") : RestoreWizard::tr("Existing database:"),
                        (o.intoNewDatabase ? o.newDatabase : replacedName()).toHtmlEscaped());
            html += row(RestoreWizard::tr("Parallel jobs:"), QString::number(o.jobs));
        }
        html += QStringLiteral("</table><p>");
        html += o.intoNewDatabase
            ? (m_target->sqlite() ? RestoreWizard::tr("A new file is written; nothing existing is changed.")
                                  : RestoreWizard::tr("The database is created; nothing existing is changed. A failed or "
                                                      "cancelled restore drops it again."))
            : QStringLiteral("<b>%1</b>").arg(m_target->sqlite()
                                                  ? RestoreWizard::tr("The existing file's content is replaced. This cannot be undone.")
                                                  : RestoreWizard::tr("The backup's objects in the existing database are dropped "
                                                                      "and recreated. This cannot be undone."));
        return html + QStringLiteral("</p>");
    }

    RestoreWizard *m_wizard;
    RestoreTargetPage *m_target;
    QLabel *m_text;
};

/// Last page: runs the restore.
class RestoreRunPage : public QWizardPage
{
public:
    RestoreRunPage(RestoreWizard *wizard, RestoreTargetPage *target)
        : m_wizard(wizard)
        , m_target(target)
    {
        setTitle(RestoreWizard::tr("Restoring"));
        setFinalPage(true);
        m_progress = new QProgressBar(this);
        m_status = new QLabel(this);
        m_status->setWordWrap(true);
        m_open = new QPushButton(RestoreWizard::tr("Open in dashboard"), this);
        m_open->hide();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_status);
        layout->addWidget(m_open, 0, Qt::AlignLeft);
        layout->addStretch();
        connect(m_open, &QPushButton::clicked, this, [this] {
            if (m_job)
                Q_EMIT m_wizard->openDatabaseRequested(m_job->restoredConninfo());
        });
    }

    void initializePage() override { startJob(); }

    bool isComplete() const override { return m_job && m_job->isFinished(); }
    void cancelJob()
    {
        if (m_job && !m_job->isFinished())
            m_job->cancel();
    }
    bool running() const { return m_job && !m_job->isFinished(); }

private:
    void startJob()
    {
        const std::optional<Target> target = m_target->target();
        if (!target)
            return;
        delete m_job;
        m_job = new RestoreJob(m_wizard->m_backup.path, *target, m_target->options(), this);
        if (m_wizard->m_passwords)
            m_job->setPassword(m_wizard->m_passwords->passwordFor(*target));
        connect(m_job, &Job::progressChanged, this, [this](int percent, const QString &text) {
            m_progress->setRange(0, percent < 0 ? 0 : 100);
            m_progress->setValue(std::max(0, percent));
            m_status->setText(text);
        });
        connect(m_job, &Job::finished, this, [this, target = *target](Job::State state, const QString &error) {
            m_progress->setRange(0, 100);
            if (state == Job::State::Succeeded) {
                m_progress->setValue(100);
                m_status->setText(target.kind == DatabaseKind::SQLite
                                      ? RestoreWizard::tr("Restored into the file %1.").arg(m_job->database())
                                      : RestoreWizard::tr("Restored into database \"%1\".").arg(m_job->database()));
                m_open->show();
            } else if (state == Job::State::Failed && m_wizard->m_passwords && m_job->connectFailed()
                       && JobPasswords::isPasswordError(error)) {
                m_status->setText(RestoreWizard::tr("The server asked for a password."));
                m_wizard->m_passwords->ask(target, error, m_wizard, [this] { startJob(); });
            } else {
                m_status->setText(state == Job::State::Cancelled ? RestoreWizard::tr("Cancelled; nothing was left behind.")
                                                                  : RestoreWizard::tr("Restore failed: %1").arg(error));
            }
            Q_EMIT completeChanged();
        });
        m_job->start();
        Q_EMIT completeChanged();
    }

    RestoreWizard *m_wizard;
    RestoreTargetPage *m_target;
    QPointer<RestoreJob> m_job;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_open;
};

RestoreWizard::RestoreWizard(const BackupEntry &backup, const ProfileStore *profiles, const QString &defaultTarget,
                             JobPasswords *passwords, QWidget *parent)
    : QWizard(parent)
    , m_backup(backup)
    , m_profiles(profiles)
    , m_defaultTarget(defaultTarget)
    , m_passwords(passwords)
{
    setWindowTitle(tr("Restore backup"));
    setOption(QWizard::NoBackButtonOnLastPage);
    auto *target = new RestoreTargetPage(this);
    auto *run = new RestoreRunPage(this, target);
    addPage(target);
    addPage(new RestoreSummaryPage(this, target));
    addPage(run);
    m_runPage = run;
    // With usable defaults the wizard opens on the summary, so Restore…, Enter restores into a
    // new database; Back still leads to the choices.
    restart();
    if (target->isComplete())
        next();
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::reject()
{
    if (m_runPage && m_runPage->running()) {
        m_runPage->cancelJob();
        return;
    }
    QWizard::reject();
}

} // namespace dbpulse
