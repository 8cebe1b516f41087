#pragma once

#include "core/jobs/jobslot.h"
#include "models/statementwindow.h"

#include <QMap>
#include <QWidget>
#include <optional>

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
class TableTools;

/// \brief Top statements of the selected server from pg_stat_statements over a time range (last
/// 5 min / 1 h / 24 h or custom; every column covers it, read from the app's statement history
/// and, before this app started, the history file — computed as a Job): sortable by total time,
/// mean, calls, p95/p99 estimates, rows and cache hit; searchable; statements whose mean is above the
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
    TableTools *tableTools() const { return m_tools; }
    /// The database filter: its entries are "All databases" (data: empty) and each database seen.
    QComboBox *databaseFilter() const { return m_database; }
    /// The range choice: last 5 min / 1 h / 24 h (data: seconds) and Custom… (data: 0).
    QComboBox *rangeChooser() const { return m_range; }
    /// Shows the last \a seconds (a moving range).
    void setRange(qint64 seconds);
    /// Shows the fixed range [\a from, \a to].
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    StatementWindow range() const { return m_window; }
    /// The model of \a key (created on first use).
    StatementModel *model(const QString &key);
    void setSlowThresholdMs(double ms);
    QString statusText() const;
    PlanView *planView() const { return m_plan; }
    BackendView *sessionView() const { return m_sessions; }

Q_SIGNALS:
    /// The table now shows the range's figures (after each recomputation).
    void rangeShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onMetrics(const QString &key);
    /// Recomputes the range's figures (a Job) unless one is running; then it runs again after.
    void refreshRange();
    void onRangeChosen();
    void applyRange(const StatementWindow &window);
    /// Loads texts, selects a first row, updates the database list and the status.
    void catchUp();
    void updateStatus();
    void showSelected();
    /// Lists the databases the current model's statements ran in; selects the target's database
    /// the first time it is known.
    void updateDatabases();
    /// Only \a database's statements (empty: every database's).
    void showDatabase(const QString &database);
    /// Query class ▸ automatic/simple/… for the statement under \a pos, and the budgets dialog.
    void showContextMenu(const QPoint &pos);

    ServerRegistry *m_servers;
    QString m_key;
    QMap<QString, StatementModel *> m_models;
    StatementFilter *m_proxy;
    QComboBox *m_database;
    QString m_databaseChosenFor;  ///< the key whose default database filter was set
    QComboBox *m_range;
    StatementWindow m_window;
    JobSlot m_rangeJob{this};
    bool m_rangeAgain = false;            ///< metrics arrived while the job ran
    // What the shown figures cover, for the status line.
    qint64 m_shownFrom = 0;
    qint64 m_shownTo = 0;
    std::optional<qint64> m_shownMemoryStart; ///< from here on the app's own history
    bool m_shownStored = false;           ///< the history file was read for before it
    QString m_shownError;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_search;
    QDoubleSpinBox *m_slow;
    QTableView *m_table;
    TableTools *m_tools;
    QPlainTextEdit *m_text;
    PlanView *m_plan;
    BackendView *m_sessions;
};

} // namespace dbpulse
