#include "widgets/planview.h"

#include "core/advisor/explain.h"
#include "models/planmodel.h"
#include "models/servercontext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace dbpulse {

PlanView::PlanView(ServerContexts *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_model(new PlanModel(this))
    , m_explain(new QPushButton(tr("Explain"), this))
    , m_analyze(new QPushButton(tr("Explain analyze…"), this))
    , m_timeout(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_job(this)
{
    setObjectName(QStringLiteral("planView"));
    m_analyze->setToolTip(tr("Runs the statement inside a transaction that is rolled back"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(10);
    m_timeout->setPrefix(tr("timeout "));
    m_timeout->setSuffix(tr(" s"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #5f6368"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(PlanModel::NodeColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = 1; c < PlanModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_explain);
    bar->addWidget(m_analyze);
    bar->addWidget(m_timeout);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_explain, &QPushButton::clicked, this, [this] { explain(false); });
    connect(m_analyze, &QPushButton::clicked, this, [this] {
        const ServerContext server = m_servers->context(m_key);
        const Target &target = server.target;
        const QString where = server.live ? target.label : m_key;
        const auto answer = QMessageBox::question(
            this, tr("Explain analyze"),
            tr("EXPLAIN ANALYZE executes the statement on %1. It runs as the powerless sandbox role, in a "
               "read-only transaction that is rolled back, with a %2 s timeout (a statement that writes "
               "fails instead of running), but it still costs the server that work and may take "
               "locks.\n\n%3").arg(where, QString::number(m_timeout->value()), m_sql.left(300).simplified()));
        if (answer == QMessageBox::Yes)
            explain(true);
    });
    setStatement({});
}

void PlanView::setCurrentKey(const QString &key)
{
    m_key = key;
    m_job.cancel();
    m_model->clear();
    setStatement({});
}

void PlanView::setStatement(const QString &sql, const QString &database)
{
    if (sql != m_sql || database != m_database) {
        m_job.cancel();
        m_model->clear();
        m_status->clear();
    }
    m_sql = sql;
    m_database = database;
    m_explain->setEnabled(!sql.isEmpty());
    m_analyze->setEnabled(!sql.isEmpty());
}

QString PlanView::statusText() const
{
    return m_status->text();
}

void PlanView::explain(bool analyze)
{
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    if (m_sql.isEmpty() || !server.live) {
        m_status->setText(tr("Connect to the server to explain statements."));
        return;
    }
    const QString sql = m_sql;
    const QString database = m_database;
    const int timeoutMs = m_timeout->value() * 1000;
    m_status->setText(analyze ? tr("Running EXPLAIN ANALYZE…") : tr("Running EXPLAIN…"));
    m_explain->setEnabled(false);
    m_analyze->setEnabled(false);
    m_job.run<ExplainResult>(
        [=](const JobContext &ctx) {
            return explainStatement(target, sql, analyze, timeoutMs, ctx, database);
        },
        [this](const ExplainResult &result) {
            m_explain->setEnabled(!m_sql.isEmpty());
            m_analyze->setEnabled(!m_sql.isEmpty());
            if (!result.error.isEmpty() || !m_model->setPlanJson(result.json)) {
                m_status->setText(tr("EXPLAIN failed: %1").arg(result.error));
                Q_EMIT explained(result.error.isEmpty() ? tr("no plan") : result.error);
                return;
            }
            m_tree->expandAll();
            QStringList facts;
            if (m_model->isAnalyzed())
                facts << tr("executed in %1 ms, rolled back").arg(m_model->executionMs(), 0, 'f', 2);
            if (m_model->misestimateCount() > 0)
                facts << tr("%n node(s) with a row estimate off by 10× or more (highlighted)", nullptr,
                            m_model->misestimateCount());
            if (!result.note.isEmpty())
                facts << result.note;
            m_status->setText(facts.join(QStringLiteral(" · ")));
            Q_EMIT explained({});
        });
}

} // namespace dbpulse
