#pragma once

#include <QChartView>
#include <QList>
#include <QPen>
#include <QPointF>
#include <utility>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace dbpulse {

/// \brief A line chart over time with one or more named lines, each drawn as separate segments so
/// gaps stay empty (Qt Charts ignores NaN and would join across them). Horizontal rubber band
/// selects a time range (rangeSelected), right click asks to zoom out (zoomResetRequested),
/// hovering a line shows its value. Fed with replace() batches. GUI thread.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT
public:
    /// One line per entry of \a lines (name, colour), indexed in that order.
    TimeSeriesChart(const QString &title, const QList<std::pair<QString, QColor>> &lines,
                    QWidget *parent = nullptr);

    /// Replaces line \a line's points; each inner list is one unbroken segment.
    void setSegments(int line, const QList<QList<QPointF>> &segments);
    void setRange(qint64 fromMs, qint64 toMs, double yMax);
    void setUnit(const QString &unit, int decimals) { m_unit = unit; m_decimals = decimals; }
    void setTitleText(const QString &title);
    /// Draws line \a line with \a pen (default: its colour, 1.6 px solid).
    void setLinePen(int line, const QPen &pen);
    /// Shows or hides line \a line together with its legend entry.
    void setLineShown(int line, bool shown);
    /// Points currently plotted on \a line (all segments).
    int pointCount(int line) const;
    int lineCount() const { return int(m_lines.size()); }

Q_SIGNALS:
    void rangeSelected(qint64 fromMs, qint64 toMs);
    void zoomResetRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    QDateTimeAxis *timeAxis() const { return m_x; }
    QValueAxis *valueAxis() const { return m_y; }
    /// Puts the lines back on top after a subclass added series of its own (Qt Charts draws
    /// series in the order they were added).
    void raiseLines();

private:
    struct Line
    {
        QString name;
        QPen pen;
        bool shown = true;
        QList<QLineSeries *> segments; // [0] carries the legend entry
    };
    QLineSeries *makeSegment(int line, bool inLegend, QChart *target = nullptr);

    QList<Line> m_lines;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QString m_unit;
    int m_decimals = 1;
};

} // namespace dbpulse
