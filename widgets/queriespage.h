#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dbpulse {

class ServerRegistry;
class PlanView;
class BackendView;
class StatementModel;
class StatementFilter;

/// \brief Top statements of the selected server from pg_stat_statements: sortable by total time,
/// mean, calls, p95 estimate, rows and cache hit; searchable; statements whose mean is above the
/// slow-query threshold highlighted; a database filter (the target database's statements by
/// default); query texts fetched lazily; EXPLAIN of the selected statement in its own database;
/// and a sessions tab with cancel/terminate. GUI thread.
class QueriesPage : public QWidget
{
    Q_OBJECT
public:
    explicit QueriesPage(ServerRegistry *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);
    QString currentKey() const { return m_key; }
    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const;
    /// The database filter: its entries are "All databases" (data: empty) and each database seen.
    QComboBox *databaseFilter() const { return m_database; }
    /// The model of \a key (created on first use).
    StatementModel *model(const QString &key);
    void setSlowThresholdMs(double ms);
    QString statusText() const;
    PlanView *planView() const { return m_plan; }
    BackendView *sessionView() const { return m_sessions; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onMetrics(const QString &key);
    /// Shows what the current server's model queued while the page was hidden or on another server.
    void catchUp();
    void updateStatus();
    void showSelected();
    /// Lists the databases the current model's statements ran in; selects the target's database
    /// the first time it is known.
    void updateDatabases();
    /// Query class ▸ automatic/simple/… for the statement under \a pos, and the budgets dialog.
    void showContextMenu(const QPoint &pos);

    ServerRegistry *m_servers;
    QString m_key;
    QMap<QString, StatementModel *> m_models;
    StatementFilter *m_proxy;
    QComboBox *m_database;
    QString m_databaseChosenFor;  ///< the key whose default database filter was set
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_search;
    QDoubleSpinBox *m_slow;
    QTableView *m_table;
    QPlainTextEdit *m_text;
    PlanView *m_plan;
    BackendView *m_sessions;
};

} // namespace dbpulse
