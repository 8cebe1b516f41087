#include "widgets/healthpage.h"

#include "core/health/healthjob.h"
#include "core/health/healthreportwriter.h"
#include "models/findingmodel.h"
#include "widgets/connectioncontroller.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace dbpulse {

HealthPage::HealthPage(ConnectionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new FindingModel(this))
    , m_score(new QLabel(this))
    , m_status(new QLabel(this))
    , m_run(new QPushButton(tr("Run checks"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export HTML…"), this))
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
                         "suggested fixes are shown, never run."));
    m_progress->setVisible(false);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingModel::DetailColumn, QHeaderView::Stretch);
    m_fix->setReadOnly(true);
    m_fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fix->setPlaceholderText(tr("The suggested fix of the selected finding (not run)."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_score);
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addWidget(m_export);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_fix);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &HealthPage::runChecks);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_export, &QPushButton::clicked, this, &HealthPage::exportHtml);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &HealthPage::showSelectedFix);
    connect(m_controller, &ConnectionController::liveKeysChanged, this, &HealthPage::updateButtons);
    updateButtons();
}

HealthPage::~HealthPage()
{
    delete m_job; // cancels the running statement and waits for the pool thread
}

QString HealthPage::scoreText() const
{
    return m_score->text();
}

void HealthPage::setCurrentKey(const QString &key)
{
    if (key == m_key)
        return;
    if (m_job)
        m_job->cancel();
    m_key = key;
    m_model->clear();
    m_html.clear();
    m_fix->clear();
    m_score->setText(QStringLiteral("–"));
    updateButtons();
}

void HealthPage::runChecks()
{
    Target target;
    DoctorOptions options;
    if (m_job || !m_controller->adminCredentials(m_key, &target, &options.password)) {
        m_status->setText(tr("Connect to the server first: the doctor uses the same credentials."));
        return;
    }
    m_job = new HealthJob(target, options, this);
    connect(m_job, &Job::progressChanged, this, [this](int percent, const QString &text) {
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        m_progress->setValue(std::max(0, percent));
        m_status->setText(tr("Checking: %1").arg(text));
    });
    connect(m_job, &Job::finished, this, &HealthPage::jobFinished);
    m_progress->setVisible(true);
    m_job->start();
    updateButtons();
}

void HealthPage::jobFinished()
{
    HealthJob *job = m_job;
    m_job = nullptr;
    m_progress->setVisible(false);
    if (job->state() == Job::State::Succeeded) {
        const HealthReport &report = job->report();
        m_model->setFindings(report.findings);
        m_tree->expandAll();
        for (int c = 0; c < FindingModel::DetailColumn; ++c)
            m_tree->resizeColumnToContents(c);
        m_html = HealthReportWriter::html(report);
        m_score->setText(QStringLiteral("%1/100").arg(report.score.score));
        m_score->setToolTip(report.score.explanation());
        m_status->setText(tr("%1 — %2 (%3 ms)").arg(report.target, report.score.explanation()).arg(report.elapsedMs));
    } else {
        m_status->setText(job->errorText());
    }
    job->deleteLater();
    updateButtons();
}

void HealthPage::showSelectedFix()
{
    const Finding *f = m_model->finding(m_tree->currentIndex());
    m_fix->setPlainText(f ? (f->fix.isEmpty() ? f->detail : f->fix) : QString());
}

void HealthPage::exportHtml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export health report"), QStringLiteral("health-report.html"),
                                                      tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_html.toUtf8()) < 0)
        m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
}

void HealthPage::updateButtons()
{
    Target target;
    QString password;
    const bool live = !m_key.isEmpty() && m_controller->adminCredentials(m_key, &target, &password);
    m_run->setEnabled(live && !m_job);
    m_run->setText(m_html.isEmpty() ? tr("Run checks") : tr("Run again"));
    m_cancel->setEnabled(m_job != nullptr);
    m_export->setEnabled(!m_html.isEmpty() && !m_job);
}

} // namespace dbpulse
