#include "models/metricsbudgetwatch.h"

#include <algorithm>

namespace dbpulse {

MetricsBudgetWatch::MetricsBudgetWatch(int consecutive, int burnWindow)
    : m_consecutive(std::max(1, consecutive))
    , m_burnWindow(std::max(1, burnWindow))
{
}

QList<BudgetAlert> MetricsBudgetWatch::add(const MetricsSample &sample)
{
    QList<BudgetAlert> alerts;
    // A refresh that did not read statements repeats the last window's breaches: not a new interval.
    if (!sample.statementsAvailable || sample.statementsGap || !sample.statementsFresh)
        return alerts;

    QHash<qint64, int> next;
    for (const BudgetBreach &breach : sample.budgetBreaches) {
        const int count = m_streaks.value(breach.queryId) + 1;
        next.insert(breach.queryId, count);
        if (count == m_consecutive)
            alerts.append({breach, count});
    }
    m_streaks = next; // statements without a breach this interval end their streak

    const bool breaching = !sample.budgetBreaches.isEmpty();
    m_recent.append(breaching);
    m_recentBreaching += breaching ? 1 : 0;
    if (m_recent.size() > m_burnWindow) {
        m_recentBreaching -= m_recent.takeFirst() ? 1 : 0;
    }
    return alerts;
}

void MetricsBudgetWatch::reset()
{
    m_streaks.clear();
    m_recent.clear();
    m_recentBreaching = 0;
}

double MetricsBudgetWatch::burnRate() const
{
    return m_recent.isEmpty() ? 0.0 : double(m_recentBreaching) / double(m_recent.size());
}

} // namespace dbpulse
