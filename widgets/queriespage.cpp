#include "widgets/queriespage.h"

#include "core/metrics/historystore.h"
#include "core/metrics/statementrange.h"
#include "models/connectionlistmodel.h"
#include "models/metricshistory.h"
#include "models/statementfilter.h"
#include "models/statementmodel.h"
#include "widgets/budgetdialog.h"
#include "models/serverregistry.h"
#include "widgets/planview.h"
#include "widgets/backendview.h"
#include "widgets/tabletools.h"
#include "widgets/themedstyle.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
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
#include <limits>

namespace dbpulse {

namespace {

/// What one range computation produced (on a pool thread).
struct RangeFigures
{
    QList<StatementRangeRow> rows;
    bool stored = false;   ///< the history file held buckets for the range
    QString error;
};

/// Asks for a fixed range; false when cancelled.
bool askCustomRange(QWidget *parent, QDateTime &from, QDateTime &to)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QueriesPage::tr("Statements between"));
    auto *fromEdit = new QDateTimeEdit(from, &dialog);
    auto *toEdit = new QDateTimeEdit(to, &dialog);
    for (QDateTimeEdit *edit : {fromEdit, toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(QueriesPage::tr("From:"), fromEdit);
    form->addRow(QueriesPage::tr("To:"), toEdit);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || fromEdit->dateTime() >= toEdit->dateTime())
        return false;
    from = fromEdit->dateTime();
    to = toEdit->dateTime();
    return true;
}

QString clock(qint64 ms, qint64 spanMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return QLocale().toString(t, spanMs > 24 * 3600 * 1000 ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                           : QStringLiteral("HH:mm:ss"));
}

} // namespace

QueriesPage::QueriesPage(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_proxy(new StatementFilter(this))
    , m_database(new QComboBox(this))
    , m_range(new QComboBox(this))
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
    m_range->setObjectName(QStringLiteral("statementRange"));
    m_range->setToolTip(tr("The time every column covers: calls, time, rows and the p95/p99 estimates"));
    m_range->addItem(tr("Last 5 min"), qint64(300));
    m_range->addItem(tr("Last 1 h"), qint64(3600));
    m_range->addItem(tr("Last 24 h"), qint64(24 * 3600));
    m_range->addItem(tr("Custom…"), qint64(0));
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    {
        const qint64 seconds = QSettings().value(QStringLiteral("queries/rangeSeconds"), 3600).toLongLong();
        const int saved = seconds > 0 ? m_range->findData(seconds) : -1;
        m_range->setCurrentIndex(saved >= 0 ? saved : 1); // a custom range is not kept
        m_window = StatementWindow::last(m_range->currentData().toLongLong());
    }
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
    m_table->setObjectName(QStringLiteral("statementTable"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu); // the page's own menu, with the copy actions
    m_tools = new TableTools(m_table, model(QString()), m_proxy);
    m_tools->setFilterEdit(m_search);
    m_tools->setKeyRole(StatementModel::QueryIdRole);
    m_tools->setCopyRole(StatementModel::QueryColumn, StatementModel::FullTextRole);
    m_table->sortByColumn(StatementModel::TotalColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The statement is what is read: the figures are fitted to their contents (at most 90 px
    // each, the full text on hover) and the query takes the rest.
    m_tools->setKeyColumn(StatementModel::QueryColumn);
    m_tools->setMaxColumnWidth(90);
    m_tools->setElideMode(StatementModel::DatabaseColumn, Qt::ElideMiddle);

    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Select a statement to see its full text."));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(2000); // a megabyte statement must not freeze the page

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_range);
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
    connect(m_database, &QComboBox::currentIndexChanged, this, [this] { showDatabase(m_database->currentData().toString()); });
    connect(m_range, &QComboBox::activated, this, &QueriesPage::onRangeChosen);
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
    m_rangeJob.cancel(); // another server's figures
    m_rangeAgain = false;
    if (isVisible())
        refreshRange();
    updateStatus();
}

void QueriesPage::setRange(qint64 seconds)
{
    const int item = m_range->findData(seconds);
    if (item >= 0)
        m_range->setCurrentIndex(item);
    QSettings().setValue(QStringLiteral("queries/rangeSeconds"), seconds);
    applyRange(StatementWindow::last(seconds));
}

void QueriesPage::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    const int custom = m_range->findData(qint64(0));
    m_range->setItemText(custom, tr("%1 – %2").arg(clock(from.toMSecsSinceEpoch(), 0), clock(to.toMSecsSinceEpoch(), 0)));
    m_range->setCurrentIndex(custom);
    applyRange(StatementWindow::between(from, to));
}

void QueriesPage::onRangeChosen()
{
    const qint64 seconds = m_range->currentData().toLongLong();
    if (seconds > 0) {
        m_range->setItemText(m_range->findData(qint64(0)), tr("Custom…"));
        setRange(seconds);
        return;
    }
    const auto [fromMs, toMs] = m_window.resolve(QDateTime::currentMSecsSinceEpoch());
    QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    if (askCustomRange(this, from, to)) {
        setCustomRange(from, to);
        return;
    }
    // Cancelled: back to what is shown.
    const int shown = m_window.lastSeconds > 0 ? m_range->findData(m_window.lastSeconds) : m_range->findData(qint64(0));
    m_range->setCurrentIndex(std::max(0, shown));
}

void QueriesPage::applyRange(const StatementWindow &window)
{
    m_window = window;
    m_rangeJob.cancel(); // its figures are for the range before
    m_rangeAgain = false;
    if (isVisible())
        refreshRange();
}

void QueriesPage::refreshRange()
{
    if (m_key.isEmpty())
        return;
    if (m_rangeJob.isRunning()) {
        m_rangeAgain = true;
        return;
    }
    const StatementHistory *kept = m_servers->statementHistory(m_key);
    // A shallow copy (its lists are implicitly shared): the buckets are picked on the pool thread.
    const StatementHistory memory = kept ? *kept : StatementHistory();
    const auto [from, to] = m_window.resolve(QDateTime::currentMSecsSinceEpoch());
    const std::optional<qint64> memoryStart = memory.earliestMs();
    const QString path = m_servers->historyPath(m_key);
    const QString key = m_key;
    // The file holds what this app saw too: it is read only for before the app's own history.
    const qint64 before = memoryStart.value_or(std::numeric_limits<qint64>::max());
    m_rangeJob.run<RangeFigures>(
        [path, memory, from, to, before](const JobContext &) {
            RangeFigures figures;
            QList<StatementBucket> buckets;
            if (!path.isEmpty() && before > from)
                buckets = HistoryStore::loadStatements(path, from, to, before, StatementRange::maxComponents,
                                                       &figures.error);
            figures.stored = !buckets.isEmpty();
            buckets += memory.buckets(from, to);
            figures.rows = StatementRange::summarize(buckets, from, to);
            return figures;
        },
        [this, key, from, to, memoryStart](const RangeFigures &figures) {
            if (key != m_key)
                return;
            model(key)->setRows(figures.rows);
            m_shownFrom = from;
            m_shownTo = to;
            m_shownMemoryStart = memoryStart;
            m_shownStored = figures.stored;
            m_shownError = figures.error;
            catchUp();
            Q_EMIT rangeShown();
            if (m_rangeAgain) {
                m_rangeAgain = false;
                refreshRange();
            }
        });
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
    // The server's StatementHistory keeps every interval; only the shown server's range is
    // recomputed, and a fixed range in the past does not change.
    if (key == m_key && isVisible() && m_window.isLive())
        refreshRange();
    else if (key == m_key)
        updateStatus();
}

void QueriesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshRange();
}

void QueriesPage::catchUp()
{
    if (m_key.isEmpty())
        return;
    StatementModel *statements = model(m_key);
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
        setTextRole(m_status, ThemeRole::WarningText);
        m_status->setText(s.statementsProblem.isEmpty() ? tr("pg_stat_statements is not readable.")
                                                        : s.statementsProblem);
        return;
    }
    setTextRole(m_status, s.statementTextsProblem.isEmpty() ? ThemeRole::SecondaryText : ThemeRole::WarningText);
    int slow = 0;
    const StatementModel *statements = m_models.value(m_key);
    for (int row = 0; statements && row < statements->rowCount(); ++row)
        slow += statements->index(row, 0).data(StatementModel::SlowRole).toBool() ? 1 : 0;
    const int count = statements ? statements->rowCount() : 0;
    QString head = tr("%n statement(s) with calls", nullptr, count);
    if (m_shownTo > m_shownFrom) {
        const qint64 span = m_shownTo - m_shownFrom;
        const QString from = clock(m_shownFrom, span);
        const QString to = clock(m_shownTo, span);
        // Say where the figures come from when the range reaches before this app's own history.
        const qint64 ownFrom = m_shownMemoryStart.value_or(m_shownTo);
        const QString own = clock(ownFrom, span);
        if (ownFrom <= m_shownFrom)
            head = tr("%n statement(s) with calls from %1 to %2", nullptr, count).arg(from, to);
        else if (m_servers->historyPath(m_key).isEmpty())
            head = tr("%n statement(s) with calls from %1 to %2 (not recorded before %3: history is not kept)",
                      nullptr, count).arg(from, to, own);
        else if (m_shownStored)
            head = tr("%n statement(s) with calls from %1 to %2 (before %3 from the stored history)", nullptr, count)
                       .arg(from, to, own);
        else
            head = tr("%n statement(s) with calls from %1 to %2 (nothing stored before %3)", nullptr, count)
                       .arg(from, to, own);
    }
    QStringList parts{head, tr("%n slow", nullptr, slow),
                      tr("p95/p99 are estimates: each interval's mean and variance, mixed over the range")};
    if (!m_shownError.isEmpty())
        parts << tr("history file: %1").arg(m_shownError);
    if (!s.statementTextsProblem.isEmpty())
        parts << s.statementTextsProblem;
    m_status->setText(parts.join(QStringLiteral(" · ")));
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
    menu.addSeparator();
    m_tools->addCopyActions(&menu);
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
    showDatabase(chosen);
}

void QueriesPage::showDatabase(const QString &database)
{
    m_proxy->setDatabase(database);
    // One database's statements all say its name: the column's width goes to the query.
    m_table->setColumnHidden(StatementModel::DatabaseColumn, !database.isEmpty());
}

} // namespace dbpulse
