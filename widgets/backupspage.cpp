#include "widgets/backupspage.h"

#include "core/backup/backupjob.h"
#include "core/backup/backupscheduler.h"
#include "core/backup/backupverifier.h"
#include "core/backup/restoretest.h"
#include "core/db/profilestore.h"
#include "core/credentials/credentialbroker.h"
#include "core/db/target.h"
#include "core/db/targetprofile.h"
#include "models/backuplistmodel.h"
#include "models/connectionlistmodel.h"
#include "models/serverregistry.h"
#include "widgets/backupschedulesdialog.h"
#include "widgets/connectiondialog.h"
#include "widgets/connectionpicker.h"
#include "widgets/pagekeys.h"
#include "widgets/restorewizard.h"
#include "widgets/tabletools.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace dbpulse {

namespace {

const QString kDestinationKey = QStringLiteral("backups/destination");

} // namespace

BackupsPage::BackupsPage(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_model(new BackupListModel(this))
    , m_scheduler(new BackupScheduler(servers->profileStore(), this))
    , m_job(this)
    , m_listing(this)
{
    m_connection = new ConnectionPicker(servers, this);
    m_connection->setToolTip(tr("A connection from the sidebar, a saved connection, a postgresql:// URI, or sqlite:PATH"));
    m_connection->lineEdit()->setPlaceholderText(tr("@saved-connection, postgresql://user@host/db or sqlite:/path/file.db"));
    m_destination = new QLineEdit(QSettings().value(kDestinationKey, QDir::homePath() + QStringLiteral("/dbpulse-backups")).toString(), this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_format = new QComboBox(this);
    m_format->addItem(tr("Custom (one file)"), QStringLiteral("custom"));
    m_format->addItem(tr("Directory (parallel)"), QStringLiteral("directory"));
    m_jobs = new QSpinBox(this);
    m_jobs->setRange(1, 16);
    m_compress = new QSpinBox(this);
    m_compress->setRange(-1, 9);
    //: Compression level: pg_dump's default
    m_compress->setSpecialValueText(tr("default"));
    m_compress->setValue(-1);
    m_backupButton = new QPushButton(tr("Back up now"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *destRow = new QHBoxLayout;
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Connection:"), m_connection);
    form->addRow(tr("Destination:"), destRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Parallel jobs:"), m_jobs);
    form->addRow(tr("Compression:"), m_compress);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_backupButton);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);
    form->addRow(runRow);
    form->addRow(m_status);
    auto *newBox = new QGroupBox(tr("New backup"), this);
    newBox->setLayout(form);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_tools = new TableTools(m_table, m_model);
    m_tools->proxy()->setSortRole(BackupListModel::SortRole);
    m_tools->setKeyRole(BackupListModel::PathRole);
    m_tools->setKeyColumn(BackupListModel::State);
    m_tools->setElideMode(BackupListModel::Database, Qt::ElideMiddle);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *schedulesButton = new QPushButton(tr("Schedules…"), this);
    m_verifyButton = new QPushButton(tr("Verify"), this);
    m_verifyButton->setToolTip(tr("Check the manifest, every file's SHA-256 and that the archive can be read"));
    m_testRestoreButton = new QPushButton(tr("Test restore"), this);
    m_testRestoreButton->setToolTip(tr("Restore into a scratch database on the chosen connection's server (dropped "
                                       "afterwards) and compare every table's row count with the manifest"));
    m_restoreButton = new QPushButton(tr("Restore…"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(refreshButton);
    listButtons->addWidget(schedulesButton);
    listButtons->addStretch();
    listButtons->addWidget(m_verifyButton);
    listButtons->addWidget(m_testRestoreButton);
    listButtons->addWidget(m_restoreButton);
    auto *listLayout = new QVBoxLayout;
    listLayout->addWidget(m_tools->filterEdit(tr("Filter backups…")));
    listLayout->addWidget(m_table);
    listLayout->addLayout(listButtons);
    auto *listBox = new QGroupBox(tr("Backups in the destination"), this);
    listBox->setLayout(listLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(newBox);
    layout->addWidget(listBox, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup destination"), m_destination->text());
        if (!dir.isEmpty())
            m_destination->setText(dir);
    });
    connect(m_destination, &QLineEdit::editingFinished, this, [this] {
    rememberDestination();
        refresh();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &BackupsPage::updateButtons);
    connect(m_connection, &ConnectionPicker::targetChanged, this, &BackupsPage::updateButtons);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupsPage::startBackup);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (Job *job = m_job.current())
            job->cancel(); // still tracked: its end says what was left behind
    });
    connect(refreshButton, &QPushButton::clicked, this, &BackupsPage::refresh);
    PageKeys::mark(refreshButton, PageKeys::Role::Refresh);
    PageKeys::mark(m_cancelButton, PageKeys::Role::Cancel);
    connect(schedulesButton, &QPushButton::clicked, this, &BackupsPage::editSchedules);
    connect(m_scheduler, &BackupScheduler::runFinished, this, &BackupsPage::refresh);
    connect(m_verifyButton, &QPushButton::clicked, this, &BackupsPage::verifySelected);
    connect(m_testRestoreButton, &QPushButton::clicked, this, &BackupsPage::testRestoreSelected);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsPage::restoreSelected);
    connect(m_table, &QTableView::activated, this, &BackupsPage::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupsPage::updateButtons);
    m_status->setText(tr("Backups are written with the server's own pg_dump (SQLite: its online backup) and a "
                         "SHA-256 manifest; a restore goes into a new database unless you name one to replace."));
    updateButtons();
    refresh();
}

BackupsPage::~BackupsPage() = default;

QString BackupsPage::destination() const
{
    return m_destination->text();
}

void BackupsPage::setPasswordProvider(JobPasswords::Provider provider)
{
    m_scheduler->setPasswordProvider(provider);
    m_passwords.setProvider(std::move(provider));
}

void BackupsPage::offerDestination(const QString &dir)
{
    if (QSettings().contains(kDestinationKey))
        return; // the user's own choice stays
    m_offeredDestination = dir;
    m_destination->setText(dir);
    refresh();
}

void BackupsPage::rememberDestination()
{
    if (destination() != m_offeredDestination)
        QSettings().setValue(kDestinationKey, destination());
}

QString BackupsPage::currentKey() const
{
    return m_connection->currentKey();
}

void BackupsPage::setCurrentKey(const QString &key)
{
    m_connection->setCurrentKey(key);
}

void BackupsPage::refresh()
{
    // Reading manifests touches the disk: off the GUI thread; a newer refresh wins.
    m_listing.run<QList<BackupEntry>>(
        [dir = destination()](const JobContext &) { return listBackups(dir); },
        [this](const QList<BackupEntry> &backups) {
            // TableTools keeps the selected backup (by path) selected; none yet: the newest.
            m_model->setBackups(backups);
            if (!m_table->currentIndex().isValid() && m_tools->proxy()->rowCount() > 0)
                m_table->selectRow(0);
        });
}

void BackupsPage::updateButtons()
{
    const bool busy = m_job.isRunning();
    const TargetParseResult t = m_connection->target();
    const bool sqlite = t.ok() && t.target->kind == DatabaseKind::SQLite;
    const bool directory = !sqlite && m_format->currentData().toString() == QLatin1String("directory");
    // SQLite backups are one online-backup copy: pg_dump's options do not apply.
    m_format->setEnabled(!sqlite);
    m_compress->setEnabled(!sqlite);
    m_jobs->setEnabled(directory);
    if (!directory)
        m_jobs->setValue(1);
    m_backupButton->setEnabled(!busy && t.ok());
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    const QModelIndex current = m_table->currentIndex();
    const bool complete = current.isValid() && current.data(BackupListModel::CompleteRole).toBool();
    m_verifyButton->setEnabled(!busy && complete);
    // A PostgreSQL backup is test-restored on the chosen connection's server; an SQLite one needs none.
    const bool sqliteBackup = complete && m_model->backupAt(m_tools->currentSourceIndex().row()).manifest.kind == QLatin1String("sqlite");
    m_testRestoreButton->setEnabled(!busy && complete && (sqliteBackup || (t.ok() && !sqlite)));
    m_restoreButton->setEnabled(!busy && complete);
}

void BackupsPage::track(Job *job, std::function<void(Job *, bool, const QString &)> done)
{
    connect(job, &Job::progressChanged, this, [this](int percent, const QString &text) {
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        m_progress->setValue(std::max(0, percent));
        m_status->setText(text);
    });
    // The slot owns the job: closing the page cancels it without waiting for it.
    m_job.start(job, [this, done = std::move(done)](Job *finished) {
        if (finished->state() == Job::State::Cancelled)
            m_status->setText(tr("Cancelled; nothing was left behind."));
        else
            done(finished, finished->state() == Job::State::Succeeded, finished->errorText());
        updateButtons();
        refresh();
    });
    updateButtons();
}

void BackupsPage::startBackup()
{
    const TargetParseResult t = m_connection->target();
    if (!t.ok()) {
        m_status->setText(t.error);
        return;
    }
    BackupOptions options;
    BackupOptions::parseFormat(m_format->currentData().toString(), &options.format);
    options.jobs = m_jobs->value();
    options.compressLevel = m_compress->value();
    rememberDestination();
    auto *job = new BackupJob(*t.target, destination(), options, this);
    job->setPassword(m_passwords.passwordFor(*t.target));
    track(job, [this, target = *t.target](Job *j, bool ok, const QString &error) {
        if (ok) {
            m_status->setText(tr("Backup written to %1").arg(static_cast<BackupJob *>(j)->backupPath()));
        } else if (j->connectFailed() && JobPasswords::isPasswordError(error)) {
            m_status->setText(tr("The server asked for a password."));
            m_passwords.ask(target, error, this, [this] { startBackup(); });
        } else {
            m_status->setText(tr("Backup failed: %1").arg(error));
        }
    });
}

void BackupsPage::verifySelected()
{
    const BackupEntry backup = m_model->backupAt(m_tools->currentSourceIndex().row());
    if (backup.path.isEmpty() || m_job.isRunning())
        return;
    track(new VerifyJob(backup.path, this), [this](Job *, bool ok, const QString &error) {
        m_status->setText(ok ? tr("Backup is sound: checksums match and the archive can be read.")
                             : tr("Verification failed: %1").arg(error));
    });
}

void BackupsPage::testRestoreSelected()
{
    const BackupEntry backup = m_model->backupAt(m_tools->currentSourceIndex().row());
    if (!backup.complete || m_job.isRunning())
        return;
    Target server;
    if (backup.manifest.kind == QLatin1String("sqlite")) {
        // The scratch copy goes to a private folder under the system's temporary directory.
        server.kind = DatabaseKind::SQLite;
        server.sqlitePath = QDir::tempPath();
        server.label = server.sqlitePath;
    } else {
        const TargetParseResult t = m_connection->target();
        if (!t.ok() || t.target->kind != DatabaseKind::PostgreSQL) {
            m_status->setText(tr("Choose a PostgreSQL connection: the test restore uses a scratch database on its server."));
            return;
        }
        server = *t.target;
    }
    auto *job = new RestoreTestJob(backup.path, server, this);
    job->setPassword(m_passwords.passwordFor(server));
    track(job, [this, server](Job *j, bool ok, const QString &error) {
        const RestoreTestResult r = static_cast<RestoreTestJob *>(j)->result();
        if (ok) {
            m_status->setText(tr("Verified by restore: %1.").arg(r.detail));
        } else if (j->connectFailed() && JobPasswords::isPasswordError(error)) {
            m_status->setText(tr("The server asked for a password."));
            m_passwords.ask(server, error, this, [this] { testRestoreSelected(); });
        } else {
            m_status->setText(tr("Test restore failed: %1").arg(error));
        }
    });
}

void BackupsPage::restoreSelected()
{
    const BackupEntry backup = m_model->backupAt(m_tools->currentSourceIndex().row());
    if (!backup.complete || m_job.isRunning())
        return;
    auto *wizard = new RestoreWizard(backup, m_servers->profileStore(), m_connection->targetText(), &m_passwords, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RestoreWizard::openDatabaseRequested, this, &BackupsPage::openDatabaseRequested);
    wizard->open();
}

void BackupsPage::editSchedules()
{
    // Schedules run saved connections: an ad-hoc one is offered to be saved first.
    const QString key = m_connection->currentKey();
    const ConnectionListModel *connections = m_servers->model();
    QString preferred;
    if (!key.isEmpty() && connections->hasTarget(key)) {
        if (const std::optional<ConnectionProfile> profile = connections->profile(key))
            preferred = QStringLiteral("@") + profile->name;
        else if (!offerToSave(key, &preferred))
            return;
    }
    auto *dialog = new BackupSchedulesDialog(m_servers->profileStore(), m_scheduler, destination(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPreferredConnection(preferred);
    dialog->open();
}

bool BackupsPage::offerToSave(const QString &key, QString *connection)
{
    const QString name = m_connection->currentText();
    QMessageBox ask(QMessageBox::Question, tr("Save connection"),
                    tr("Schedules back up saved connections. “%1” is not saved: save it as a connection "
                       "first?").arg(name),
                    QMessageBox::Save | QMessageBox::No | QMessageBox::Cancel, this);
    ask.button(QMessageBox::No)->setText(tr("Not now"));
    ask.setDefaultButton(QMessageBox::Save);
    const int answer = ask.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer != QMessageBox::Save)
        return true;
    QStringList names;
    if (const ProfileStore *store = m_servers->profileStore()) {
        for (const ConnectionProfile &p : store->profiles())
            names << p.name;
    }
    const Target target = m_servers->model()->target(key);
    QString typedPassword;
    ConnectionProfile profile = profileFromTarget(target, &typedPassword);
    profile.name = names.contains(name) ? QString() : name;
    const QString livePassword = m_servers->context(key).password;
    ConnectionDialog dialog(names, m_servers->credentials()->keychainState() != CredentialBroker::KeychainState::Unavailable,
                            this);
    dialog.prefill(profile, livePassword.isEmpty() ? typedPassword : livePassword);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ConnectionProfile saved = dialog.profile();
    m_servers->saveProfile({}, saved, dialog.password(), dialog.saveInKeychain(), dialog.sslPassword());
    m_connection->setCurrentKey(ConnectionListModel::profileKey(saved.name));
    *connection = QStringLiteral("@") + saved.name;
    return true;
}

} // namespace dbpulse
