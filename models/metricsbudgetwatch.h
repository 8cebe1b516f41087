#pragma once

#include "core/metrics/metricssample.h"

#include <QHash>
#include <QList>

namespace dbpulse {

/// \brief A statement whose estimated p95 broke its class budget for N intervals in a row.
struct BudgetAlert
{
    BudgetBreach breach;  ///< the newest breaching interval
    int intervals = 0;    ///< consecutive breaching intervals so far
};

/// \brief Counts consecutive budget-breaching intervals per statement and says when a streak
/// reaches the alert threshold (once per streak, so a long incident does not spam). Also keeps
/// how much of the recent intervals breached, the "burn rate" the dashboard shows. Value class;
/// GUI thread.
class MetricsBudgetWatch
{
public:
    explicit MetricsBudgetWatch(int consecutive = 3, int burnWindow = 300);

    void setConsecutive(int intervals) { m_consecutive = std::max(1, intervals); }
    int consecutive() const { return m_consecutive; }

    /// Feeds one interval; returns the statements whose streak just reached the threshold.
    /// A statement-statistics gap neither extends nor breaks a streak: nothing was measured.
    QList<BudgetAlert> add(const MetricsSample &sample);
    void reset();

    int streak(qint64 queryId) const { return m_streaks.value(queryId); }
    /// Share (0…1) of the last burnWindow measured intervals that had at least one breach.
    double burnRate() const;
    int measuredIntervals() const { return int(m_recent.size()); }

private:
    int m_consecutive;
    int m_burnWindow;
    QHash<qint64, int> m_streaks;
    QList<bool> m_recent; // oldest first, at most m_burnWindow
    int m_recentBreaching = 0;
};

} // namespace dbpulse
