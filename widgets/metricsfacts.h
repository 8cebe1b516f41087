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

/// \brief The live facts under the dashboard header: max_connections use (alert above 80%),
/// longest query and transaction, lock waits, pg_stat_statements status, and budget breaches
/// with the share of recent intervals that broke a budget. GUI thread.
class MetricsFacts : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsFacts(QWidget *parent = nullptr);

    /// Text shown for a statement (by queryid) in the worst-breach line; empty falls back to the id.
    using StatementText = std::function<QString(qint64)>;

    /// Shows \a history's newest figures; when \a freshness says they are stale they are dimmed
    /// and dated, and nothing in them is worded as current.
    void update(const MetricsHistory *history, const MetricsBudgetWatch *budgets,
                const StatementText &statementText = {}, const Freshness &freshness = {});
    QString connectionsText() const;
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
    void updateBlocking(const MetricsSample &s);
    void updateStatements(const MetricsSample &s);
    void updateBudgets(const MetricsSample &s, const MetricsBudgetWatch *budgets, const StatementText &statementText);

    LiveLabel *m_connections;
    LiveLabel *m_longestQuery;
    LiveLabel *m_longestTransaction;
    LiveLabel *m_blocking;
    LiveLabel *m_statements;
    QLabel *m_budget;
    QLabel *m_staleNote;
    bool m_stale = false;
};

} // namespace dbpulse
