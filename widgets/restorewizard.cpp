#include "widgets/restorewizard.h"

#include "core/backup/restorejob.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dbpulse {

/// First page: where to restore.
class RestoreTargetPage : public QWizardPage
{
public:
    explicit RestoreTargetPage(RestoreWizard *wizard)
        : m_wizard(wizard)
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
        m_newDb = new QRadioButton(RestoreWizard::tr("Into a new database (recommended)"), this);
        m_newName = new QLineEdit(RestoreJob::proposeDatabaseName(wizard->m_backup.manifest.database, QDateTime::currentDateTime()), this);
        m_replace = new QRadioButton(RestoreWizard::tr("Replace the contents of an existing database"), this);
        m_existing = new QLineEdit(this);
        m_existing->setPlaceholderText(RestoreWizard::tr("Type the name of the database to replace (the one the server entry names)"));
        m_newDb->setChecked(true);
        auto *group = new QButtonGroup(this);
        group->addButton(m_newDb);
        group->addButton(m_replace);

        auto *form = new QFormLayout;
        form->addRow(RestoreWizard::tr("Server:"), m_server);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_newDb);
        layout->addWidget(m_newName);
        layout->addWidget(m_replace);
        layout->addWidget(m_existing);
        auto *warning = new QLabel(RestoreWizard::tr("Replacing drops the objects the backup contains and "
                                                     "recreates them from the backup. This cannot be undone."), this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
        layout->addStretch();

        auto update = [this] {
            m_newName->setEnabled(m_newDb->isChecked());
            m_existing->setEnabled(m_replace->isChecked());
            Q_EMIT completeChanged();
        };
        connect(m_newDb, &QRadioButton::toggled, this, update);
        connect(m_newName, &QLineEdit::textChanged, this, update);
        connect(m_existing, &QLineEdit::textChanged, this, update);
        connect(m_server, &QComboBox::currentTextChanged, this, update);
        update();
        registerField(QStringLiteral("server*"), m_server, "currentText");
    }

    bool isComplete() const override
    {
        if (!parseTarget(targetText(), m_wizard->m_profiles).ok())
            return false;
        if (m_newDb->isChecked())
            return !m_newName->text().trimmed().isEmpty();
        // The typed name must be the database the server entry points at: naming it is the confirmation.
        const auto t = parseTarget(targetText(), m_wizard->m_profiles);
        const QString db = conninfoLabel(t.target->conninfo).section(QLatin1Char('/'), -1);
        return !m_existing->text().isEmpty() && m_existing->text() == db;
    }

    QString targetText() const
    {
        const int i = m_server->findText(m_server->currentText());
        return i >= 0 && !m_server->itemData(i).toString().isEmpty() ? m_server->itemData(i).toString() : m_server->currentText();
    }

    RestoreOptions options() const
    {
        RestoreOptions o;
        o.intoNewDatabase = m_newDb->isChecked();
        o.newDatabase = m_newName->text().trimmed();
        o.clean = o.confirmed = m_replace->isChecked();
        return o;
    }

private:
    RestoreWizard *m_wizard;
    QComboBox *m_server;
    QRadioButton *m_newDb;
    QLineEdit *m_newName;
    QRadioButton *m_replace;
    QLineEdit *m_existing;
};

/// Second page: runs the restore.
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

    void initializePage() override
    {
        const TargetParseResult t = parseTarget(m_target->targetText(), m_wizard->m_profiles);
        m_job = new RestoreJob(m_wizard->m_backup.path, *t.target, m_target->options(), this);
        connect(m_job, &Job::progressChanged, this, [this](int percent, const QString &text) {
            m_progress->setRange(0, percent < 0 ? 0 : 100);
            m_progress->setValue(std::max(0, percent));
            m_status->setText(text);
        });
        connect(m_job, &Job::finished, this, [this](Job::State state, const QString &error) {
            m_progress->setRange(0, 100);
            if (state == Job::State::Succeeded) {
                m_progress->setValue(100);
                m_status->setText(RestoreWizard::tr("Restored into database \"%1\".").arg(m_job->database()));
                m_open->show();
            } else {
                m_status->setText(state == Job::State::Cancelled ? RestoreWizard::tr("Cancelled; nothing was left behind.")
                                                                  : RestoreWizard::tr("Restore failed: %1").arg(error));
            }
            Q_EMIT completeChanged();
        });
        m_job->start();
    }

    bool isComplete() const override { return m_job && m_job->isFinished(); }
    void cancelJob()
    {
        if (m_job && !m_job->isFinished())
            m_job->cancel();
    }
    bool running() const { return m_job && !m_job->isFinished(); }

private:
    RestoreWizard *m_wizard;
    RestoreTargetPage *m_target;
    QPointer<RestoreJob> m_job;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_open;
};

RestoreWizard::RestoreWizard(const BackupEntry &backup, const ProfileStore *profiles, const QString &defaultTarget,
                             QWidget *parent)
    : QWizard(parent)
    , m_backup(backup)
    , m_profiles(profiles)
    , m_defaultTarget(defaultTarget)
{
    setWindowTitle(tr("Restore backup"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Restore"));
    auto *target = new RestoreTargetPage(this);
    auto *run = new RestoreRunPage(this, target);
    addPage(target);
    addPage(run);
    m_runPage = run;
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
