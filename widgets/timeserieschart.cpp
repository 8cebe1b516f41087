#include "widgets/timeserieschart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace dbpulse {

namespace {
// Beyond this many gaps in one window the rest are joined: a flapping server still draws.
constexpr int MaxSegments = 48;
} // namespace

TimeSeriesChart::TimeSeriesChart(const QString &title, const QList<std::pair<QString, QColor>> &lines,
                                 QWidget *parent)
    : QChartView(parent)
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation); // batches arrive twice a second
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(4);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    m_y->setMin(0);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    // Series first, then setChart(): Qt Charts 6.4 leaves a date axis without labels when the
    // chart is put on the view before any series is attached to it.
    for (const auto &[name, color] : lines) {
        m_lines.append({name, QPen(color, 1.6), true, {}});
        makeSegment(int(m_lines.size()) - 1, true, chart);
    }
    // QChartView(parent) made a default chart; setChart() releases it without deleting it.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
}

void TimeSeriesChart::setTitleText(const QString &title)
{
    if (chart()->title() != title) // a new title lays the whole chart out again
        chart()->setTitle(title);
}

QLineSeries *TimeSeriesChart::makeSegment(int line, bool inLegend, QChart *target)
{
    QChart *chart = target ? target : this->chart();
    Line &l = m_lines[line];
    auto *series = new QLineSeries(this);
    series->setName(l.name);
    series->setPen(l.pen);
    series->setVisible(l.shown);
    chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    if (!inLegend || !l.shown) {
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(false);
    }
    connect(series, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QString when = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"));
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 %2: %3%4")
                                               .arg(m_lines.at(line).name, when)
                                               .arg(point.y(), 0, 'f', m_decimals)
                                               .arg(m_unit),
                           this);
    });
    l.segments.append(series);
    return series;
}

void TimeSeriesChart::setLinePen(int line, const QPen &pen)
{
    m_lines[line].pen = pen;
    for (QLineSeries *series : std::as_const(m_lines[line].segments))
        series->setPen(pen);
}

void TimeSeriesChart::setLineShown(int line, bool shown)
{
    Line &l = m_lines[line];
    if (l.shown == shown)
        return;
    l.shown = shown;
    for (QLineSeries *series : std::as_const(l.segments))
        series->setVisible(shown);
    for (QLegendMarker *marker : chart()->legend()->markers(l.segments.first()))
        marker->setVisible(shown);
}

void TimeSeriesChart::raiseLines()
{
    QChart *chart = this->chart();
    for (Line &l : m_lines) {
        for (qsizetype i = 0; i < l.segments.size(); ++i) {
            QLineSeries *series = l.segments.at(i);
            chart->removeSeries(series); // keeps the series (and its hover connection), axes detached
            chart->addSeries(series);
            series->attachAxis(m_x);
            series->attachAxis(m_y);
            if (i > 0 || !l.shown) {
                for (QLegendMarker *marker : chart->legend()->markers(series))
                    marker->setVisible(false);
            }
        }
    }
}

void TimeSeriesChart::setSegments(int line, const QList<QList<QPointF>> &segments)
{
    Q_ASSERT(line >= 0 && line < m_lines.size());
    QList<QList<QPointF>> parts = segments.mid(0, MaxSegments);
    for (qsizetype i = MaxSegments; i < segments.size(); ++i)
        parts.last().append(segments.at(i));
    while (m_lines[line].segments.size() < parts.size())
        makeSegment(line, false);
    const QList<QLineSeries *> &series = m_lines[line].segments;
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (i < parts.size())
            series.at(i)->replace(parts.at(i));
        else if (series.at(i)->count() > 0)
            series.at(i)->clear();
    }
}

void TimeSeriesChart::setRange(qint64 fromMs, qint64 toMs, double yMax)
{
    // UTC instants: the axis only takes their milliseconds, and local ones would take Qt's
    // time-zone lock on every refresh (the labels still show local time).
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    const qint64 span = toMs - fromMs;
    const QString timeFormat = span > 6 * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss");
    if (m_x->format() != timeFormat)
        m_x->setFormat(timeFormat);
    // A 1-2-5 step with about five ticks keeps the labels readable.
    const double top = std::max(yMax * 1.15, 1e-9);
    const double raw = top / 5;
    const double base = std::pow(10.0, std::floor(std::log10(raw)));
    double step = base;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = base * m;
        if (raw <= step)
            break;
    }
    const int ticks = int(std::ceil(top / step));
    m_y->setRange(0, ticks * step);
    m_y->setTickCount(ticks + 1);
    const QString valueFormat = step >= 1 ? QStringLiteral("%.0f") : step >= 0.1 ? QStringLiteral("%.1f") : QStringLiteral("%.2f");
    if (m_y->labelFormat() != valueFormat)
        m_y->setLabelFormat(valueFormat);
}

int TimeSeriesChart::pointCount(int line) const
{
    int n = 0;
    for (const QLineSeries *series : m_lines.at(line).segments)
        n += int(series->count());
    return n;
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        // QChartView would zoom out by a factor of two; the page decides what "out" means.
        event->accept();
        Q_EMIT zoomResetRequested();
        return;
    }
    const qint64 before = m_x->min().toMSecsSinceEpoch();
    const qint64 beforeMax = m_x->max().toMSecsSinceEpoch();
    QChartView::mouseReleaseEvent(event);
    const qint64 from = m_x->min().toMSecsSinceEpoch();
    const qint64 to = m_x->max().toMSecsSinceEpoch();
    // Re-read from the history at full resolution rather than stretching downsampled points.
    if ((from != before || to != beforeMax) && to > from)
        Q_EMIT rangeSelected(from, to);
}

} // namespace dbpulse
