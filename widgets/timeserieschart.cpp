#include "widgets/timeserieschart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>
#include <limits>

namespace dbpulse {

namespace {
// Beyond this many gaps in one window the rest are joined: a flapping server still draws.
constexpr int MaxSegments = 48;
} // namespace

TimeSeriesChart::TimeSeriesChart(const QString &title, const QList<std::pair<QString, ThemeRole>> &lines,
                                 QWidget *parent)
    : QChartView(parent)
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
    , m_logY(new QLogValueAxis(this))
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The activity chart's five bands in French or German did not fit a quarter of a 1152 px
    // window at the base size (Qt Charts cuts the names); one cut anyway shows whole on hover.
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    chart->legend()->setShowToolTips(true);
    chart->setAnimationOptions(QChart::NoAnimation); // batches arrive twice a second
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(4);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    m_y->setMin(0);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    // A narrow chart (twenty servers, an outage) would otherwise show "…" for every value.
    m_y->setTruncateLabels(false);
    m_logY->setBase(10);
    m_logY->setLabelFormat(QStringLiteral("%g"));
    m_logY->setMinorTickCount(0); // decades only: a grid line per unit made the chart grey
    m_logY->setTruncateLabels(false);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    // Series first, then setChart(): Qt Charts 6.4 leaves a date axis without labels when the
    // chart is put on the view before any series is attached to it.
    for (const auto &[name, role] : lines) {
        m_lines.append({name, role});
        m_raw.append(QList<QList<QPointF>>());
        makeSegment(int(m_lines.size()) - 1, true, chart);
    }
    // QChartView(parent) made a default chart; setChart() releases it without deleting it.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    applyTheme();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void TimeSeriesChart::applyTheme()
{
    // Explicit brushes rather than a QChart theme: a theme also resets fonts and series colours.
    QChart *chart = this->chart();
    const QColor background = theme::color(ThemeRole::ChartBackground);
    const QColor text = theme::color(ThemeRole::ChartText);
    const QColor grid = theme::color(ThemeRole::ChartGrid);
    const QColor axis = theme::color(ThemeRole::ChartAxis);
    setBackgroundBrush(background); // the view around the chart's rounded box
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *a : {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y),
                             static_cast<QAbstractAxis *>(m_logY)}) {
        a->setLabelsColor(text);
        a->setTitleBrush(text);
        a->setGridLineColor(grid);
        a->setMinorGridLineColor(grid);
        a->setLinePenColor(axis);
    }
    for (int line = 0; line < m_lines.size(); ++line) {
        const QPen pen = m_lines.at(line).pen();
        for (QLineSeries *series : std::as_const(m_lines[line].segments))
            series->setPen(pen);
        showLegendState(line);
    }
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
    series->setPen(l.pen());
    series->setVisible(l.shown && !l.hiddenByUser);
    chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_logarithmic ? static_cast<QAbstractAxis *>(m_logY) : m_y);
    for (QLegendMarker *marker : chart->legend()->markers(series)) {
        if (!inLegend || !l.shown)
            marker->setVisible(false);
        else
            connect(marker, &QLegendMarker::clicked, this, [this, line] { toggleLineByUser(line); });
    }
    connect(series, &QLineSeries::hovered, this, [this, line](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QString when = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"));
        // On the log axis a value at the floor stands for any value down to zero.
        const bool atFloor = m_logarithmic && point.y() <= m_logY->min();
        //: A chart's tooltip: line name, time: value (%3 is "≤ " at the floor of a log scale) and unit
        QToolTip::showText(QCursor::pos(), tr("%1 %2: %3%4%5")
                                               .arg(m_lines.at(line).name, when,
                                                    atFloor ? QStringLiteral("≤ ") : QString())
                                               .arg(point.y(), 0, 'f', m_decimals)
                                               .arg(m_unit),
                           this);
    });
    l.segments.append(series);
    return series;
}

void TimeSeriesChart::setLineStyle(int line, qreal width, Qt::PenStyle style)
{
    m_lines[line].width = width;
    m_lines[line].style = style;
    const QPen pen = m_lines.at(line).pen();
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
        series->setVisible(shown && !l.hiddenByUser);
    for (QLegendMarker *marker : chart()->legend()->markers(l.segments.first()))
        marker->setVisible(shown);
}

void TimeSeriesChart::toggleLineByUser(int line)
{
    Line &l = m_lines[line];
    l.hiddenByUser = !l.hiddenByUser;
    for (QLineSeries *series : std::as_const(l.segments))
        series->setVisible(l.shown && !l.hiddenByUser);
    showLegendState(line);
}

void TimeSeriesChart::showLegendState(int line)
{
    // The entry stays, faded, so the line can be brought back with another click.
    const Line &l = m_lines.at(line);
    for (QLegendMarker *marker : chart()->legend()->markers(l.segments.first())) {
        QColor label = theme::color(ThemeRole::ChartText);
        QColor swatch = theme::color(l.role);
        if (l.hiddenByUser) {
            label.setAlphaF(0.4);
            swatch.setAlphaF(0.25);
        }
        marker->setLabelBrush(label);
        marker->setBrush(swatch);
        marker->setPen(QPen(swatch));
        marker->setVisible(l.shown); // hiding a series hides its entry too: bring it back
    }
}

QAbstractAxis *TimeSeriesChart::activeValueAxis() const
{
    return m_logarithmic ? static_cast<QAbstractAxis *>(m_logY) : m_y;
}

void TimeSeriesChart::setLogarithmic(bool logarithmic)
{
    if (m_logarithmic == logarithmic)
        return;
    QChart *chart = this->chart();
    QAbstractAxis *old = activeValueAxis();
    m_logarithmic = logarithmic;
    QAbstractAxis *now = activeValueAxis();
    // Only the lines move: bands a subclass added stay on the linear axis.
    chart->removeAxis(old);
    chart->addAxis(now, Qt::AlignLeft);
    for (const Line &l : std::as_const(m_lines)) {
        for (QLineSeries *series : l.segments)
            series->attachAxis(now);
    }
    old->setParent(this); // removeAxis() gives the axis back; it stays ours for the next switch
    for (int line = 0; line < m_lines.size(); ++line)
        setSegments(line, m_raw.at(line));
}

double TimeSeriesChart::logFloor() const
{
    double smallest = 0;
    for (const Line &l : m_lines) {
        if (l.minPositive > 0 && (smallest == 0 || l.minPositive < smallest))
            smallest = l.minPositive;
    }
    // The decade below the smallest value drawn; 0.01 when nothing above zero is drawn.
    return smallest > 0 ? std::pow(10.0, std::floor(std::log10(smallest))) : 0.01;
}

void TimeSeriesChart::raiseLines()
{
    QChart *chart = this->chart();
    for (int line = 0; line < m_lines.size(); ++line) {
        Line &l = m_lines[line];
        for (qsizetype i = 0; i < l.segments.size(); ++i) {
            QLineSeries *series = l.segments.at(i);
            chart->removeSeries(series); // keeps the series (and its hover connection), axes detached
            chart->addSeries(series);
            series->attachAxis(m_x);
            series->attachAxis(activeValueAxis());
            // Adding a series again makes it a new legend entry.
            for (QLegendMarker *marker : chart->legend()->markers(series)) {
                if (i > 0 || !l.shown)
                    marker->setVisible(false);
                else
                    connect(marker, &QLegendMarker::clicked, this, [this, line] { toggleLineByUser(line); });
            }
        }
        showLegendState(line);
    }
}

void TimeSeriesChart::setSegments(int line, const QList<QList<QPointF>> &segments)
{
    Q_ASSERT(line >= 0 && line < m_lines.size());
    QList<QList<QPointF>> parts = segments.mid(0, MaxSegments);
    for (qsizetype i = MaxSegments; i < segments.size(); ++i)
        parts.last().append(segments.at(i));
    Line &l = m_lines[line];
    l.minPositive = 0;
    for (const QList<QPointF> &part : std::as_const(parts)) {
        for (const QPointF &p : part) {
            if (p.y() > 0 && (l.minPositive == 0 || p.y() < l.minPositive))
                l.minPositive = p.y();
        }
    }
    // Kept as given, for a switch of scale; on the log axis drawn clamped to the floor, which
    // setRange() knows once every line is in.
    m_raw[line] = parts;
    if (!m_logarithmic)
        drawSegments(line, std::numeric_limits<double>::lowest());
}

void TimeSeriesChart::drawSegments(int line, double floor)
{
    const QList<QList<QPointF>> &parts = m_raw.at(line);
    while (m_lines[line].segments.size() < parts.size())
        makeSegment(line, false);
    const QList<QLineSeries *> &series = m_lines[line].segments;
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (i >= parts.size()) {
            if (series.at(i)->count() > 0)
                series.at(i)->clear();
            continue;
        }
        QList<QPointF> points = parts.at(i);
        for (QPointF &p : points)
            p.setY(std::max(p.y(), floor));
        series.at(i)->replace(points);
    }
}

void TimeSeriesChart::setLinearBand(double low, double high)
{
    // A 1-2-5 step with about five ticks keeps the labels readable; the band's ends on ticks.
    const double raw = std::max(high - low, 1e-9) / 5;
    const double base = std::pow(10.0, std::floor(std::log10(raw)));
    double step = base;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = base * m;
        if (raw <= step)
            break;
    }
    const double bottom = std::floor(low / step) * step;
    const int ticks = std::max(1, int(std::ceil((high - bottom) / step - 1e-9)));
    m_y->setRange(bottom, bottom + ticks * step);
    m_y->setTickCount(ticks + 1);
    const QString valueFormat = step >= 1 ? QStringLiteral("%.0f") : step >= 0.1 ? QStringLiteral("%.1f") : QStringLiteral("%.2f");
    if (m_y->labelFormat() != valueFormat)
        m_y->setLabelFormat(valueFormat);
}

void TimeSeriesChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    // UTC instants: the axis only takes their milliseconds, and local ones would take Qt's
    // time-zone lock on every refresh (the labels still show local time).
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    const qint64 span = toMs - fromMs;
    const QString timeFormat = span > 6 * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss");
    if (m_x->format() != timeFormat)
        m_x->setFormat(timeFormat);
}

void TimeSeriesChart::setRange(qint64 fromMs, qint64 toMs, double yLow, double yHigh)
{
    if (m_logarithmic) {
        setRange(fromMs, toMs, yHigh);
        return;
    }
    setTimeRange(fromMs, toMs);
    setLinearBand(yLow, yHigh);
}

void TimeSeriesChart::setRange(qint64 fromMs, qint64 toMs, double yMax)
{
    setTimeRange(fromMs, toMs);
    if (!m_logarithmic) {
        setLinearBand(0, std::max(yMax * 1.15, 1e-9));
        return;
    }
    const double floor = logFloor();
    m_logY->setRange(floor, std::pow(10.0, std::ceil(std::log10(std::max(yMax * 1.15, floor * 10)))));
    for (int line = 0; line < m_lines.size(); ++line)
        drawSegments(line, floor);
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
