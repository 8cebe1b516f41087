#include "widgets/migrationspage.h"

#include "core/db/profilestore.h"
#include "models/serverregistry.h"
#include "widgets/connectionpicker.h"
#include "core/migrations/migrationjob.h"
#include "core/migrations/migrationsource.h"
#include "models/migrationlistmodel.h"
#include "widgets/migrationconfirmdialog.h"
#include "widgets/migrationsqlhighlighter.h"
#include "widgets/pagekeys.h"
#include "widgets/tabletools.h"
#include "widgets/themedstyle.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace dbpulse {

namespace {

const QString kFolderKey = QStringLiteral("migrations/folder");
const QString kConnectionKey = QStringLiteral("migrations/connection");
const QString kStyleKey = QStringLiteral("migrations/style");

} // namespace

MigrationsPage::MigrationsPage(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent), m_servers(servers), m_model(new MigrationListModel(this)), m_sqlJob(this)
{
    setObjectName(QStringLiteral("migrationsPage"));
    QSettings settings;
    m_connection = new ConnectionPicker(servers, this);
    m_connection->setToolTip(tr("A connection from the sidebar, a saved connection, a postgresql:// URI or an SQLite file"));
    // The last run's choice until the window says which connection is current.
    m_connection->restoreText(settings.value(kConnectionKey).toString());
    m_folder = new QLineEdit(settings.value(kFolderKey).toString(), this);
    m_folder->setPlaceholderText(tr("Folder with dbmate, Flyway or native migration files"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_style = new QComboBox(this);
    for (MigrationStyle s : {MigrationStyle::Auto, MigrationStyle::Dbmate, MigrationStyle::Flyway, MigrationStyle::Native})
        m_style->addItem(migrationStyleName(s), int(s));
    m_style->setCurrentIndex(std::max(0, m_style->findText(settings.value(kStyleKey).toString())));
    m_refreshButton = new QPushButton(tr("Refresh"), this);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(new QLabel(tr("Layout:"), this));
    folderRow->addWidget(m_style);
    folderRow->addWidget(m_refreshButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Database:"), m_connection);
    form->addRow(tr("Folder:"), folderRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("migrationTable"));
    m_tools = new TableTools(m_table, m_model);
    m_tools->setKeyRole(MigrationListModel::ScriptRole);
    m_tools->setKeyColumn(MigrationListModel::DescriptionColumn);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_sql = new QPlainTextEdit(this);
    m_sql->setObjectName(QStringLiteral("migrationSql"));
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setPlaceholderText(tr("Select a migration to read its SQL"));
    auto *highlighter = new MigrationSqlHighlighter(m_sql->document());
    whenPaletteChanges(m_sql, [highlighter] { highlighter->rehighlight(); });
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tools->filterEdit(tr("Filter migrations…")));
    tableLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tablePane);
    split->addWidget(m_sql);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_dryRunButton = new QPushButton(tr("Dry run"), this);
    m_dryRunButton->setToolTip(tr("Run pending migrations in a transaction that is rolled back; show locks and rewrites"));
    //: Button: apply every pending migration (dbmate/Flyway "up")
    m_upButton = new QPushButton(tr("Up"), this);
    //: Button: undo the last applied migration (its "down" SQL)
    m_downButton = new QPushButton(tr("Down one"), this);
    m_validateButton = new QPushButton(tr("Validate"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("migrationSummary"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_dryRunButton, m_upButton, m_downButton, m_validateButton, m_cancelButton})
        buttons->addWidget(b);
    buttons->addWidget(m_progress, 1);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("migrationLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *vsplit = new QSplitter(Qt::Vertical, this);
    vsplit->addWidget(split);
    vsplit->addWidget(m_log);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(vsplit, 1);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Migrations folder"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            refresh();
        }
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &MigrationsPage::refresh);
    PageKeys::mark(m_refreshButton, PageKeys::Role::Refresh);
    PageKeys::mark(m_cancelButton, PageKeys::Role::Cancel);
    connect(m_folder, &QLineEdit::returnPressed, this, &MigrationsPage::refresh);
    connect(m_folder, &QLineEdit::textChanged, this, &MigrationsPage::updateButtons);
    connect(m_connection, &ConnectionPicker::targetChanged, this, &MigrationsPage::targetChanged);
    connect(m_dryRunButton, &QPushButton::clicked, this, [this] { run(Action::DryRun); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { run(Action::Up); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { run(Action::Down); });
    connect(m_validateButton, &QPushButton::clicked, this, [this] { run(Action::Validate); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MigrationsPage::showSelectedSql);
    updateButtons();
    if (!m_folder->text().isEmpty() && !targetText().isEmpty())
        QMetaObject::invokeMethod(this, &MigrationsPage::refresh, Qt::QueuedConnection);
    else
        m_summary->setText(tr("Choose a database and a folder of migrations (dbmate, Flyway or native layout)."));
}

MigrationsPage::~MigrationsPage()
{
    if (m_job)
        m_job->cancel();
}

QString MigrationsPage::currentKey() const
{
    return m_connection->currentKey();
}

void MigrationsPage::setCurrentKey(const QString &key)
{
    m_connection->setCurrentKey(key);
}

void MigrationsPage::offerFolder(const QString &dir)
{
    if (!m_folder->text().isEmpty())
        return;
    m_offeredFolder = dir;
    m_folder->setText(dir);
    targetChanged(); // lists it for the current connection
}

void MigrationsPage::targetChanged()
{
    // Never show one database's migration states under another's name.
    m_model->setRows({});
    updateButtons();
    if (m_folder->text().isEmpty() || !m_connection->target().ok())
        return;
    if (m_job)
        m_refreshWanted = true;
    else
        QMetaObject::invokeMethod(this, &MigrationsPage::refresh, Qt::QueuedConnection);
}

QString MigrationsPage::targetText() const
{
    // What a confirmation is tied to: the registry row, or the text as typed.
    const QString key = m_connection->currentKey();
    return key.isEmpty() ? m_connection->currentText().trimmed() : QStringLiteral("key:") + key;
}

bool MigrationsPage::buildRequest(MigrationRequest *request, QString *error) const
{
    const TargetParseResult t = m_connection->target();
    if (!t.ok()) {
        *error = t.error;
        return false;
    }
    request->target = *t.target;
    request->password = m_servers->livePassword(*t.target);
    request->dir = m_folder->text();
    request->style = MigrationStyle(m_style->currentData().toInt());
    return true;
}

void MigrationsPage::refresh()
{
    run(Action::Status);
}

void MigrationsPage::run(Action action)
{
    // A confirmation is used once (even when this run stops early), and only for the database it named.
    const std::optional<QStringList> confirmed = std::exchange(m_confirmedVersions, std::nullopt);
    const QString confirmedTarget = std::exchange(m_confirmedTarget, QString());
    if (m_job)
        return;
    MigrationRequest request;
    QString error;
    if (!buildRequest(&request, &error)) {
        m_summary->setText(error);
        return;
    }
    QSettings settings;
    if (request.dir != m_offeredFolder)
        settings.setValue(kFolderKey, request.dir);
    // Settings are a plain file: the target is saved without its password.
    settings.setValue(kConnectionKey, m_connection->persistentText());
    settings.setValue(kStyleKey, m_style->currentText());
    switch (action) {
    case Action::Status: request.command = MigrationRequest::Command::Status; break;
    case Action::DryRun: request.command = MigrationRequest::Command::Up; request.dryRun = true; break;
    case Action::Up: request.command = MigrationRequest::Command::Up; break;
    case Action::Down: request.command = MigrationRequest::Command::Down; break;
    case Action::Validate: request.command = MigrationRequest::Command::Validate; break;
    }
    // Changes are planned first (nothing runs, no lock), confirmed naming the database, the
    // server and the versions, and then only what was confirmed may run.
    const bool planOnly = (action == Action::Up || action == Action::Down) && (!confirmed || confirmedTarget != targetText());
    request.planOnly = planOnly;
    if (!planOnly && confirmed)
        request.confirmedVersions = *confirmed;
    if (action != Action::Status && !planOnly) {
        const QString what = action == Action::DryRun ? tr("Dry run") : action == Action::Up ? tr("Up")
                           : action == Action::Down ? tr("Down") : tr("Validate");
        //: A heading in the log: an action (Dry run, Up, Down, Validate) and the database it runs on
        m_log->appendPlainText(tr("— %1 on %2 —").arg(what, request.target.label));
    }
    m_job = new MigrationJob(request, this);
    connect(m_job, &MigrationJob::logged, this, &MigrationsPage::appendLog);
    connect(m_job, &Job::progressChanged, this, [this](int percent, const QString &text) {
        m_progress->setValue(std::max(0, percent));
        m_progress->setFormat(text);
    });
    connect(m_job, &Job::finished, this, [this, action, planOnly] { jobFinished(action, planOnly); });
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("running…"));
    m_job->start();
    updateButtons();
}

void MigrationsPage::confirmAndRun(Action action, const MigrationReport &plan)
{
    const bool up = action == Action::Up;
    if (plan.steps.isEmpty()) {
        appendLog(up ? tr("nothing to apply: %1 is up to date").arg(plan.database) : tr("nothing to undo on %1").arg(plan.database));
        return;
    }
    MigrationConfirmDialog dialog(up, plan.databaseName, plan.server, plan.steps, this);
    if (dialog.exec() != QDialog::Accepted) {
        appendLog(tr("not confirmed: nothing was run on %1").arg(plan.database));
        return;
    }
    QStringList versions;
    for (const MigrationStep &s : plan.steps)
        versions << s.version;
    m_confirmedVersions = versions;
    m_confirmedTarget = targetText();
    run(action);
}

void MigrationsPage::jobFinished(Action action, bool planOnly)
{
    MigrationJob *job = m_job;
    m_job = nullptr;
    const MigrationReport &report = job->report();
    if (planOnly && job->state() == Job::State::Succeeded) {
        const MigrationReport plan = report;
        job->deleteLater();
        updateButtons();
        if (std::exchange(m_refreshWanted, false)) {
            // The plan is the old database's: confirming it would run on the new one.
            appendLog(tr("another database was chosen while planning: nothing was run on %1").arg(plan.database));
            QMetaObject::invokeMethod(this, &MigrationsPage::refresh, Qt::QueuedConnection);
            return;
        }
        confirmAndRun(action, plan);
        return;
    }
    if (!report.status.isEmpty() || report.ok)
        m_model->setRows(report.status);
    for (const MigrationStep &s : report.steps) {
        if (action != Action::DryRun)
            continue;
        // One substitution each: file and relation names may hold "%1".
        appendLog(tr("  %1: locks:").arg(s.script));
        for (const QString &line : dryRunLockLines(s))
            appendLog(QStringLiteral("    ") + line);
        appendLog(tr("    table rewrite: %1").arg(s.rewrites.isEmpty() ? tr("no") : s.rewrites.join(QStringLiteral(", "))));
    }
    for (const QString &p : report.problems)
        appendLog(QStringLiteral("  ") + p);
    if (job->state() == Job::State::Succeeded) {
        const int pending = int(std::count_if(report.status.cbegin(), report.status.cend(),
                                              [](const MigrationStatusRow &r) { return r.state == QLatin1String("pending"); }));
        m_summary->setText(tr("%1 — %2 layout — %n pending", nullptr, pending).arg(report.database, migrationStyleName(report.style)));
        m_progress->setFormat(action == Action::DryRun ? tr("dry run rolled back") : tr("done"));
        m_progress->setValue(100);
        if (action == Action::Validate)
            appendLog(tr("valid: applied migrations match their files"));
    } else {
        m_summary->setText(job->state() == Job::State::Cancelled ? tr("Cancelled") : job->errorText().section(QLatin1Char('\n'), 0, 0));
        m_progress->setFormat(job->state() == Job::State::Cancelled ? tr("cancelled") : tr("failed"));
        if (action != Action::Status || !report.connectFailed)
            appendLog(tr("failed: %1").arg(job->errorText()));
    }
    job->deleteLater();
    updateButtons();
    // After a change, show the state the database is really in now; after a switch of database
    // during the job, the new one's.
    if (action == Action::Up || action == Action::Down || std::exchange(m_refreshWanted, false))
        QMetaObject::invokeMethod(this, &MigrationsPage::refresh, Qt::QueuedConnection);
}

void MigrationsPage::showSelectedSql()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_sql->clear();
        return;
    }
    const QString script = current.siblingAtColumn(0).data(MigrationListModel::ScriptRole).toString();
    const QString dir = m_folder->text();
    const MigrationStyle style = MigrationStyle(m_style->currentData().toInt());
    // Reading the folder is disk I/O: off the GUI thread; another selection drops this one.
    m_sqlJob.run<QString>([dir, style, script](const JobContext &) {
        const MigrationLoadResult r = loadMigrations(dir, style);
        for (const Migration &m : r.set.migrations) {
            if (m.fileName != script)
                continue;
            QString text = m.upSql.trimmed();
            if (m.hasDown)
                text += QStringLiteral("\n\n-- down (%1)\n").arg(m.downFileName) + m.downSql.trimmed();
            return text;
        }
        return MigrationsPage::tr("-- %1 is not in the folder").arg(script);
    }, [this](const QString &text) { m_sql->setPlainText(text); });
}

void MigrationsPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void MigrationsPage::updateButtons()
{
    const bool busy = m_job;
    const bool ready = !busy && !m_folder->text().isEmpty() && m_connection->target().ok();
    for (QPushButton *b : {m_refreshButton, m_dryRunButton, m_upButton, m_downButton, m_validateButton})
        b->setEnabled(ready);
    m_cancelButton->setEnabled(busy);
}

} // namespace dbpulse
