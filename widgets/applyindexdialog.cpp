#include "widgets/applyindexdialog.h"

#include "core/jobs/statementjob.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dbpulse {

namespace {

bool buildsIndex(const QString &ddl)
{
    const QString t = ddl.trimmed();
    return t.startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive) || t.startsWith(QLatin1String("REINDEX"), Qt::CaseInsensitive);
}

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
{
    setObjectName(QStringLiteral("applyIndexDialog"));
    setWindowTitle(tr("Apply index advice"));
    const bool creates = buildsIndex(rec.ddl);
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
        m_cleaning = true;
        m_runCleanup->setVisible(false);
        runStatement(m_cleanup.takeFirst(), false);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ApplyIndexDialog::reject);
}

ApplyIndexDialog::~ApplyIndexDialog()
{
    // The job (a child) cancels and joins its worker in its own destructor; the pool tasks are short
    // catalog reads, waited for here so none outlives the dialog.
    m_baselineWork.waitForFinished();
    m_leftoverWork.waitForFinished();
}

void ApplyIndexDialog::reject()
{
    if (m_job && !m_job->isFinished()) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
        return; // closes with the Close button once the server has stopped the statement
    }
    if (!m_busy)
        QDialog::reject();
}

void ApplyIndexDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
}

void ApplyIndexDialog::start()
{
    // Out of the box for good: one confirmation runs the statement once (hidden buttons reappear
    // whenever the box lays out again).
    m_buttons->removeButton(m_apply);
    m_apply->deleteLater();
    m_apply = nullptr;
    setBusy(true);
    if (m_rec.queryIds.isEmpty()) {
        runStatement(m_rec.ddl, buildsIndex(m_rec.ddl));
        return;
    }
    // The statements' latency right before the index exists is the "before" of the self-check.
    m_status->setText(tr("Reading the affected statements' latency before the change…"));
    const IndexRecommendation rec = m_rec;
    const Target target = m_target;
    const QString password = m_password;
    m_baselineWork = QtConcurrent::run([rec, target, password] {
        QString error; // an unreadable baseline only loses the comparison; the dialog says so
        return captureIndexBaseline(rec, target, password, &error);
    });
    m_baselineWork.then(this, [this](const AppliedIndexRecord &record) {
        m_baseline = record;
        runStatement(m_rec.ddl, buildsIndex(m_rec.ddl));
    });
}

void ApplyIndexDialog::runStatement(const QString &sql, bool withProgress)
{
    StatementJobRequest request = indexApplyRequest(m_rec, m_target, m_password);
    request.sql = sql;
    if (!withProgress)
        request.progressSql.clear();
    if (m_job)
        m_job->deleteLater(); // we may be inside its finished() signal
    m_job = new StatementJob(request, this);
    m_progress->setVisible(true);
    m_progress->setRange(0, withProgress ? 100 : 0); // busy indicator when nothing measures progress
    m_progress->setValue(0);
    setBusy(true);
    connect(m_job, &Job::progressChanged, this, [this](int percent, const QString &text) {
        if (percent >= 0 && m_progress->maximum() > 0)
            m_progress->setValue(percent);
        m_status->setText(text);
    });
    connect(m_job, &Job::finished, this, &ApplyIndexDialog::onFinished);
    m_job->start();
}

void ApplyIndexDialog::onFinished()
{
    setBusy(false);
    m_progress->setRange(0, 100);
    const Job::State state = m_job->state();
    if (m_cleaning) {
        if (state != Job::State::Succeeded) {
            m_status->setText(tr("Cleanup failed: %1").arg(m_job->errorText()));
            return;
        }
        if (!m_cleanup.isEmpty()) {
            runStatement(m_cleanup.takeFirst(), false);
            return;
        }
        m_progress->setValue(100);
        m_status->setText(tr("The invalid index was dropped."));
        return;
    }
    if (state == Job::State::Succeeded) {
        m_progress->setValue(100);
        QString text = tr("Done: %1.").arg(m_job->commandStatus());
        if (!m_baseline.statements.isEmpty())
            text += QLatin1Char(' ') + tr("The Indexes page compares the %n affected statement(s)' latency with the "
                                          "latency before.", nullptr, int(m_baseline.statements.size()));
        else if (!m_rec.queryIds.isEmpty())
            text += QLatin1Char(' ') + tr("The affected statements' latency before could not be read from "
                                          "pg_stat_statements: there is no before/after comparison.");
        m_status->setText(text);
        Q_EMIT applied(m_baseline);
        return;
    }
    m_status->setText(state == Job::State::Cancelled ? tr("Cancelled: %1").arg(m_job->errorText())
                                                     : tr("Failed: %1").arg(m_job->errorText()));
    if (buildsIndex(m_rec.ddl) && m_rec.ddl.contains(QLatin1String("CONCURRENTLY"), Qt::CaseInsensitive))
        showLeftovers();
}

void ApplyIndexDialog::showLeftovers()
{
    // A failed concurrent build leaves an invalid index that every write still maintains.
    setBusy(true);
    const IndexRecommendation rec = m_rec;
    const Target target = m_target;
    const QString password = m_password;
    m_leftoverWork = QtConcurrent::run([rec, target, password] { return findIndexLeftovers(rec, target, password); });
    m_leftoverWork.then(this, [this](const IndexLeftovers &left) {
        setBusy(false);
        if (!left.error.isEmpty()) {
            m_status->setText(m_status->text() + QLatin1Char('\n')
                              + tr("Could not check for an invalid index left behind: %1").arg(left.error));
            return;
        }
        if (left.indexes.isEmpty())
            return;
        m_status->setText(m_status->text() + QLatin1Char('\n')
                          + tr("The build left an invalid index behind; queries never use it but writes keep "
                               "maintaining it. This drops it:"));
        m_cleanupDdl->setPlainText(left.cleanupDdl);
        m_cleanupDdl->setVisible(true);
        m_cleanup = left.cleanupDdl.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        m_buttons->addButton(m_runCleanup, QDialogButtonBox::ActionRole);
        m_runCleanup->setVisible(true);
    });
}

} // namespace dbpulse
