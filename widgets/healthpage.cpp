#include "widgets/healthpage.h"

#include "core/health/healthjob.h"
#include "core/health/healthreportwriter.h"
#include "core/jobs/statementjob.h"
#include "models/findingmodel.h"
#include "models/servercontext.h"
#include "core/io/privatefiles.h"
#include "widgets/healthpdfwriter.h"
#include "widgets/pagekeys.h"
#include "widgets/tabletools.h"
#include "core/health/checklabels.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace dbpulse {

HealthPage::HealthPage(ServerContexts *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_model(new FindingModel(this))
    , m_score(new QLabel(this))
    , m_status(new QLabel(this))
    , m_breakdown(new QLabel(this))
    , m_run(new QPushButton(tr("Run checks"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export HTML…"), this))
    , m_exportPdf(new QPushButton(tr("Export PDF…"), this))
    , m_fixAction(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_tree(new QTreeView(this))
    , m_fix(new QPlainTextEdit(this))
{
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setText(QStringLiteral("–"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Select a connected server and press Run checks. Checks only read; "
                         "a fix runs only when you confirm it."));
    m_status->setObjectName(QStringLiteral("healthStatus"));
    m_breakdown->setObjectName(QStringLiteral("scoreBreakdown"));
    m_breakdown->setWordWrap(true);
    m_breakdown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_breakdown->setVisible(false);
    m_progress->setVisible(false);
    m_tree->setObjectName(QStringLiteral("findingTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *proxy = new TableProxy(m_tree);
    proxy->setTopLevelFixed(true); // worst group first, whatever the user sorts by
    m_tools = new TableTools(m_tree, m_model, proxy);
    m_tools->setKeyRole(FindingModel::KeyRole);
    m_tools->setKeyColumn(FindingModel::DetailColumn);
    m_tools->setElideMode(FindingModel::ObjectColumn, Qt::ElideMiddle);
    // The detail is what is read; the figures beside it are short (their full text on hover).
    m_tools->setMaxColumnWidth(FindingModel::CheckColumn, 230);
    m_tools->setMaxColumnWidth(FindingModel::ObjectColumn, 190);
    m_tools->setMaxColumnWidth(FindingModel::ValueColumn, 100);
    m_tools->setMaxColumnWidth(FindingModel::ThresholdColumn, 80);
    m_fix->setObjectName(QStringLiteral("findingDetail"));
    m_fix->setReadOnly(true);
    m_fix->setPlaceholderText(tr("The selected finding: what was found, the measured value, and the suggested fix."));
    m_fixAction->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_score);
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addWidget(m_export);
    top->addWidget(m_exportPdf);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_tools->filterEdit(tr("Filter findings…")), 1);
    auto *fixPane = new QWidget(this);
    auto *fixLayout = new QVBoxLayout(fixPane);
    fixLayout->setContentsMargins(0, 0, 0, 0);
    fixLayout->addWidget(m_fix, 1);
    auto *actionRow = new QHBoxLayout;
    actionRow->addStretch(1);
    actionRow->addWidget(m_fixAction);
    fixLayout->addLayout(actionRow);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(fixPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_breakdown);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &HealthPage::runChecks);
    PageKeys::mark(m_run, PageKeys::Role::Refresh);
    PageKeys::mark(m_cancel, PageKeys::Role::Cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        if (m_action)
            m_action->cancel();
    });
    connect(m_export, &QPushButton::clicked, this, &HealthPage::exportHtml);
    connect(m_exportPdf, &QPushButton::clicked, this, &HealthPage::exportPdf);
    connect(m_fixAction, &QPushButton::clicked, this, &HealthPage::runSelectedAction);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &HealthPage::showSelectedFix);
    connect(m_servers, &ServerContexts::liveKeysChanged, this, [this] {
        updateButtons();
        runFirstCheck();
    });
    updateButtons();
}

HealthPage::~HealthPage()
{
    // Both cancel their statement server-side and wait for their thread.
    delete m_job;
    delete m_action;
}

QString HealthPage::scoreText() const
{
    return m_score->text();
}

QString HealthPage::statusText() const
{
    return m_status->text();
}

void HealthPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    runFirstCheck();
}

void HealthPage::runFirstCheck()
{
    const ServerContext server = m_servers->context(m_key);
    if (!isVisible() || isRunning() || !m_html.isEmpty() || m_key.isEmpty() || m_autoRunKey == m_key
        || !server.live)
        return;
    m_autoRunKey = m_key;
    runChecks();
}

void HealthPage::setCurrentKey(const QString &key)
{
    if (key == m_key)
        return;
    // A confirmed maintenance action keeps running: it belongs to the server it was started on.
    if (m_job)
        m_job->cancel();
    m_key = key;
    m_model->clear();
    m_html.clear();
    m_fix->clear();
    m_breakdown->clear();
    m_breakdown->setVisible(false);
    m_score->setText(QStringLiteral("–"));
    updateButtons();
    runFirstCheck();
}

void HealthPage::runChecks()
{
    DoctorOptions options;
    options.thresholds = m_thresholds;
    if (isRunning())
        return;
    const ServerContext server = m_servers->context(m_key);
    if (!server.live) {
        m_status->setText(tr("Connect to the server first: the doctor uses the same credentials."));
        return;
    }
    options.password = server.password;
    options.thresholds.throwawayCluster = options.thresholds.throwawayCluster || server.target.throwaway;
    m_job = new HealthJob(server.target, options, this);
    m_jobKey = m_key;
    connect(m_job, &Job::progressChanged, this, [this](int percent, const QString &text) {
        showProgress(percent, tr("Checking: %1").arg(text));
    });
    connect(m_job, &Job::finished, this, &HealthPage::jobFinished);
    m_progress->setVisible(true);
    m_job->start();
    updateButtons();
}

void HealthPage::showProgress(int percent, const QString &text)
{
    m_progress->setRange(0, percent < 0 ? 0 : 100);
    m_progress->setValue(std::max(0, percent));
    m_status->setText(text);
}

void HealthPage::jobFinished()
{
    HealthJob *job = m_job;
    m_job = nullptr;
    m_progress->setVisible(m_action != nullptr);
    if (m_jobKey != m_key) {
        // Another server was selected meanwhile: its report would be wrong here.
        job->deleteLater();
        updateButtons();
        runFirstCheck();
        return;
    }
    if (job->state() == Job::State::Succeeded) {
        const HealthReport &report = job->report();
        m_model->setFindings(report.findings);
        m_tree->expandAll();
        m_tools->fitColumns();
        m_html = HealthReportWriter::html(report);
        m_database = report.database;
        m_score->setText(QStringLiteral("%1/100").arg(report.score.score));
        m_score->setToolTip(report.score.explanation());
        // The score is only as good as what could be checked: the sentence says over how much,
        // the breakdown what cost the points, one line each.
        m_status->setText(tr("%1 (%2, checked in %3 ms)")
                              .arg(report.score.sentence(), report.target, QString::number(report.elapsedMs)));
        showBreakdown(report.score);
    } else {
        m_status->setText(job->errorText());
    }
    job->deleteLater();
    showSelectedFix();
}

void HealthPage::showBreakdown(const HealthScore &score)
{
    // The costliest checks, one line each; a long tail in one line, whole in the tooltip, so the
    // findings keep their room.
    constexpr int shown = 4;
    const QStringList lines = score.breakdown();
    QStringList text = lines.mid(0, lines.size() > shown ? shown - 1 : shown);
    if (lines.size() > shown) {
        int points = 0;
        for (qsizetype i = text.size(); i < score.deductions.size(); ++i)
            points += score.deductions.at(i).points;
        text << tr("−%1 from %n more check(s) (hover for all)", nullptr, int(lines.size() - text.size())).arg(points);
    }
    m_breakdown->setText(text.join(QLatin1Char('\n')));
    m_breakdown->setToolTip(lines.join(QLatin1Char('\n')));
    m_breakdown->setVisible(!lines.isEmpty());
}

const Finding *HealthPage::selectedFinding() const
{
    return m_model->finding(m_tools->currentSourceIndex());
}

QString HealthPage::detailText() const
{
    return m_fix->toPlainText();
}

void HealthPage::showSelectedFix()
{
    const Finding *f = selectedFinding();
    m_fix->setPlainText(f ? findingText(*f) : QString());
    updateButtons();
}

QString HealthPage::findingText(const Finding &f)
{
    // Everything the row cuts, in the order it is read: what, how bad, the evidence, what to do.
    QString text = tr("%1: %2").arg(checkLabel(f.check), f.object.isEmpty() ? tr("(the whole database)") : f.object);
    text += QLatin1Char('\n') + (f.isNotChecked() ? tr("Not checked (%1)").arg(notCheckedName(f.notChecked))
                                                  : f.transient ? tr("Severity: %1, transient (not scored)").arg(severityName(f.severity))
                                                                : tr("Severity: %1").arg(severityName(f.severity)));
    text += QStringLiteral("\n\n") + f.detail;
    if (!f.value.isEmpty() || !f.threshold.isEmpty())
        text += QStringLiteral("\n\n") + tr("Measured: %1\nThreshold: %2").arg(f.value.isEmpty() ? QStringLiteral("–") : f.value,
                                                                            f.threshold.isEmpty() ? QStringLiteral("–") : f.threshold);
    if (!f.fix.isEmpty())
        text += QStringLiteral("\n\n") + tr("Suggested fix (not run):\n%1").arg(f.fix);
    return text;
}

void HealthPage::runSelectedAction()
{
    const Finding *f = selectedFinding();
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    const QString &password = server.password;
    if (!f || !f->action.isValid() || isRunning() || !server.live)
        return;
    const MaintenanceAction action = f->action;
    const QString question = action.isDisruptive()
        ? tr("Run %1 on %2 on server %3?").arg(action.label(), action.object, target.label)
        : tr("Run %1 on %2 in database \"%3\" (%4)?").arg(action.label(), action.object, m_database, target.label);
    QMessageBox confirm(action.isDisruptive() ? QMessageBox::Warning : QMessageBox::Question,
                        //: Window title: a maintenance action and its object, e.g. "VACUUM public.orders"
                        tr("%1 %2").arg(action.label(), action.object),
                        question, QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("maintenanceConfirmation"));
    confirm.setInformativeText(
        tr("This statement runs on its own connection:\n\n%1\n\n%2")
            .arg(action.sql,
                 action.kind == MaintenanceAction::Kind::TerminateBackend
                     ? tr("The session ends; its open transaction is rolled back.")
                 : action.kind == MaintenanceAction::Kind::CancelBackend
                     ? tr("The session's running statement fails with \"canceling statement due to user request\".")
                     : tr("It can take long on a big object; Cancel stops it.")));
    QPushButton *run = confirm.addButton(action.label(), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != run)
        return;

    StatementJobRequest request;
    request.target = target;
    request.password = password;
    request.sql = action.sql;
    request.progressSql = action.progressSql;
    request.description = tr("%1 on %2").arg(action.label(), action.object);
    m_action = new StatementJob(request, this);
    m_actionKey = m_key;
    connect(m_action, &Job::progressChanged, this, [this, description = request.description](int percent, const QString &text) {
        showProgress(percent, text == description ? text : tr("%1: %2").arg(description, text));
    });
    connect(m_action, &Job::finished, this, &HealthPage::actionFinished);
    m_progress->setVisible(true);
    showProgress(-1, request.description);
    m_action->start();
    updateButtons();
}

void HealthPage::actionFinished()
{
    StatementJob *job = m_action;
    m_action = nullptr;
    m_progress->setVisible(false);
    const QString description = job->request().description;
    job->deleteLater();
    if (job->state() != Job::State::Succeeded) {
        m_status->setText(job->state() == Job::State::Cancelled ? tr("%1: cancelled").arg(description)
                                                                 : tr("%1 failed: %2").arg(description, job->errorText()));
        updateButtons();
        return;
    }
    if (m_actionKey != m_key) {
        m_status->setText(tr("%1: done").arg(description));
        updateButtons();
        return;
    }
    // Checking again shows whether it fixed the finding (and what a VACUUM left behind).
    runChecks();
    m_status->setText(tr("%1: done; checking again…").arg(description));
}

bool HealthPage::exportPdfTo(const QString &path, QString *error) const
{
    if (m_html.isEmpty()) {
        *error = tr("no report yet");
        return false;
    }
    return writeHealthPdf(m_html, path, error);
}

void HealthPage::exportHtml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export health report"), QStringLiteral("health-report.html"),
                                                      tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    // The report names the database's objects and problems: private, like everything we write.
    QString error;
    if (!writePrivateFile(path, m_html.toUtf8(), &error))
        m_status->setText(tr("Could not write %1: %2").arg(path, error));
}

void HealthPage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export health report"), QStringLiteral("health-report.pdf"),
                                                      tr("PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdfTo(path, &error))
        m_status->setText(tr("Could not write %1: %2").arg(path, error));
}

void HealthPage::updateButtons()
{
    const ServerContext server = m_servers->context(m_key);
    const bool live = !m_key.isEmpty() && server.live;
    m_run->setEnabled(live && !isRunning());
    m_run->setText(m_html.isEmpty() ? tr("Run checks") : tr("Run again"));
    m_cancel->setEnabled(isRunning());
    m_export->setEnabled(!m_html.isEmpty() && !m_job);
    m_exportPdf->setEnabled(!m_html.isEmpty() && !m_job);
    const Finding *f = selectedFinding();
    const bool hasAction = f && f->action.isValid();
    m_fixAction->setVisible(hasAction);
    if (hasAction)
        m_fixAction->setText(tr("%1…").arg(f->action.label()));
    m_fixAction->setEnabled(hasAction && live && !isRunning());
}

} // namespace dbpulse
