#include "widgets/activitychart.h"

#include "models/activityhistory.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace dbpulse {

ActivityChart::ActivityChart(QWidget *parent)
    : QChartView(parent)
    , m_maxLine(new QLineSeries(this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(QStringLiteral("activityChart"));
    auto *chart = new QChart;
    chart->setTitle(tr("Connections by state"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Animations would fight the twice-a-second updates and cost CPU on every batch.
    chart->setAnimationOptions(QChart::NoAnimation);
    setRenderHint(QPainter::Antialiasing);

    const std::array<QString, Bands> names{tr("active"), tr("waiting"), tr("idle in transaction"),
                                           tr("idle"), tr("other")};
    const std::array<QColor, Bands> colors{QColor(0x2e, 0x9d, 0x4a), QColor(0xd0, 0x34, 0x2c),
                                           QColor(0xe0, 0xa1, 0x00), QColor(0x7f, 0xa7, 0xd6),
                                           QColor(0xb0, 0xb0, 0xb0)};
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(4);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setMin(0);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);

    for (int band = 0; band < Bands; ++band) {
        m_upper[size_t(band)] = new QLineSeries(this);
        m_lower[size_t(band)] = band > 0 ? new QLineSeries(this) : nullptr;
        auto *area = new QAreaSeries(m_upper[size_t(band)], m_lower[size_t(band)]);
        area->setName(names[size_t(band)]);
        QColor fill = colors[size_t(band)];
        area->setPen(QPen(fill.darker(120), 1));
        fill.setAlphaF(0.85f);
        area->setBrush(fill);
        chart->addSeries(area);
        area->attachAxis(m_x);
        area->attachAxis(m_y);
        m_areas[size_t(band)] = area;
        connect(area, &QAreaSeries::hovered, this, [this, band](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QString when = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"));
            QToolTip::showText(QCursor::pos(), tr("%1 at %2 (stacked total %3)")
                                                   .arg(m_areas[size_t(band)]->name(), when)
                                                   .arg(qRound(point.y())),
                               this);
        });
    }
    setRubberBand(QChartView::HorizontalRubberBand);
    m_maxLine->setName(tr("max_connections"));
    QPen limitPen(QColor(0xb3, 0x26, 0x1e), 1.5, Qt::DashLine);
    m_maxLine->setPen(limitPen);
    chart->addSeries(m_maxLine);
    m_maxLine->attachAxis(m_x);
    m_maxLine->attachAxis(m_y);
    // QChartView(parent) made a default chart; setChart() releases it without deleting it.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
    refresh(nullptr, QDateTime::currentMSecsSinceEpoch());
}

void ActivityChart::refresh(const ActivityHistory *history, qint64 nowMs)
{
    // A young history gets a shorter window (at least a minute) so it does not start as a sliver.
    qint64 spanMs = qint64(m_windowSeconds) * 1000;
    if (history && !history->isEmpty())
        spanMs = std::clamp(nowMs - history->timeAt(0), qint64(60000), spanMs);
    refreshRange(history, nowMs - spanMs, nowMs);
}

void ActivityChart::refreshRange(const ActivityHistory *history, qint64 from, qint64 nowMs)
{
    const int pixels = std::max(50, int(chart()->plotArea().width()));
    const StackedActivity data = history ? history->stacked(from, nowMs, pixels) : StackedActivity();

    for (int band = 0; band < Bands; ++band) {
        m_upper[size_t(band)]->replace(data.layers[size_t(band)]);
        if (m_lower[size_t(band)])
            m_lower[size_t(band)]->replace(data.layers[size_t(band - 1)]);
    }

    double top = std::max(4, data.peakTotal) * 1.2;
    // Drawing the limit only when it is within reach keeps five connections from being squashed
    // against a max_connections of 100; the title still names the limit.
    const bool limitNear = data.maxConnections > 0 && data.peakTotal * 2 >= data.maxConnections;
    if (limitNear) {
        top = std::max(top, data.maxConnections * 1.05);
        m_maxLine->replace({QPointF(double(from), data.maxConnections),
                            QPointF(double(nowMs), data.maxConnections)});
    } else {
        m_maxLine->clear();
    }
    m_maxLine->setVisible(limitNear);
    const auto markers = chart()->legend()->markers(m_maxLine);
    for (QLegendMarker *marker : markers)
        marker->setVisible(limitNear);
    chart()->setTitle(data.maxConnections > 0
                          ? tr("Connections by state (max_connections %1)").arg(data.maxConnections)
                          : tr("Connections by state"));
    // Whole-number ticks with a 1-2-5 step, at most five of them: the chart shares the page.
    int step = 1;
    for (int base = 1; top / step > 5; base *= 10) {
        for (int m : {1, 2, 5}) {
            step = base * m;
            if (top / step <= 5)
                break;
        }
    }
    const int yMax = int(std::ceil(top / step)) * step;
    m_y->setMax(yMax);
    m_y->setTickCount(yMax / step + 1);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(nowMs));
    m_x->setFormat(nowMs - from > 6 * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

void ActivityChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        event->accept();
        Q_EMIT zoomResetRequested();
        return;
    }
    const qint64 before = m_x->min().toMSecsSinceEpoch();
    const qint64 beforeMax = m_x->max().toMSecsSinceEpoch();
    QChartView::mouseReleaseEvent(event);
    const qint64 from = m_x->min().toMSecsSinceEpoch();
    const qint64 to = m_x->max().toMSecsSinceEpoch();
    if ((from != before || to != beforeMax) && to > from)
        Q_EMIT rangeSelected(from, to);
}

int ActivityChart::pointCount() const
{
    return int(m_upper[0]->count());
}

} // namespace dbpulse
