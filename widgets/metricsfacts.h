#pragma once

#include "models/freshness.h"

#include <QWidget>
#include <functional>

class QLabel;

namespace dbpulse {

class LiveLabel;
class MetricsBudgetWatch;
class MetricsHistory;
struct MetricsSample;

/// \brief The live facts under the dashboard header, in two labelled rows: the target database's
/// (connections against its own CONNECTION LIMIT, transactions/s, longest query and transaction,
/// cache hit) and the server's (every connection against max_connections, alert above 80%,
/// transactions and statements/s, checkpoints, WAL/s, oldest transaction, lock waits); then the
/// database's pg_stat_statements status and budget breaches with the share of recent intervals
/// that broke a budget. In a server view only the server's row shows. GUI thread.
class MetricsFacts : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsFacts(QWidget *parent = nullptr);

    /// Text shown for a statement (by queryid) in the worst-breach line; empty falls back to the id.
    using StatementText = std::function<QString(qint64)>;

    /// Shows \a history's newest figures; when \a freshness says they are stale they are dimmed
    /// and dated, and nothing in them is worded as current.
    /// \a serverHistory, when given, supplies the server's row (the same connection that shows
    /// the server's figures elsewhere, so one screen shows one value for them).
    void update(const MetricsHistory *history, const MetricsBudgetWatch *budgets,
                const StatementText &statementText = {}, const Freshness &freshness = {},
                const MetricsHistory *serverHistory = nullptr);
    /// Names the two rows: the target database and where the server is.
    void setScopeNames(const QString &database, const QString &server);
    /// Only the server's row (a server view), or both.
    void setServerOnly(bool serverOnly);
    QString connectionsText() const;       ///< the database's connections
    QString connectionsCaption() const;    ///< says which limit they are counted against
    QString serverConnectionsText() const; ///< the server's, against max_connections
    QString serverTransactionsText() const;
    QString databaseTransactionsText() const;
    QString databaseTitle() const;
    QString serverTitle() const;
    QString statementsText() const;
    QString budgetText() const;
    QString blockingText() const;
    /// The "last known figures" note; empty while the figures are current.
    QString staleText() const;

Q_SIGNALS:
    /// The user asked to edit the budgets (the link in the budget line).
    void editBudgetsRequested();

private:
    QString alert(const QString &text) const;
    void updateConnections(const MetricsSample &s);
    void updateServer(const MetricsSample &s);
    /// Lays out one scope in \a box: its title, then a caption over each value.
    static void addRow(QWidget *box, QLabel *title, const QList<QLabel *> &captions, const QList<LiveLabel *> &values);
    void updateBlocking(const MetricsSample &s);
    void updateStatements(const MetricsSample &s);
    void updateBudgets(const MetricsSample &s, const MetricsBudgetWatch *budgets, const StatementText &statementText);

    QLabel *m_databaseTitle;
    QLabel *m_serverTitle;
    QWidget *m_databaseBox = nullptr;         // the database's row, hidden in a server view
    QLabel *m_connectionsCaption;
    LiveLabel *m_connections;
    LiveLabel *m_transactions;
    LiveLabel *m_databaseStatements;
    LiveLabel *m_longestQuery;
    LiveLabel *m_longestTransaction;
    LiveLabel *m_cacheHit;
    LiveLabel *m_serverConnections;
    LiveLabel *m_serverTransactions;
    LiveLabel *m_serverStatements;
    LiveLabel *m_checkpoints;
    LiveLabel *m_wal;
    LiveLabel *m_oldestTransaction;
    LiveLabel *m_blocking;
    bool m_serverOnly = false;
    LiveLabel *m_statements;
    QLabel *m_budget;
    QLabel *m_staleNote;
    bool m_stale = false;
};

} // namespace dbpulse
