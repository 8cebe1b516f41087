#pragma once

#include "models/activityhistory.h"
#include "widgets/timeserieschart.h"

#include <array>

class QAreaSeries;
class QLineSeries;

namespace dbpulse {

/// \brief "Connections by state" stacked area chart over the last minutes, with the
/// connection limit (the database's CONNECTION LIMIT, else max_connections) as a dashed line. A TimeSeriesChart (axes, zoom, hover, gap segments)
/// with the stacked bands added below its line. Fed in batches with replace() from an
/// ActivityHistory. GUI thread.
class ActivityChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);

    /// Redraws from \a history (nullptr: empty) for the window ending at \a nowMs.
    void refresh(const ActivityHistory *history, qint64 nowMs);
    /// Redraws exactly [fromMs, toMs] (a zoomed or paused view).
    void refreshRange(const ActivityHistory *history, qint64 fromMs, qint64 toMs);
    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    /// Points currently plotted per band (after downsampling).
    int pointCount() const;
    /// Points of the connection limit line (line 0): 2 while the limit is drawn, else 0.
    using TimeSeriesChart::pointCount;
    int windowSeconds() const { return m_windowSeconds; }
    /// What the waiting band's tooltip says of the point drawn nearest to \a ms: how many sessions
    /// waited and on which wait event types ("3 waiting: Lock 2, IO 1"), also for stored history.
    QString waitingText(qint64 ms) const;

protected:
    void applyTheme() override;

private:
    static constexpr int Bands = 5;
    std::array<QLineSeries *, Bands> m_upper{};
    std::array<QLineSeries *, Bands> m_lower{};
    std::array<QAreaSeries *, Bands> m_areas{};
    int m_windowSeconds = 300;
    StackedActivity m_drawn; ///< what the bands show now, for their tooltips
};

} // namespace dbpulse
