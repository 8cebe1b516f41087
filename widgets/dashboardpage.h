#pragma once

#include "core/db/connectionstate.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace dbpulse {

class ActivityChart;
struct ServerGroup;
class DatabaseBreakdownModel;
class BlockingTreeView;
class ServerRegistry;
class LiveLabel;
class MetricsCharts;
class MessagePanel;
class MetricsFacts;
class ReplicationPanel;
class ServerCardGrid;
class SqlitePanel;

/// \brief The selected connection at a glance: product/version, the server's ticking uptime, the
/// database's size and state in the header, the database's and the server's live facts (each
/// row labelled) and budget breaches, the database's charts below (or why there are none), and a
/// grid of cards, grouped by server, while several connections are live. With a server selected
/// (setCurrentServer()) it shows the server view: the server's facts and a per-database
/// breakdown. GUI thread.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(ServerRegistry *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);
    QString currentKey() const { return m_key; }
    /// Shows the server view of server group \a groupId (see groupServers()); empty: the
    /// current connection's view.
    void setCurrentServer(const QString &groupId);
    QString currentServer() const { return m_serverGroup; }
    /// The server view's per-database table.
    DatabaseBreakdownModel *breakdown() const { return m_breakdown; }
    ActivityChart *chart() const;
    MetricsCharts *charts() const { return m_charts; }
    MetricsFacts *facts() const { return m_facts; }
    BlockingTreeView *blockingTree() const { return m_blockingTree; }
    ReplicationPanel *replication() const { return m_replication; }
    ServerCardGrid *cards() const { return m_cards; }
    /// The figures and charts of an SQLite file, shown instead of the charts for one.
    SqlitePanel *sqlitePanel() const { return m_sqlite; }
    /// The message shown instead of charts, with the first-run buttons.
    MessagePanel *messagePanel() const { return m_message; }

Q_SIGNALS:
    /// A server card was clicked: the window should select that connection.
    void serverSelected(const QString &key);
    /// A server group's header was clicked: the window should select that server.
    void serverGroupSelected(const QString &groupId);
    /// First run: "Start demo" was pressed (the window starts it as `dbpulse --demo` does).
    void demoRequested();
    /// First run: "New connection…" was pressed.
    void newConnectionRequested();
public:
    /// The explanation shown instead of the chart (empty while the chart shows).
    QString messageText() const;
    /// Opens the budgets dialog; what it accepts is applied and saved.
    void editBudgets();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateAll();
    void updateHeader();
    void updateUptime();
    /// The chart timer: the next chart in turn, the facts and server cards with the first.
    void tick();
    /// Redraws every chart and the facts now (when shown).
    void refreshChart();
    void updateFacts();
    /// The unreachable banner with its ticking countdown and a "Retry now" link.
    void updateOutage();
    /// For an SQLite target: the panel, or the message while nothing was sampled yet.
    QString showSqlite(const ConnectionStatus &status);
    void refreshSqlite();
    /// The connection whose samples the facts show: the current one, or in a server view the
    /// member with the newest server figures.
    QString figuresKey() const;
    /// The server view: header, the server's facts and the breakdown.
    void showServerView();
    void updateServerHeader(const ServerGroup &group);
    void refreshServerView();

    ServerRegistry *m_servers;
    QString m_key;
    QString m_serverGroup;
    bool m_chartDirty = true;
    int m_part = 0; // the chart the last tick redrew
    qint64 m_roundNowMs = 0; // the "now" of the round of four redraws the last tick belongs to

    QLabel *m_title;
    QLabel *m_server;
    LiveLabel *m_uptime;
    QLabel *m_size;
    QLabel *m_sizeCaption;
    QLabel *m_bodyCaption;
    DatabaseBreakdownModel *m_breakdown;
    QTableView *m_breakdownView;
    QLabel *m_state;
    QLabel *m_where;
    QLabel *m_banner;
    QStackedWidget *m_body;
    MetricsCharts *m_charts;
    MetricsFacts *m_facts;
    BlockingTreeView *m_blockingTree;
    ReplicationPanel *m_replication;
    ServerCardGrid *m_cards;
    SqlitePanel *m_sqlite;
    MessagePanel *m_message;
    QTimer *m_chartTimer;
    QTimer *m_clock;
};

} // namespace dbpulse
