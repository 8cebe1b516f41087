#pragma once

#include <QWidget>
#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace dbpulse {

class ActivityChart;
class ActivityHistory;
class MetricsHistory;
class TimeSeriesChart;

/// \brief The dashboard's charts: connections by state, throughput, estimated latency
/// percentiles and cache hit ratios, over a 5 min / 1 h / 24 h window, with pause and a shared
/// rubber-band zoom (right click or "Live" returns to the moving window). Latency is on a log
/// scale unless the user turns it off (remembered); the plot areas line up so one instant sits at
/// the same x on every chart. GUI thread.
class MetricsCharts : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsCharts(QWidget *parent = nullptr);

    /// Redraws every chart from the histories (either may be nullptr) for the current window,
    /// or for the frozen range while paused or zoomed.
    void refresh(const ActivityHistory *activity, const MetricsHistory *metrics, qint64 nowMs);
    /// Names the database the charts are about, in the line above them (empty: none named).
    void setScope(const QString &database);
    /// The charts, for refreshOne(): 0 is the connections chart, then throughput, latency, cache.
    static constexpr int ChartCount = 4;
    /// Redraws chart \a chart only, as refresh() would: following live, the page redraws one
    /// chart per tick so that no single event pays for drawing all four.
    void refreshOne(int chart, const ActivityHistory *activity, const MetricsHistory *metrics, qint64 nowMs);
    /// Whether the PostgreSQL-only charts are shown (SQLite has no server counters).
    void setMetricsVisible(bool visible);

    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }
    void setPaused(bool paused);
    bool isPaused() const { return m_frozen.has_value(); }
    /// Shows exactly [fromMs, toMs] and pauses, as a rubber band on any chart does.
    void zoomTo(qint64 fromMs, qint64 toMs);
    void resetZoom();

    ActivityChart *activityChart() const { return m_activity; }
    TimeSeriesChart *throughputChart() const { return m_tps; }
    TimeSeriesChart *latencyChart() const { return m_latency; }
    TimeSeriesChart *cacheChart() const { return m_cache; }
    /// The bottom of the cache hit chart's band when \a lowest % is the lowest ratio shown.
    static double cacheAxisLow(double lowest);

Q_SIGNALS:
    /// The view changed in a way that needs a redraw now (window, zoom, pause).
    void viewChanged();

private:
    QString liveHint() const;
    std::pair<qint64, qint64> visibleRange(const ActivityHistory *activity,
                                           const MetricsHistory *metrics, qint64 nowMs) const;
    void connectZoom(QObject *chart);
    /// Gives each chart the left margin that puts its plot area where the widest y labels put theirs.
    void alignPlotAreas();

    QComboBox *m_window;
    QPushButton *m_pause;
    QPushButton *m_live;
    QLabel *m_rangeLabel;
    QCheckBox *m_latencyLog;
    bool m_alignQueued = false;
    QString m_scope;
    ActivityChart *m_activity;
    TimeSeriesChart *m_tps;
    TimeSeriesChart *m_latency;
    TimeSeriesChart *m_cache;
    int m_windowSeconds = 300;
    std::optional<std::pair<qint64, qint64>> m_frozen;
    std::pair<qint64, qint64> m_lastRange{0, 0};
    bool m_metricsVisible = true;
};

} // namespace dbpulse
