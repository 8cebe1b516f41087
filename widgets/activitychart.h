#pragma once

#include <QChartView>
#include <array>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace dbpulse {

class ActivityHistory;

/// \brief "Connections by state" stacked area chart over the last minutes, with the
/// max_connections limit. Fed in batches with replace() from an ActivityHistory. GUI thread.
class ActivityChart : public QChartView
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
    int windowSeconds() const { return m_windowSeconds; }

Q_SIGNALS:
    /// The user dragged a rubber band over [fromMs, toMs].
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void zoomResetRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    static constexpr int Bands = 5;
    std::array<QLineSeries *, Bands> m_upper{};
    std::array<QLineSeries *, Bands> m_lower{};
    std::array<QAreaSeries *, Bands> m_areas{};
    QLineSeries *m_maxLine;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    int m_windowSeconds = 300;
};

} // namespace dbpulse
