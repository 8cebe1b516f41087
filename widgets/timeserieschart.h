#pragma once

#include "models/theme.h"

#include <QChartView>
#include <QList>
#include <QPen>
#include <QPointF>
#include <utility>

class QChart;
class QAbstractAxis;
class QDateTimeAxis;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

namespace dbpulse {

/// \brief A line chart over time with one or more named lines, each drawn as separate segments so
/// gaps stay empty (Qt Charts ignores NaN and would join across them). Horizontal rubber band
/// selects a time range (rangeSelected), right click asks to zoom out (zoomResetRequested),
/// hovering a line shows its value, clicking a legend entry hides or shows its line. Values on
/// a linear axis from 0, on a linear axis over a fixed band, or on a logarithmic axis. Fed with
/// replace() batches. Background, axes, grid, labels and lines take their colours from theme
/// roles, again on every palette change. GUI thread.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT
public:
    /// One line per entry of \a lines (name, colour role), indexed in that order.
    TimeSeriesChart(const QString &title, const QList<std::pair<QString, ThemeRole>> &lines,
                    QWidget *parent = nullptr);

    /// Replaces line \a line's points; each inner list is one unbroken segment.
    void setSegments(int line, const QList<QList<QPointF>> &segments);
    /// Shows [fromMs, toMs] and values up to about \a yMax: from 0 on the linear axis; on the
    /// logarithmic one from the decade below the smallest value drawn.
    void setRange(qint64 fromMs, qint64 toMs, double yMax);
    /// Shows [fromMs, toMs] and exactly [yLow, yHigh] on the linear axis (a ratio near 100 %).
    void setRange(qint64 fromMs, qint64 toMs, double yLow, double yHigh);
    /// A logarithmic value axis: spikes of seconds no longer flatten milliseconds to the floor.
    /// Values at or below zero are drawn on the axis' floor (their tooltip says "≤").
    void setLogarithmic(bool logarithmic);
    bool isLogarithmic() const { return m_logarithmic; }
    /// Whether the user hid line \a line from its legend entry.
    bool isLineHiddenByUser(int line) const { return m_lines.at(line).hiddenByUser; }
    /// What clicking line \a line's legend entry does.
    void toggleLineByUser(int line);
    void setUnit(const QString &unit, int decimals) { m_unit = unit; m_decimals = decimals; }
    void setTitleText(const QString &title);
    /// Draws line \a line \a width px wide in \a style (default: 1.6 px solid), in its role's colour.
    void setLineStyle(int line, qreal width, Qt::PenStyle style);
    /// The pen line \a line is drawn with now.
    QPen linePen(int line) const { return m_lines.at(line).pen(); }
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
    void changeEvent(QEvent *event) override;
    /// Colours the chart from the theme roles of the application's palette; subclasses colour
    /// what they added and call this. Runs at construction and on every palette change.
    virtual void applyTheme();
    QDateTimeAxis *timeAxis() const { return m_x; }
    QValueAxis *valueAxis() const { return m_y; }
    /// Puts the lines back on top after a subclass added series of its own (Qt Charts draws
    /// series in the order they were added).
    void raiseLines();

private:
    struct Line
    {
        QString name;
        ThemeRole role;
        qreal width = 1.6;
        Qt::PenStyle style = Qt::SolidLine;
        QPen pen() const { return QPen(theme::color(role), width, style); }
        bool shown = true;
        bool hiddenByUser = false;
        double minPositive = 0; // smallest value > 0 of the current segments (0: none)
        QList<QLineSeries *> segments; // [0] carries the legend entry
    };
    QLineSeries *makeSegment(int line, bool inLegend, QChart *target = nullptr);
    QAbstractAxis *activeValueAxis() const;
    /// Draws line \a line's kept segments, values below \a floor at the floor.
    void drawSegments(int line, double floor);
    void setLinearBand(double low, double high);
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void showLegendState(int line);
    double logFloor() const;

    QList<Line> m_lines;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QLogValueAxis *m_logY;
    bool m_logarithmic = false;
    QList<QList<QList<QPointF>>> m_raw; // per line, as given: re-clamped when the floor moves
    QString m_unit;
    int m_decimals = 1;
};

} // namespace dbpulse
