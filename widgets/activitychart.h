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
    /// Points currently plotted per band (after downsampling).
    int pointCount() const;
    int windowSeconds() const { return m_windowSeconds; }

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
