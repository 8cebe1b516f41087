#pragma once

#include <QWidget>

class QLabel;

namespace dbpulse {

class MetricsBudgetWatch;
class MetricsHistory;

/// \brief The live facts under the dashboard header: max_connections use (alert above 80%),
/// longest query and transaction, lock waits, pg_stat_statements status, and budget breaches
/// with the share of recent intervals that broke a budget. GUI thread.
class MetricsFacts : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsFacts(QWidget *parent = nullptr);

    void update(const MetricsHistory *history, const MetricsBudgetWatch *budgets);
    QString connectionsText() const;
    QString statementsText() const;
    QString budgetText() const;

private:
    QLabel *m_connections;
    QLabel *m_longestQuery;
    QLabel *m_longestTransaction;
    QLabel *m_blocking;
    QLabel *m_statements;
    QLabel *m_budget;
};

} // namespace dbpulse
