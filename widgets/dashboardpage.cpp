#include "widgets/dashboardpage.h"

#include "core/io/datasize.h"
#include "models/connectionlistmodel.h"
#include "models/databasebreakdownmodel.h"
#include "models/servergroups.h"
#include "models/freshness.h"
#include "models/statustext.h"
#include "widgets/budgetdialog.h"
#include "widgets/activitychart.h"
#include "widgets/blockingtreeview.h"
#include "models/metricshistory.h"
#include "models/serverregistry.h"
#include "widgets/livelabel.h"
#include "widgets/metricscharts.h"
#include "widgets/messagepanel.h"
#include "widgets/metricsfacts.h"
#include "widgets/replicationpanel.h"
#include "widgets/servercardgrid.h"
#include "widgets/sqlitepanel.h"
#include "widgets/tabletools.h"
#include "widgets/themedstyle.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QTableView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dbpulse {

namespace {
// Following live, each chart is redrawn once a second (the sample rate; all the moving axis
// shows in between is a pixel), one chart per tick: drawing all four in one event was the GUI
// thread's largest stall with twenty servers connected. The four ticks of a round come close
// together, so the charts' time axes differ only for those moments, not for most of a second.
constexpr int RoundMs = 1000;
constexpr int PartGapMs = 40;

QFont factFont(const QWidget *widget)
{
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    return f;
}

QLabel *factValue(QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(factFont(label));
    return label;
}

// Uptime ticks every second: a LiveLabel, so the tick does not lay the window out again.
LiveLabel *uptimeValue(QWidget *parent)
{
    auto *label = new LiveLabel(16, parent);
    label->setFont(factFont(label));
    label->setText(QStringLiteral("—"));
    return label;
}
} // namespace

DashboardPage::DashboardPage(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_title(new QLabel(this))
    , m_server(factValue(this))
    , m_uptime(uptimeValue(this))
    , m_size(factValue(this))
    , m_sizeCaption(nullptr)
    , m_bodyCaption(new QLabel(this))
    , m_breakdown(new DatabaseBreakdownModel(this))
    , m_breakdownView(new QTableView(this))
    , m_state(factValue(this))
    , m_where(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_body(new QStackedWidget(this))
    , m_charts(new MetricsCharts(this))
    , m_facts(new MetricsFacts(this))
    , m_blockingTree(new BlockingTreeView(servers, this))
    , m_replication(new ReplicationPanel(this))
    , m_cards(new ServerCardGrid(servers, this))
    , m_sqlite(new SqlitePanel(this))
    , m_message(new MessagePanel(this))
    , m_chartTimer(new QTimer(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    // The facts never take the charts' room: a server view hides the database's row of them.
    m_facts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_where->setObjectName(QStringLiteral("dashboardWhere"));
    setTextRole(m_where, ThemeRole::SecondaryText);

    auto *facts = new QGridLayout;
    const QStringList captions{tr("Server"), tr("Server uptime"), tr("Database size"), tr("State")};
    const QList<QWidget *> values{m_server, m_uptime, m_size, m_state};
    for (int i = 0; i < captions.size(); ++i) {
        auto *caption = new QLabel(captions.at(i).toUpper(), this);
        QFont f = caption->font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        caption->setFont(f);
        setTextRole(caption, ThemeRole::SecondaryText);
        facts->addWidget(caption, 0, i);
        if (values.at(i) == m_size)
            m_sizeCaption = caption; // names the database (or "all databases" in a server view)
        facts->addWidget(values.at(i), 1, i);
        facts->setColumnStretch(i, 1);
    }

    m_banner->setObjectName(QStringLiteral("dashboardBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_banner, &QLabel::linkActivated, this, [this] { m_servers->retryNow(m_key); });
    setThemedStyleSheet(m_banner, [] {
        return QStringLiteral("background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px")
            .arg(theme::color(ThemeRole::WarningBackground).name(), theme::color(ThemeRole::WarningText).name(),
                 theme::color(ThemeRole::WarningBorder).name());
    });

    connect(m_message, &MessagePanel::demoRequested, this, &DashboardPage::demoRequested);
    connect(m_message, &MessagePanel::newConnectionRequested, this, &DashboardPage::newConnectionRequested);
    m_body->addWidget(m_charts);
    m_body->addWidget(m_message);
    m_body->addWidget(m_sqlite);
    m_breakdownView->setObjectName(QStringLiteral("databaseBreakdown"));
    // Sorting, copy and the selection kept across refreshes: the one table helper (tabletools.h).
    (new TableTools(m_breakdownView, m_breakdown))->proxy()->setSortRole(DatabaseBreakdownModel::SortRole);
    m_breakdownView->verticalHeader()->hide();
    m_breakdownView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_breakdownView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakdownView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_body->addWidget(m_breakdownView);
    m_bodyCaption->setObjectName(QStringLiteral("dashboardBodyCaption"));
    setTextRole(m_bodyCaption, ThemeRole::SecondaryText);
    whenPaletteChanges(m_state, [this] { updateAll(); }); // the state dot is coloured inline

    // The page scrolls rather than grow the window: a blocking tree, replication panel and card
    // grid shown at once need more height than a 720-pixel window has, and a page whose minimum
    // outgrows the screen pushes the window's bottom (and the status bar) off it.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_where);
    layout->addSpacing(6);
    layout->addLayout(facts);
    layout->addSpacing(4);
    layout->addWidget(m_facts);
    layout->addWidget(m_blockingTree);
    layout->addWidget(m_replication);
    layout->addWidget(m_cards);
    layout->addWidget(m_banner);
    layout->addWidget(m_bodyCaption);
    layout->addWidget(m_body, 1);
    scroll->setWidget(content);

    m_chartTimer->setSingleShot(true); // tick() sets the time to the next one
    connect(m_chartTimer, &QTimer::timeout, this, &DashboardPage::tick);
    m_chartTimer->start(PartGapMs);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (!isVisible()) // caught up in showEvent()
            return;
        updateUptime();
        // The reconnect countdown and the age of the last figures tick with the clock.
        if (m_servers->model()->status(m_key).state == ConnectionState::Reconnecting) {
            updateHeader();
            updateOutage();
            updateFacts();
        }
    });
    m_clock->start();

    connect(servers, &ServerRegistry::statusChanged, this, [this](const QString &key) {
        if (key == m_key)
            updateAll();
    });
    connect(servers, &ServerRegistry::serverInfoChanged, this, [this](const QString &key) {
        if (key == m_key)
            updateAll();
    });
    connect(servers, &ServerRegistry::activityAppended, this, [this](const QString &key) {
        if (key == m_key)
            m_chartDirty = true; // drawn by the next chart tick, never per sample
    });
    connect(servers, &ServerRegistry::metricsAppended, this, [this](const QString &key) {
        if (key == m_key)
            m_chartDirty = true;
    });
    connect(servers, &ServerRegistry::sqliteAppended, this, [this](const QString &key) {
        if (key != m_key)
            return;
        if (m_body->currentWidget() == m_sqlite)
            refreshSqlite();
        else
            updateAll(); // the first sample replaces the "opening" message
    });
    connect(servers, &ServerRegistry::queryTextsFetched, this, [this](const QString &key) {
        if (key == m_key)
            m_chartDirty = true; // the worst breach's statement text may have arrived
    });
    connect(m_facts, &MetricsFacts::editBudgetsRequested, this, &DashboardPage::editBudgets);
    connect(m_charts, &MetricsCharts::viewChanged, this, [this] {
        m_chartDirty = true;
        refreshChart();
    });
    connect(m_cards, &ServerCardGrid::serverSelected, this, &DashboardPage::serverSelected);
    connect(m_cards, &ServerCardGrid::serverGroupSelected, this, &DashboardPage::serverGroupSelected);
    updateAll();
}

void DashboardPage::editBudgets()
{
    BudgetDialog::edit(m_servers, this);
}

void DashboardPage::setCurrentKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_chartDirty = true;
    m_cards->setCurrentKey(m_serverGroup.isEmpty() ? key : QString());
    m_blockingTree->setCurrentKey(figuresKey());
    updateAll();
}

void DashboardPage::setCurrentServer(const QString &groupId)
{
    if (groupId == m_serverGroup)
        return;
    m_serverGroup = groupId;
    m_cards->setCurrentServer(groupId);
    m_cards->setCurrentKey(groupId.isEmpty() ? m_key : QString());
    m_blockingTree->setCurrentKey(figuresKey());
    m_chartDirty = true;
    updateAll();
}

QString DashboardPage::figuresKey() const
{
    return m_serverGroup.isEmpty() ? m_key : serverFiguresKey(*m_servers, findServerGroup(*m_servers, m_serverGroup));
}

void DashboardPage::showServerView()
{
    updateOutage();
    m_facts->setServerOnly(true);
    m_facts->setVisible(true);
    m_bodyCaption->setText(tr("Every database of the server; bold: monitored here"));
    m_bodyCaption->setVisible(true);
    m_body->setCurrentWidget(m_breakdownView);
    refreshServerView();
}

void DashboardPage::refreshServerView()
{
    const ServerGroup group = findServerGroup(*m_servers, m_serverGroup);
    m_breakdown->setRows(databaseBreakdown(*m_servers, group));
    updateFacts();
}

ActivityChart *DashboardPage::chart() const
{
    return m_charts->activityChart();
}

QString DashboardPage::messageText() const
{
    return m_body->currentWidget() == m_message ? m_message->text() : QString();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateUptime();
    m_cards->refresh();
    if (m_body->currentWidget() == m_sqlite)
        refreshSqlite();
    m_chartDirty = true;
    refreshChart();
}

void DashboardPage::updateAll()
{
    updateHeader();
    if (!m_serverGroup.isEmpty() && findServerGroup(*m_servers, m_serverGroup).isGroup()) {
        showServerView();
        return;
    }
    m_facts->setServerOnly(false);
    const ConnectionListModel *model = m_servers->model();
    const ConnectionStatus status = model->status(m_key);
    const Target target = model->target(m_key);
    const ActivityHistory *history = m_servers->history(m_key);
    const bool haveSamples = history && !history->isEmpty();

    QString message;
    if (m_key.isEmpty()) {
        message = tr("No connection selected.\n\nLook around on the built-in demo database (a "
                     "throwaway cluster with a shop and its workload), or connect to your own server. A "
                     "target on the command line opens it directly.");
    } else if (!model->hasTarget(m_key)) {
        message = model->note(m_key);
    } else if (status.state == ConnectionState::Disconnected) {
        message = tr("Disconnected.\n\nConnect to %1 to see its activity.").arg(target.label);
    } else if (status.state == ConnectionState::Failed) {
        message = tr("Connection failed.\n\n%1").arg(status.error.trimmed());
    } else if (target.kind == DatabaseKind::SQLite) {
        m_facts->setVisible(false);
        m_bodyCaption->setVisible(false);
        message = showSqlite(status);
        if (message.isEmpty())
            return;
    } else if (status.state == ConnectionState::Connecting && !haveSamples) {
        message = tr("Connecting to %1…").arg(target.label);
    } else if (status.state == ConnectionState::Reconnecting && !haveSamples) {
        message = tr("Server unreachable.");
    }
    // With samples the charts stay: the gap they grow is the outage.
    updateOutage();

    m_facts->setVisible(message.isEmpty());
    if (!message.isEmpty()) {
        m_blockingTree->setSample(nullptr);
        m_replication->setReplication(nullptr);
    }
    m_bodyCaption->setVisible(false); // only the server view captions its table; the charts name their database
    if (message.isEmpty()) {
        m_body->setCurrentWidget(m_charts);
        m_chartDirty = true;
        refreshChart();
    } else {
        m_message->setText(message);
        m_message->setFirstRun(m_key.isEmpty());
        m_body->setCurrentWidget(m_message);
    }
}

void DashboardPage::updateOutage()
{
    const ConnectionStatus status = m_servers->model()->status(m_key);
    if (status.state != ConnectionState::Reconnecting) {
        m_banner->setVisible(false);
        return;
    }
    QString text = tr("Server unreachable — %1").arg(describeStatus(status).toHtmlEscaped());
    if (m_servers->model()->target(m_key).kind == DatabaseKind::SQLite) {
        // The last figures stay on the panel, under a banner that dates them.
        const SqliteHistory *history = m_servers->sqliteHistory(m_key);
        text = history && !history->isEmpty()
            ? tr("SQLite file unreadable — %1. The figures below are from %2.")
                  .arg(describeStatus(status).toHtmlEscaped(), history->latest().sampledAt.toString(QStringLiteral("HH:mm:ss")))
            : tr("SQLite file unreadable — %1").arg(describeStatus(status).toHtmlEscaped());
    }
    m_banner->setText(text + QStringLiteral(" · <a href=\"retry\">%1</a>").arg(tr("Retry now")));
    m_banner->setVisible(true);
}

QString DashboardPage::showSqlite(const ConnectionStatus &status)
{
    const SqliteHistory *history = m_servers->sqliteHistory(m_key);
    const QString path = QFileInfo(m_servers->model()->target(m_key).sqlitePath).absoluteFilePath();
    if (!history || history->isEmpty()) {
        return status.state == ConnectionState::Reconnecting ? tr("SQLite file unreadable.")
                                                             : tr("Opening the SQLite file %1…").arg(path);
    }
    m_body->setCurrentWidget(m_sqlite);
    refreshSqlite();
    return {};
}

void DashboardPage::refreshSqlite()
{
    m_sqlite->refresh(m_servers->sqliteHistory(m_key), QDateTime::currentMSecsSinceEpoch());
}

void DashboardPage::updateHeader()
{
    const ConnectionListModel *model = m_servers->model();
    const QModelIndex index = model->indexForKey(m_key);
    if (!index.isValid()) {
        m_title->setText(tr("Dashboard"));
        m_where->clear();
        for (QLabel *l : {m_server, m_size, m_state})
            l->setText(QStringLiteral("—"));
        m_uptime->setText(QStringLiteral("—"));
        return;
    }
    const ServerInfo info = m_servers->serverInfo(m_key);
    const ConnectionStatus status = model->status(m_key);
    const ServerGroup group = findServerGroup(*m_servers, m_serverGroup);
    if (group.isGroup()) {
        updateServerHeader(group);
        return;
    }
    m_title->setText(index.data(ConnectionListModel::NameRole).toString());
    m_sizeCaption->setText(info.database.isEmpty() ? tr("DATABASE SIZE")
                                                   : tr("SIZE OF %1").arg(info.database.toUpper()));
    m_facts->setScopeNames(info.database, info.host);
    m_charts->setScope(info.database);
    QString where = index.data(ConnectionListModel::LabelRole).toString();
    if (!info.user.isEmpty())
        where = tr("%1 as %2").arg(info.host.isEmpty() ? where : info.host + QLatin1Char('/') + info.database, info.user);
    // Say whether the link is encrypted; warn when it is not and leaves this machine.
    if (!info.link.isEmpty())
        where += QStringLiteral(" · ") + (info.linkWarning.isEmpty() ? info.link : tr("⚠ %1").arg(info.link));
    m_where->setText(where);
    m_where->setToolTip(info.linkWarning);
    m_server->setText(info.product.isEmpty() ? QStringLiteral("—")
                                             : info.product + QLatin1Char(' ') + info.version);
    m_size->setText(info.sizeBytes >= 0 ? formatDataSize(info.sizeBytes, QLocale()) : QStringLiteral("—"));
    const QString stateText = index.data(ConnectionListModel::StatusTextRole).toString();
    m_state->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                         .arg(stateColor(status.state).name(),
                              QFontMetrics(m_state->font()).elidedText(stateText, Qt::ElideRight, 260).toHtmlEscaped()));
    m_state->setToolTip(stateText);
    updateUptime();
}

void DashboardPage::updateServerHeader(const ServerGroup &group)
{
    const ServerInfo info = m_servers->serverInfo(group.keys.first());
    QStringList databases;
    for (const QString &key : group.keys)
        databases << m_servers->serverInfo(key).database;
    m_title->setText(tr("Server %1").arg(group.title));
    m_where->setText(tr("Monitored here: %1").arg(databases.join(QStringLiteral(", "))));
    m_where->setToolTip({});
    m_server->setText(info.product.isEmpty() ? QStringLiteral("—") : info.product + QLatin1Char(' ') + info.version);
    qint64 total = 0;
    for (qint64 size : info.databaseSizes)
        total += size;
    m_sizeCaption->setText(tr("SIZE OF ALL DATABASES"));
    m_size->setText(info.databaseSizes.isEmpty() ? QStringLiteral("—") : formatDataSize(total, QLocale()));
    m_size->setToolTip(tr("As read when DB Pulse connected"));
    const QString figures = figuresKey();
    const ConnectionStatus status = m_servers->model()->status(figures.isEmpty() ? group.keys.first() : figures);
    m_state->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                         .arg(stateColor(status.state).name(), describeStatus(status).toHtmlEscaped()));
    m_state->setToolTip({});
    m_facts->setScopeNames({}, group.title);
    updateUptime();
}

void DashboardPage::updateUptime()
{
    const ServerInfo info = m_servers->serverInfo(m_key);
    const bool connected = m_servers->model()->status(m_key).state == ConnectionState::Connected;
    if (!connected || !info.startedAt.isValid()) {
        m_uptime->setText(QStringLiteral("—"));
        return;
    }
    m_uptime->setText(formatDuration(info.startedAt.secsTo(QDateTime::currentDateTimeUtc())));
}

void DashboardPage::tick()
{
    m_part = (m_part + 1) % MetricsCharts::ChartCount;
    const bool lastOfRound = m_part == MetricsCharts::ChartCount - 1;
    m_chartTimer->start(lastOfRound ? RoundMs - (MetricsCharts::ChartCount - 1) * PartGapMs : PartGapMs);
    // One "now" for the four charts of a round, so their time axes end at the same instant and
    // their labels line up (each chart's own clock put one a second apart from the others).
    if (m_part == 0 || m_roundNowMs == 0)
        m_roundNowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_part == 0)
        m_cards->refresh();
    if (isVisible() && m_body->currentWidget() == m_breakdownView) {
        if (m_part == 0)
            refreshServerView();
        return;
    }
    if (!isVisible() || m_body->currentWidget() != m_charts)
        return;
    // While paused nothing moves, so only new data or a new view is worth a redraw.
    if (m_charts->isPaused()) {
        if (m_chartDirty)
            refreshChart();
        return;
    }
    // The axis keeps moving even without samples, so an outage shows as a growing gap.
    const MetricsHistory *metrics = m_servers->metricsHistory(m_key);
    m_charts->refreshOne(m_part, m_servers->history(m_key), metrics, m_roundNowMs);
    if (m_part == 0)
        updateFacts();
}

void DashboardPage::updateFacts()
{
    const QString key = figuresKey();
    const MetricsHistory *metrics = m_servers->metricsHistory(key);
    const Freshness freshness = judgeFreshness(m_servers->model()->status(key), metrics,
                                               QDateTime::currentMSecsSinceEpoch());
    // The server's row from the connection that shows this server's figures everywhere.
    const QString serverKey = serverFiguresKey(*m_servers, findServerGroupOf(*m_servers, key));
    m_facts->update(metrics, m_servers->budgetWatch(key),
                    [this, key](qint64 queryId) { return m_servers->statementSummary(key, queryId); }, freshness,
                    serverKey.isEmpty() ? metrics : m_servers->metricsHistory(serverKey));
    // The size is the last one read: during an outage it is dimmed with the other figures.
    m_size->setEnabled(!freshness.stale);
    // So are the lock tree and replication (disabled: no terminate on a last-known tree).
    const MetricsSample *latest = metrics && !metrics->isEmpty() ? &metrics->latest() : nullptr;
    m_blockingTree->setSample(latest);
    m_blockingTree->setEnabled(!freshness.stale);
    m_replication->setReplication(latest ? &latest->replication : nullptr);
    m_replication->setEnabled(!freshness.stale);
}

void DashboardPage::refreshChart()
{
    if (!isVisible() || m_body->currentWidget() != m_charts)
        return;
    const MetricsHistory *metrics = m_servers->metricsHistory(m_key);
    m_charts->refresh(m_servers->history(m_key), metrics, QDateTime::currentMSecsSinceEpoch());
    updateFacts();
    m_chartDirty = false;
}

} // namespace dbpulse
