#include "widgets/indexespage.h"

#include "core/advisor/indexcheck.h"
#include "core/advisor/sqliteadvisor.h"
#include "core/db/sandbox.h"
#include "core/db/sandboxsetup.h"
#include "models/indexrecommendationmodel.h"
#include "widgets/applyindexdialog.h"
#include "widgets/pagekeys.h"
#include "models/servercontext.h"
#include "widgets/tabletools.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dbpulse {

IndexesPage::IndexesPage(ServerContexts *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_model(new IndexRecommendationModel(this))
    , m_status(new QLabel(this))
    , m_runInfo(new QLabel(this))
    , m_analyze(new QPushButton(tr("Analyze"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_copy(new QPushButton(tr("Copy DDL"), this))
    , m_saveMigration(new QPushButton(tr("Save as migration…"), this))
    , m_apply(new QPushButton(tr("Apply…"), this))
    , m_setUpSandbox(new QPushButton(tr("Set up sandbox…"), this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_checks(new QPlainTextEdit(this))
    , m_analysis(this)
    , m_check(this)
    , m_save(this)
    , m_sandboxSetup(this)
{
    m_status->setWordWrap(true);
    m_status->setText(tr("Select a connected PostgreSQL server and press Analyze. The advisor only reads; "
                         "the DDL it suggests runs only when you apply it and confirm."));
    m_runInfo->setObjectName(QStringLiteral("advisorRun"));
    m_runInfo->setWordWrap(true);
    m_runInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runInfo->hide();
    m_table->setObjectName(QStringLiteral("indexTable"));
    m_tools = new TableTools(m_table, m_model);
    m_tools->proxy()->setSortRole(IndexRecommendationModel::SortRole);
    m_tools->setKeyRole(IndexRecommendationModel::KeyRole);
    // The benefit is the sentence to read; names keep both ends.
    m_tools->setKeyColumn(IndexRecommendationModel::BenefitColumn);
    m_tools->setElideMode(IndexRecommendationModel::TableColumn, Qt::ElideMiddle);
    m_tools->setElideMode(IndexRecommendationModel::IndexColumn, Qt::ElideMiddle);
    m_tools->setMaxColumnWidth(220);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_detail->setObjectName(QStringLiteral("indexDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Why, and the DDL of the selected recommendation (not run)."));
    m_setUpSandbox->setObjectName(QStringLiteral("setUpSandbox"));
    m_setUpSandbox->setToolTip(tr("Create the powerless role DB Pulse plans other roles' statements as"));
    m_setUpSandbox->hide();
    m_checks->setObjectName(QStringLiteral("appliedIndexChecks"));
    m_checks->setReadOnly(true);
    m_checks->setPlaceholderText(tr("Indexes applied from this page: their statements' latency after vs before."));

    // The buttons on their own row and the status under them at the page's full width: beside
    // the buttons a run's notes wrapped into a narrow column a dozen lines tall.
    auto *top = new QHBoxLayout;
    top->addWidget(m_analyze);
    top->addWidget(m_cancel);
    top->addSpacing(12);
    top->addWidget(m_copy);
    top->addWidget(m_saveMigration);
    top->addWidget(m_apply);
    top->addStretch(1);
    top->addWidget(m_setUpSandbox);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tools->filterEdit(tr("Filter recommendations…")));
    tableLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tablePane);
    split->addWidget(m_detail);
    split->addWidget(m_checks);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_runInfo);
    layout->addWidget(split, 1);

    connect(m_analyze, &QPushButton::clicked, this, &IndexesPage::analyze);
    connect(m_cancel, &QPushButton::clicked, this, &IndexesPage::cancelRunning);
    PageKeys::mark(m_analyze, PageKeys::Role::Refresh);
    PageKeys::mark(m_cancel, PageKeys::Role::Cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const IndexRecommendation *r = selected())
            QApplication::clipboard()->setText(r->ddl);
    });
    connect(m_saveMigration, &QPushButton::clicked, this, &IndexesPage::saveSelectedAsMigration);
    connect(m_apply, &QPushButton::clicked, this, &IndexesPage::applySelected);
    connect(m_setUpSandbox, &QPushButton::clicked, this, &IndexesPage::setUpSandbox);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &IndexesPage::showSelected);
    connect(m_servers, &ServerContexts::liveKeysChanged, this, [this] {
        updateButtons();
        analyzeOnce();
    });
    updateButtons();
}

void IndexesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    analyzeOnce();
}

void IndexesPage::analyzeOnce()
{
    if (isVisible() && m_analyze->isEnabled() && m_analyzedKey != m_key) {
        m_analyzedKey = m_key;
        analyze();
    }
}

IndexesPage::~IndexesPage() = default; // the job slots cancel what runs, without waiting

void IndexesPage::cancelRunning()
{
    m_analysis.cancel();
    updateButtons();
}

void IndexesPage::setCurrentKey(const QString &key)
{
    if (key == m_key)
        return;
    m_analysis.cancel(); // its result is dropped; it stops at its next statement
    m_check.cancel();
    m_key = key;
    m_model->clear();
    m_runInfo->hide();
    m_detail->clear();
    m_checks->clear();
    m_setUpSandbox->hide();
    updateButtons();
    analyzeOnce();
}

void IndexesPage::analyze()
{
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    const QString &password = server.password;
    if (m_analysis.isRunning() || !server.live) {
        if (!m_analysis.isRunning())
            m_status->setText(tr("Connect to the server first: the advisor uses the same credentials."));
        return;
    }
    m_status->setText(tr("Analyzing %1…").arg(target.label));
    m_analysis.run<AdvisorReport>(
        [target, password](const JobContext &ctx) {
            // SQLite keeps no workload: only its index lists are checked here (the CLI takes statements).
            return target.kind == DatabaseKind::SQLite
                       ? analyzeSqliteIndexes(target.sqlitePath, {}, ctx)
                       : analyzeIndexes(target, password, AdvisorOptions{}, ctx);
        },
        [this](const AdvisorReport &report) {
            if (!report.error.isEmpty()) {
                m_status->setText(tr("Index analysis failed: %1").arg(report.error));
            } else {
                m_model->setRecommendations(report.recommendations);
                m_runInfo->setText(report.describeRun());
                m_runInfo->show();
                m_tools->fitColumns();
                m_setUpSandbox->setVisible(report.sandboxMissing);
                QString text = tr("%n recommendation(s).", nullptr, int(report.recommendations.size()));
                if (!report.notes.isEmpty())
                    text += QStringLiteral("\n• ") + report.notes.join(QStringLiteral("\n• "));
                m_status->setText(text);
            }
            updateButtons();
            checkApplied();
        });
    updateButtons();
}

const IndexRecommendation *IndexesPage::selected() const
{
    return m_model->recommendation(m_tools->currentSourceIndex().row());
}

void IndexesPage::showSelected()
{
    const IndexRecommendation *r = selected();
    QString text;
    if (r) {
        // schema.table (columns): a notation, the same in every language.
        QString object = QStringLiteral("%1.%2").arg(r->schema, r->table);
        if (!r->columns.isEmpty())
            object += QStringLiteral(" (%1)").arg(r->columns.join(QLatin1String(", ")));
        const QString kind = IndexRecommendationModel::kindLabel(r->kind);
        text = r->index.isEmpty() ? tr("%1: %2").arg(kind, object) : tr("%1: %2, index %3").arg(kind, object, r->index);
        text += QStringLiteral("\n\n") + r->reason + QStringLiteral("\n\n") + tr("Estimated benefit: %1").arg(r->estimatedBenefit)
              + QStringLiteral("\n\n") + r->ddl;
    }
    m_detail->setPlainText(text);
    updateButtons();
}

void IndexesPage::updateButtons()
{
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    const bool running = m_analysis.isRunning();
    const bool live = !m_key.isEmpty() && server.live;
    m_analyze->setEnabled(live && !running);
    m_cancel->setEnabled(running);
    const bool chosen = selected() != nullptr;
    m_copy->setEnabled(chosen);
    m_saveMigration->setEnabled(chosen);
    // Applying runs on a PostgreSQL connection (StatementJob); SQLite advice is copied or saved.
    m_apply->setEnabled(chosen && live && target.kind == DatabaseKind::PostgreSQL);
}

void IndexesPage::applySelected()
{
    const IndexRecommendation *r = selected();
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    const QString &password = server.password;
    if (!r || !server.live)
        return;
    auto *dialog = new ApplyIndexDialog(*r, target, password, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The apply job saved the baseline; the comparison below picks it up.
    connect(dialog, &ApplyIndexDialog::applied, this, [this] { checkApplied(); });
    dialog->open();
}

void IndexesPage::saveSelectedAsMigration()
{
    const IndexRecommendation *r = selected();
    if (!r || m_save.isRunning())
        return;
    // The Migrations page's folder and layout, so the file shows up there as pending.
    const QSettings settings;
    QString folder = settings.value(QStringLiteral("migrations/folder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QFileDialog::getExistingDirectory(this, tr("Migrations folder"));
    if (folder.isEmpty())
        return;
    MigrationStyle style = MigrationStyle::Auto;
    parseMigrationStyle(settings.value(QStringLiteral("migrations/style")).toString(), &style);
    const IndexRecommendation rec = *r;
    m_save.run<IndexMigrationFiles>([folder, style, rec](const JobContext &) { return writeIndexMigration(folder, style, rec); },
                                    [this](const IndexMigrationFiles &files) {
                                        if (!files.error.isEmpty()) {
                                            QMessageBox::warning(this, tr("Save as migration"), files.error);
                                            return;
                                        }
                                        m_status->setText(tr("Saved as migration %1 (%2); the Migrations page lists it as pending.")
                                                              .arg(files.version, QDir::toNativeSeparators(files.paths.first())));
                                    });
}

void IndexesPage::checkApplied()
{
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    const QString &password = server.password;
    if (m_key.isEmpty() || !server.live)
        return;
    // One comparison at a time: each may wait on a slow server. A request during one runs after
    // it, with the then current records.
    if (m_check.isRunning()) {
        m_checkAgain = true;
        return;
    }
    m_checkAgain = false;
    m_checks->setPlainText(tr("Comparing the latency of applied indexes' statements…"));
    m_check.run<QString>(
        [target, password](const JobContext &ctx) {
            QStringList lines;
            for (const AppliedIndexRecord &record : AppliedIndexStore().records(target.credentialKey())) {
                if (ctx.isCancelled())
                    break;
                lines << QStringLiteral("%1  %2").arg(record.appliedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                      record.ddl);
                QString error;
                const QList<StatementComparison> cmp = compareWithBaseline(record, target, password, &error);
                if (!error.isEmpty())
                    lines << QStringLiteral("    ") + IndexesPage::tr("cannot compare: %1").arg(error);
                for (const StatementComparison &c : cmp)
                    lines << QStringLiteral("    ") + describeComparison(c);
            }
            return lines.join(QLatin1Char('\n'));
        },
        [this](const QString &text) {
            m_checks->setPlainText(text);
            if (m_checkAgain)
                checkApplied();
        });
}

void IndexesPage::setUpSandbox()
{
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    const QString &password = server.password;
    if (m_sandboxSetup.isRunning() || !server.live)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Set up the sandbox role"),
        tr("Create the role %1 on %2?\n\nDB Pulse plans the statements other roles ran only when logged in "
           "as this role, because planning runs their functions. It can log in and read all data "
           "(pg_read_all_data), nothing else. Its random password is saved in your libpq password file "
           "(mode 0600) and nowhere else. If the role exists, its password is reset.")
            .arg(QString::fromLatin1(sandboxRoleName), target.label));
    if (answer != QMessageBox::Yes)
        return;
    m_setUpSandbox->setEnabled(false);
    m_status->setText(tr("Creating the sandbox role on %1…").arg(target.label));
    m_sandboxSetup.run<SandboxSetup>(
        [target, password](const JobContext &) { return dbpulse::setUpSandbox(target, password); },
        [this, key = m_key](const SandboxSetup &setup) {
            m_setUpSandbox->setEnabled(true);
            if (key != m_key)
                return;
            if (!setup.ok) {
                m_status->setText(tr("The sandbox role was not set up: %1").arg(setup.error));
                return;
            }
            m_setUpSandbox->hide();
            m_status->setText(tr("Sandbox role ready (password in %1). Analyzing again…").arg(setup.passwordFile));
            analyze();
        });
}

} // namespace dbpulse
