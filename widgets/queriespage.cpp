#include "widgets/queriespage.h"

#include "models/connectionlistmodel.h"
#include "models/metricshistory.h"
#include "models/statementfilter.h"
#include "models/statementmodel.h"
#include "widgets/budgetdialog.h"
#include "models/serverregistry.h"
#include "widgets/planview.h"
#include "widgets/backendview.h"
#include "widgets/styleupdate.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dbpulse {

QueriesPage::QueriesPage(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_proxy(new StatementFilter(this))
    , m_database(new QComboBox(this))
    , m_title(new QLabel(tr("Queries"), this))
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_slow(new QDoubleSpinBox(this))
    , m_table(new QTableView(this))
    , m_text(new QPlainTextEdit(this))
    , m_plan(new PlanView(servers, this))
    , m_sessions(new BackendView(servers, this))
{
    setObjectName(QStringLiteral("queriesPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_search->setObjectName(QStringLiteral("querySearch"));
    m_search->setPlaceholderText(tr("Search statements…"));
    m_search->setClearButtonEnabled(true);
    m_database->setObjectName(QStringLiteral("databaseFilter"));
    m_database->setToolTip(tr("Statements of one database (the target's by default), or of every database of the server"));
    m_database->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_database->addItem(tr("All databases"), QString());
    m_slow->setObjectName(QStringLiteral("slowThreshold"));
    m_slow->setRange(1, 3600000);
    m_slow->setDecimals(0);
    m_slow->setSuffix(tr(" ms"));
    m_slow->setToolTip(tr("Statements whose mean time is at or above this are highlighted"));
    m_slow->setValue(QSettings().value(QStringLiteral("queries/slowThresholdMs"), 1000.0).toDouble());

    m_proxy->setSortRole(StatementModel::SortRole);
    m_proxy->setFilterKeyColumn(StatementModel::QueryColumn);
    m_proxy->setFilterRole(StatementModel::FullTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    // The header can only be configured once there are columns.
    m_proxy->setSourceModel(model(QString()));
    m_table->setObjectName(QStringLiteral("statementTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatementModel::TotalColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(StatementModel::QueryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    for (int c = StatementModel::CallsColumn; c < StatementModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Select a statement to see its full text."));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(2000); // a megabyte statement must not freeze the page

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_database);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Slow above:"), this));
    bar->addWidget(m_slow);

    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->addWidget(m_text);
    detail->addWidget(m_plan);
    detail->setStretchFactor(0, 2);
    detail->setStretchFactor(1, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *statements = new QWidget(this);
    auto *statementsLayout = new QVBoxLayout(statements);
    statementsLayout->addWidget(m_status);
    statementsLayout->addLayout(bar);
    statementsLayout->addWidget(splitter, 1);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(statements, tr("Top statements"));
    tabs->addTab(m_sessions, tr("Sessions"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(tabs, 1);

    connect(m_table, &QWidget::customContextMenuRequested, this, &QueriesPage::showContextMenu);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_database, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDatabase(m_database->currentData().toString()); });
    connect(m_slow, &QDoubleSpinBox::valueChanged, this, &QueriesPage::setSlowThresholdMs);
    connect(servers, &ServerRegistry::metricsAppended, this, &QueriesPage::onMetrics);
    connect(servers, &ServerRegistry::queryTextsFetched, this,
            [this](const QString &key, const QHash<qint64, QString> &texts) {
                model(key)->setQueryTexts(texts);
                // Only the selected statement's own text changes what is shown; any other
                // arrival must not reset a plan being explained.
                const QModelIndex current = m_table->currentIndex();
                if (key == m_key && current.isValid()
                    && texts.contains(current.data(StatementModel::QueryIdRole).toLongLong()))
                    showSelected();
            });
    connect(servers, &ServerRegistry::statusChanged, this, [this](const QString &key) {
        if (key == m_key)
            updateStatus();
    });
    updateStatus();
}

QSortFilterProxyModel *QueriesPage::proxy() const
{
    return m_proxy;
}

StatementModel *QueriesPage::model(const QString &key)
{
    StatementModel *&model = m_models[key];
    if (!model) {
        model = new StatementModel(this);
        model->setSlowThresholdMs(m_slow->value());
    }
    return model;
}

void QueriesPage::setCurrentKey(const QString &key)
{
    if (key == m_key && m_proxy->sourceModel())
        return;
    m_key = key;
    m_proxy->setSourceModel(model(key));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueriesPage::showSelected, Qt::UniqueConnection);
    m_text->clear();
    updateDatabases();
    m_plan->setCurrentKey(key);
    m_sessions->setCurrentKey(key);
    if (isVisible())
        catchUp();
    else
        updateStatus();
}

void QueriesPage::setSlowThresholdMs(double ms)
{
    if (!qFuzzyCompare(m_slow->value(), ms))
        m_slow->setValue(ms); // comes back here through valueChanged
    QSettings().setValue(QStringLiteral("queries/slowThresholdMs"), ms);
    for (StatementModel *model : std::as_const(m_models))
        model->setSlowThresholdMs(ms);
}

void QueriesPage::onMetrics(const QString &key)
{
    const MetricsHistory *history = m_servers->metricsHistory(key);
    if (!history || history->isEmpty())
        return;
    // Every interval is counted, but only the shown server's table pays for sorting and layout.
    model(key)->queueSample(history->latest());
    if (key == m_key && isVisible())
        catchUp();
}

void QueriesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

void QueriesPage::catchUp()
{
    if (m_key.isEmpty())
        return;
    StatementModel *statements = model(m_key);
    statements->applyQueued();
    updateDatabases();
    // Texts are asked for once per new statement, never every refresh.
    const QList<qint64> missing = statements->takeMissingTextIds();
    if (!missing.isEmpty())
        m_servers->fetchQueryTexts(m_key, missing);
    // Show the costliest statement's text instead of an empty pane.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateStatus();
}

QString QueriesPage::statusText() const
{
    return m_status->text();
}

void QueriesPage::updateStatus()
{
    if (m_key.isEmpty()) {
        m_status->setText(tr("No connection selected."));
        return;
    }
    const MetricsHistory *history = m_servers->metricsHistory(m_key);
    const Target target = m_servers->model()->target(m_key);
    if (target.kind == DatabaseKind::SQLite) {
        m_status->setText(tr("SQLite keeps no statement statistics; this page applies to PostgreSQL servers."));
        return;
    }
    if (!history || history->isEmpty()) {
        m_status->setText(m_servers->isActive(m_key) ? tr("Waiting for the first statistics…")
                                                        : tr("Connect to see statement statistics."));
        return;
    }
    const MetricsSample &s = history->latest();
    if (!s.statementsAvailable) {
        setStyleSheetIfChanged(m_status, QStringLiteral("color: #8a4b00"));
        m_status->setText(s.statementsProblem.isEmpty() ? tr("pg_stat_statements is not readable.")
                                                        : s.statementsProblem);
        return;
    }
    setStyleSheetIfChanged(m_status, s.statementTextsProblem.isEmpty() ? QStringLiteral("color: #5f6368")
                                                                       : QStringLiteral("color: #8a4b00"));
    int slow = 0;
    const StatementModel *statements = m_models.value(m_key);
    for (int row = 0; statements && row < statements->rowCount(); ++row)
        slow += statements->index(row, 0).data(StatementModel::SlowRole).toBool() ? 1 : 0;
    m_status->setText(tr("%n statement(s) seen since monitoring began", nullptr, statements ? statements->rowCount() : 0)
                      + tr(" · %n slow", nullptr, slow)
                      + tr(" · p95 values are estimates from per-interval mean and variance")
                      + (s.statementTextsProblem.isEmpty() ? QString() : QStringLiteral(" · ") + s.statementTextsProblem));
}

void QueriesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        const qint64 queryId = index.data(StatementModel::QueryIdRole).toLongLong();
        const std::optional<QueryBudget::QueryClass> current
            = m_servers->budgetSettings().budget.classOverride(queryId);
        QMenu *classes = menu.addMenu(tr("Query class"));
        auto *group = new QActionGroup(classes);
        QAction *automatic = classes->addAction(tr("automatic (from the statement's shape)"));
        automatic->setCheckable(true);
        automatic->setChecked(!current);
        group->addAction(automatic);
        connect(automatic, &QAction::triggered, this,
                [this, queryId] { m_servers->setQueryClassOverride(queryId, std::nullopt); });
        classes->addSeparator();
        for (QueryBudget::QueryClass c : QueryBudget::allClasses()) {
            QAction *action = classes->addAction(
                tr("%1 (budget %2 ms)").arg(QueryBudget::className(c))
                    .arg(m_servers->budgetSettings().budget.budgetMs(c)));
            action->setCheckable(true);
            action->setChecked(current == c);
            group->addAction(action);
            connect(action, &QAction::triggered, this,
                    [this, queryId, c] { m_servers->setQueryClassOverride(queryId, c); });
        }
    }
    connect(menu.addAction(tr("Edit budgets…")), &QAction::triggered, this,
            [this] { BudgetDialog::edit(m_servers, this); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void QueriesPage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex query = current.siblingAtColumn(StatementModel::QueryColumn);
    const QString text = query.data(StatementModel::FullTextRole).toString();
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);
    // EXPLAIN where the statement ran: its tables are there.
    m_plan->setStatement(text, query.data(StatementModel::DatabaseRole).toString());
}

void QueriesPage::updateDatabases()
{
    QStringList seen;
    if (const StatementModel *statements = m_models.value(m_key)) {
        for (int row = 0; row < statements->rowCount(); ++row) {
            const QString database = statements->index(row, 0).data(StatementModel::DatabaseRole).toString();
            if (!database.isEmpty() && !seen.contains(database))
                seen << database;
        }
    }
    const MetricsHistory *history = m_servers->metricsHistory(m_key);
    const QString target = history && !history->isEmpty() ? history->latest().database : QString();
    if (!target.isEmpty() && !seen.contains(target))
        seen << target;
    seen.sort();
    QString chosen = m_database->currentData().toString();
    // A server shown for the first time starts on its target database's statements.
    if (m_databaseChosenFor != m_key && !target.isEmpty()) {
        chosen = target;
        m_databaseChosenFor = m_key;
    }
    if (!chosen.isEmpty() && !seen.contains(chosen))
        chosen.clear(); // another server's database
    QStringList listed;
    for (int i = 1; i < m_database->count(); ++i)
        listed << m_database->itemData(i).toString();
    // Refreshed every interval: leave an unchanged list (and an open popup) alone.
    if (listed == seen && m_database->currentData().toString() == chosen && m_proxy->database() == chosen)
        return;
    const QSignalBlocker block(m_database);
    m_database->clear();
    m_database->addItem(tr("All databases"), QString());
    for (const QString &database : std::as_const(seen))
        m_database->addItem(target == database ? tr("%1 (this target)").arg(database) : database, database);
    m_database->setCurrentIndex(std::max(0, m_database->findData(chosen)));
    m_proxy->setDatabase(chosen);
}

} // namespace dbpulse
