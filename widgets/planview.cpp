#include "widgets/planview.h"

#include "core/advisor/explain.h"
#include "core/sql/sqlparser.h"
#include "models/planmodel.h"
#include "models/servercontext.h"
#include "widgets/planparametersform.h"
#include "widgets/tabletools.h"
#include "widgets/themedstyle.h"

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
    , m_parameters(new PlanParametersForm(this))
    , m_nullNote(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_job(this)
    , m_describe(this)
{
    setObjectName(QStringLiteral("planView"));
    m_analyze->setToolTip(tr("Runs the statement inside a transaction that is rolled back"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(10);
    //: Before a number of seconds in a spin box: "timeout 30 s"
    m_timeout->setPrefix(tr("timeout "));
    m_timeout->setSuffix(tr(" s"));
    m_status->setWordWrap(true);
    setTextRole(m_status, ThemeRole::SecondaryText);
    // Above the plan, where it cannot be missed: a plan for NULLs may be nothing like the real one.
    m_nullNote->setObjectName(QStringLiteral("planNullNote"));
    m_nullNote->setWordWrap(true);
    setThemedStyleSheet(m_nullNote, [] {
        return QStringLiteral("QLabel { background: %1; color: %2; padding: 4px; }")
            .arg(theme::color(ThemeRole::WarningBackground).name(), theme::color(ThemeRole::WarningText).name());
    });
    m_nullNote->setVisible(false);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The node ("Index Scan using orders_customer_idx on orders") is what is read: the figures
    // are fitted to their contents, at most 80 px each, and the node takes the rest.
    auto *tools = new TableTools(m_tree, m_model);
    tools->setKeyColumn(PlanModel::NodeColumn);
    tools->setMaxColumnWidth(80);
    m_tree->header()->setDefaultSectionSize(70);
    m_tools = tools;

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_explain);
    bar->addWidget(m_analyze);
    bar->addWidget(m_timeout);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_parameters);
    layout->addWidget(m_nullNote);
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
               "locks.\n\n%3%4").arg(where, QString::number(m_timeout->value()), m_sql.left(300).simplified(),
                                     confirmationParameters()));
        if (answer == QMessageBox::Yes)
            explain(true);
    });
    connect(m_parameters, &PlanParametersForm::edited, this, [this] {
        m_remembered.insert(statementKey(), m_parameters->parameters());
    });
    setStatement({});
}

QString PlanView::statementKey() const
{
    return m_key + QLatin1Char('\n') + m_database + QLatin1Char('\n') + m_sql;
}

QString PlanView::confirmationParameters() const
{
    QStringList shown;
    for (const ExplainParameter &p : m_parameters->parameters()) {
        shown << (p.value.isNull() ? tr("$%1 = NULL").arg(p.number)
                                   : tr("$%1 = '%2'").arg(QString::number(p.number), p.value.left(60)));
    }
    if (shown.isEmpty())
        return {};
    return QStringLiteral("\n\n") + tr("Parameters: %1").arg(shown.join(QStringLiteral(", ")));
}

// The form for the statement now shown: what was typed for it before, else one NULL row per $n
// that libpg_query finds (no round trip), then the types from the server if not known yet.
void PlanView::showParameters()
{
    m_describe.cancel();
    QList<ExplainParameter> rows = m_remembered.value(statementKey());
    if (rows.isEmpty() && !m_sql.isEmpty()) {
        const SqlParameters found = sqlParameters(m_sql);
        for (int n = 1; n <= found.count; ++n) {
            ExplainParameter p;
            p.number = n;
            rows << p;
        }
    }
    m_parameters->setParameters(rows);
    const bool typesKnown = std::all_of(rows.cbegin(), rows.cend(), [](const ExplainParameter &p) { return !p.type.isEmpty(); });
    if (!rows.isEmpty() && !typesKnown)
        describeParameters();
}

void PlanView::describeParameters()
{
    const ServerContext server = m_servers->context(m_key);
    if (!server.live)
        return;
    const Target target = server.target;
    const QString sql = m_sql;
    const QString database = m_database;
    const QString key = statementKey();
    m_describe.run<ParameterDescription>(
        [=](const JobContext &ctx) { return describeStatementParameters(target, sql, 10000, ctx, database); },
        [this, key](const ParameterDescription &described) {
            if (key != statementKey())
                return;
            if (described.error.isEmpty())
                rememberTypes(described.parameters);
            else if (m_status->text().isEmpty()) // EXPLAIN would fail the same way: say why now
                m_status->setText(tr("Parameter types unknown: %1").arg(described.error));
            Q_EMIT parametersDescribed(described.error);
        });
}

void PlanView::rememberTypes(const QList<ExplainParameter> &described)
{
    m_parameters->setTypes(described);
    m_remembered.insert(statementKey(), m_parameters->parameters());
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
    const bool changed = sql != m_sql || database != m_database;
    if (changed) {
        m_job.cancel();
        m_model->clear();
        m_status->clear();
        m_nullNote->clear();
        m_nullNote->setVisible(false);
    }
    m_sql = sql;
    m_database = database;
    if (changed || sql.isEmpty())
        showParameters();
    m_explain->setEnabled(!sql.isEmpty());
    m_analyze->setEnabled(!sql.isEmpty());
}

QString PlanView::statusText() const
{
    return m_status->text();
}

QString PlanView::nullNoteText() const
{
    return m_nullNote->text();
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
    const QStringList values = m_parameters->values();
    m_status->setText(analyze ? tr("Running EXPLAIN ANALYZE…") : tr("Running EXPLAIN…"));
    m_explain->setEnabled(false);
    m_analyze->setEnabled(false);
    m_job.run<ExplainResult>(
        [=](const JobContext &ctx) {
            return explainStatement(target, sql, analyze, timeoutMs, ctx, database, values);
        },
        [this](const ExplainResult &result) {
            m_explain->setEnabled(!m_sql.isEmpty());
            m_analyze->setEnabled(!m_sql.isEmpty());
            if (!result.parameters.isEmpty())
                rememberTypes(result.parameters);
            const QString nullNote = result.nullNote();
            m_nullNote->setText(result.error.isEmpty() ? nullNote : QString());
            m_nullNote->setVisible(!m_nullNote->text().isEmpty());
            if (!result.error.isEmpty() || !m_model->setPlanJson(result.json)) {
                m_status->setText(tr("EXPLAIN failed: %1").arg(result.error));
                Q_EMIT explained(result.error.isEmpty() ? tr("no plan") : result.error);
                return;
            }
            m_tree->expandAll();
            m_tools->fitColumns();
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
