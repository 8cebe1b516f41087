#include "widgets/applyindexdialog.h"

#include "core/jobs/statementjob.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dbpulse {

namespace {

QPlainTextEdit *sqlView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setMaximumHeight(90);
    return view;
}

} // namespace

ApplyIndexDialog::ApplyIndexDialog(const IndexRecommendation &rec, const Target &target, const QString &password,
                                   QWidget *parent)
    : QDialog(parent)
    , m_rec(rec)
    , m_target(target)
    , m_password(password)
    , m_intro(new QLabel(this))
    , m_ddl(sqlView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cleanupDdl(sqlView(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_run(this)
{
    setObjectName(QStringLiteral("applyIndexDialog"));
    setWindowTitle(tr("Apply index advice"));
    const bool creates = IndexApplyJob::buildsIndex(rec.ddl);
    const bool concurrent = rec.ddl.contains(QLatin1String("CONCURRENTLY"), Qt::CaseInsensitive);
    QString what = creates ? tr("This builds an index on the database <b>%1</b>.").arg(target.label.toHtmlEscaped())
                           : tr("This changes the database <b>%1</b>: the index is dropped and cannot be brought "
                                "back except by building it again.").arg(target.label.toHtmlEscaped());
    what += QLatin1Char(' ') + (concurrent ? tr("It runs CONCURRENTLY: reads and writes go on, but it waits for "
                                                "running transactions and can take long on a big table.")
                                           : tr("It does not run CONCURRENTLY and blocks writes to the table while it runs."));
    m_intro->setText(what + QLatin1Char(' ') + tr("Exactly this statement will run:"));
    m_intro->setWordWrap(true);
    m_ddl->setPlainText(rec.ddl);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cleanupDdl->setVisible(false);

    const bool rebuilds = rec.ddl.trimmed().startsWith(QLatin1String("REINDEX"), Qt::CaseInsensitive);
    m_apply = m_buttons->addButton(rebuilds ? tr("Rebuild index") : creates ? tr("Build index") : tr("Drop index"),
                                   QDialogButtonBox::AcceptRole);
    // Joins the button box only when there is something to clean up: the box shows all its buttons.
    m_runCleanup = new QPushButton(tr("Drop the invalid index"), this);
    m_runCleanup->setVisible(false);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Close);
    m_apply->setDefault(false);
    m_cancel->setDefault(true); // Enter must never run DDL

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_ddl);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_cleanupDdl);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());

    connect(m_apply, &QPushButton::clicked, this, &ApplyIndexDialog::start);
    connect(m_runCleanup, &QPushButton::clicked, this, [this] {
        m_runCleanup->setVisible(false);
        runCleanup();
    });
    connect(m_cancel, &QPushButton::clicked, this, &ApplyIndexDialog::reject);
}

// Closing the dialog cancels what runs without waiting for it (JobSlot).
ApplyIndexDialog::~ApplyIndexDialog() = default;

void ApplyIndexDialog::reject()
{
    if (Job *job = m_run.current()) {
        m_status->setText(tr("Cancelling…"));
        job->cancel(); // still tracked: the dialog says how it ended
        return;        // closes with the Close button once the server has stopped the statement
    }
    if (!m_busy)
        QDialog::reject();
}

void ApplyIndexDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
}

void ApplyIndexDialog::track(Job *job, bool withProgress, std::function<void(Job *)> done)
{
    m_progress->setVisible(true);
    m_progress->setRange(0, withProgress ? 100 : 0); // busy indicator when nothing measures progress
    m_progress->setValue(0);
    setBusy(true);
    connect(job, &Job::progressChanged, this, [this](int percent, const QString &text) {
        if (percent >= 0 && m_progress->maximum() > 0)
            m_progress->setValue(percent);
        m_status->setText(text);
    });
    m_run.start(job, [this, done = std::move(done)](Job *finished) {
        setBusy(false);
        m_progress->setRange(0, 100);
        done(finished);
    });
}

void ApplyIndexDialog::start()
{
    // Out of the box for good: one confirmation runs the statement once (hidden buttons reappear
    // whenever the box lays out again).
    m_buttons->removeButton(m_apply);
    m_apply->deleteLater();
    m_apply = nullptr;
    track(new IndexApplyJob(m_rec, m_target, m_password), IndexApplyJob::buildsIndex(m_rec.ddl),
          [this](Job *job) { onApplied(*static_cast<IndexApplyJob *>(job)); });
}

void ApplyIndexDialog::onApplied(const IndexApplyJob &job)
{
    const IndexApplyOutcome &outcome = job.outcome();
    if (job.state() == Job::State::Succeeded) {
        m_progress->setValue(100);
        QString text = tr("Done: %1.").arg(outcome.commandStatus);
        if (!outcome.recordError.isEmpty())
            text += QLatin1Char(' ') + tr("The latency before could not be saved (%1): there is no before/after "
                                          "comparison.").arg(outcome.recordError);
        else if (!outcome.baseline.statements.isEmpty())
            text += QLatin1Char(' ') + tr("The Indexes page compares the %n affected statement(s)' latency with the "
                                          "latency before.", nullptr, int(outcome.baseline.statements.size()));
        else if (!m_rec.queryIds.isEmpty())
            text += QLatin1Char(' ') + tr("The affected statements' latency before could not be read from "
                                          "pg_stat_statements: there is no before/after comparison.");
        m_status->setText(text);
        Q_EMIT applied(outcome.baseline);
        return;
    }
    m_status->setText(job.state() == Job::State::Cancelled ? tr("Cancelled: %1").arg(job.errorText())
                                                           : tr("Failed: %1").arg(job.errorText()));
    showLeftovers(outcome.leftovers);
}

void ApplyIndexDialog::showLeftovers(const IndexLeftovers &left)
{
    if (!left.error.isEmpty()) {
        m_status->setText(m_status->text() + QLatin1Char('\n')
                          + tr("Could not check for an invalid index left behind: %1").arg(left.error));
        return;
    }
    if (left.indexes.isEmpty())
        return;
    // A failed concurrent build leaves an invalid index that every write still maintains.
    m_status->setText(m_status->text() + QLatin1Char('\n')
                      + tr("The build left an invalid index behind; queries never use it but writes keep "
                           "maintaining it. This drops it:"));
    m_cleanupDdl->setPlainText(left.cleanupDdl);
    m_cleanupDdl->setVisible(true);
    m_cleanup = left.cleanupDdl.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_buttons->addButton(m_runCleanup, QDialogButtonBox::ActionRole);
    m_runCleanup->setVisible(true);
}

void ApplyIndexDialog::runCleanup()
{
    StatementJobRequest request = indexApplyRequest(m_rec, m_target, m_password);
    request.sql = m_cleanup.takeFirst();
    request.progressSql.clear();
    track(new StatementJob(request), false, [this](Job *job) {
        if (job->state() != Job::State::Succeeded) {
            m_status->setText(tr("Cleanup failed: %1").arg(job->errorText()));
            return;
        }
        if (!m_cleanup.isEmpty()) {
            runCleanup();
            return;
        }
        m_progress->setValue(100);
        m_status->setText(tr("The invalid index was dropped."));
    });
}

} // namespace dbpulse
