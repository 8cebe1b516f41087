#include "widgets/indexespage.h"

#include "models/indexrecommendationmodel.h"
#include "widgets/connectioncontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dbpulse {

IndexesPage::IndexesPage(ConnectionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new IndexRecommendationModel(this))
    , m_status(new QLabel(this))
    , m_analyze(new QPushButton(tr("Analyze"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_copy(new QPushButton(tr("Copy DDL"), this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
{
    m_status->setWordWrap(true);
    m_status->setText(tr("Select a connected PostgreSQL server and press Analyze. The advisor only reads; "
                         "the DDL it suggests is shown here, never run."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Why, and the DDL of the selected recommendation (not run)."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_analyze);
    top->addWidget(m_cancel);
    top->addWidget(m_copy);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_analyze, &QPushButton::clicked, this, &IndexesPage::analyze);
    connect(m_cancel, &QPushButton::clicked, this, &IndexesPage::cancelRunning);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const IndexRecommendation *r = m_model->recommendation(m_table->currentIndex().row()))
            QApplication::clipboard()->setText(r->ddl);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &IndexesPage::showSelected);
    connect(m_controller, &ConnectionController::liveKeysChanged, this, [this] {
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

IndexesPage::~IndexesPage()
{
    // The pool thread holds its own connection; stop it between statements and wait for it.
    // Wait for the task, never its continuation: that one runs on this (GUI) thread and is
    // discarded with this object.
    cancelRunning();
    m_work.waitForFinished();
}

void IndexesPage::cancelRunning()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void IndexesPage::setCurrentKey(const QString &key)
{
    if (key == m_key)
        return;
    cancelRunning();
    ++m_generation;
    m_running = false; // the old run's result will be dropped; it stops at its next statement
    m_key = key;
    m_model->clear();
    m_detail->clear();
    updateButtons();
    analyzeOnce();
}

void IndexesPage::analyze()
{
    Target target;
    QString password;
    if (m_running || !m_controller->adminCredentials(m_key, &target, &password)) {
        m_status->setText(tr("Connect to the server first: the advisor uses the same credentials."));
        return;
    }
    if (target.kind != DatabaseKind::PostgreSQL) {
        m_status->setText(tr("Index advice needs a PostgreSQL server; SQLite is not supported yet."));
        return;
    }
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_status->setText(tr("Analyzing %1…").arg(target.label));
    m_running = true;
    m_work = QtConcurrent::run([target, password, cancelled] {
        return analyzeIndexes(target, password, AdvisorOptions{}, cancelled.get());
    });
    m_work.then(this, [this, generation](const AdvisorReport &report) {
        if (generation != m_generation)
            return; // another server was selected meanwhile; its own run resets m_running
        m_running = false;
        if (!report.error.isEmpty()) {
            m_status->setText(tr("Index analysis failed: %1").arg(report.error));
        } else {
            m_model->setRecommendations(report.recommendations);
            m_table->resizeColumnsToContents();
            QString text = tr("%n recommendation(s).", nullptr, int(report.recommendations.size()));
            if (!report.notes.isEmpty())
                text += QLatin1Char(' ') + report.notes.join(QLatin1Char(' '));
            m_status->setText(text);
        }
        updateButtons();
    });
    updateButtons();
}

void IndexesPage::showSelected()
{
    const IndexRecommendation *r = m_model->recommendation(m_table->currentIndex().row());
    m_detail->setPlainText(r ? r->reason + QLatin1String("\n\nEstimated benefit: ") + r->estimatedBenefit
                                   + QLatin1String("\n\n") + r->ddl
                             : QString());
    updateButtons();
}

void IndexesPage::updateButtons()
{
    Target target;
    QString password;
    const bool running = m_running;
    const bool live = !m_key.isEmpty() && m_controller->adminCredentials(m_key, &target, &password);
    m_analyze->setEnabled(live && !running);
    m_cancel->setEnabled(running);
    m_copy->setEnabled(m_model->recommendation(m_table->currentIndex().row()) != nullptr);
}

} // namespace dbpulse
