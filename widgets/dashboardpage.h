#pragma once

#include "core/db/connectionstate.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace dbpulse {

class ActivityChart;
class BlockingTreeView;
class ServerRegistry;
class LiveLabel;
class MetricsCharts;
class MetricsFacts;
class ReplicationPanel;
class ServerCardGrid;
class SqlitePanel;

/// \brief The selected server at a glance: product/version, ticking uptime, size and state in the
/// header, live facts and budget breaches, the charts below (or why there are none), and a grid
/// of server cards while several connections are live. GUI thread.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(ServerRegistry *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);
    QString currentKey() const { return m_key; }
    ActivityChart *chart() const;
    MetricsCharts *charts() const { return m_charts; }
    MetricsFacts *facts() const { return m_facts; }
    BlockingTreeView *blockingTree() const { return m_blockingTree; }
    ReplicationPanel *replication() const { return m_replication; }
    ServerCardGrid *cards() const { return m_cards; }
    /// The figures and charts of an SQLite file, shown instead of the charts for one.
    SqlitePanel *sqlitePanel() const { return m_sqlite; }

Q_SIGNALS:
    /// A server card was clicked: the window should select that connection.
    void serverSelected(const QString &key);
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

    ServerRegistry *m_servers;
    QString m_key;
    bool m_chartDirty = true;
    int m_part = 0; // the chart the last tick redrew

    QLabel *m_title;
    QLabel *m_server;
    LiveLabel *m_uptime;
    QLabel *m_size;
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
    QLabel *m_message;
    QTimer *m_chartTimer;
    QTimer *m_clock;
};

} // namespace dbpulse
