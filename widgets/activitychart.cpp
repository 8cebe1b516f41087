#include "widgets/activitychart.h"

#include "models/activityhistory.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace dbpulse {

namespace {
constexpr int LimitLine = 0; // the only TimeSeriesChart line: max_connections
}

ActivityChart::ActivityChart(QWidget *parent)
    : TimeSeriesChart(tr("Connections by state"), {{tr("connection limit"), ThemeRole::LimitLine}}, parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setUnit(QString(), 0);
    setLineStyle(LimitLine, 1.5, Qt::DashLine);

    //: Legend of a chart a quarter of the window wide, beside four other states: keep it short
    //: (an abbreviation of "transaction" reads well here).
    const QString idleInTransaction = tr("idle in transaction");
    const std::array<QString, Bands> names{tr("active"), tr("waiting"), idleInTransaction, tr("idle"), tr("other")};
    for (int band = 0; band < Bands; ++band) {
        m_upper[size_t(band)] = new QLineSeries(this);
        m_lower[size_t(band)] = band > 0 ? new QLineSeries(this) : nullptr;
        auto *area = new QAreaSeries(m_upper[size_t(band)], m_lower[size_t(band)]);
        area->setName(names[size_t(band)]);
        chart()->addSeries(area);
        area->attachAxis(timeAxis());
        area->attachAxis(valueAxis());
        m_areas[size_t(band)] = area;
        connect(area, &QAreaSeries::hovered, this, [this, band](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QString when = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"));
            QString text = tr("%1 at %2 (stacked total %3)").arg(m_areas[size_t(band)]->name(), when).arg(qRound(point.y()));
            if (band == StackedActivity::Waiting)
                text += QLatin1Char('\n') + waitingText(qint64(point.x()));
            QToolTip::showText(QCursor::pos(), text, this);
        });
    }
    applyTheme();
    // The limit is drawn over the bands, and listed after them.
    raiseLines();
    refresh(nullptr, QDateTime::currentMSecsSinceEpoch());
}

void ActivityChart::applyTheme()
{
    TimeSeriesChart::applyTheme();
    static constexpr std::array<ThemeRole, Bands> roles{ThemeRole::SeriesGreen, ThemeRole::SeriesRed,
                                                        ThemeRole::SeriesAmber, ThemeRole::SeriesSky,
                                                        ThemeRole::SeriesGrey};
    const bool dark = theme::isDark(QGuiApplication::palette());
    for (int band = 0; band < Bands; ++band) {
        QAreaSeries *area = m_areas[size_t(band)];
        if (!area)
            return; // the base class colours its lines before the bands exist
        QColor fill = theme::color(roles[size_t(band)]);
        // The edge a shade away from the background, so stacked bands stay apart.
        area->setPen(QPen(dark ? fill.lighter(125) : fill.darker(120), 1));
        fill.setAlphaF(0.85f);
        area->setBrush(fill);
    }
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
    StackedActivity data = history ? history->stacked(from, nowMs, pixels) : StackedActivity();

    for (int band = 0; band < Bands; ++band) {
        m_upper[size_t(band)]->replace(data.layers[size_t(band)]);
        if (m_lower[size_t(band)])
            m_lower[size_t(band)]->replace(data.layers[size_t(band - 1)]);
    }

    double top = std::max(4, data.peakTotal);
    // Drawing the limit only when it is within reach keeps five connections from being squashed
    // against a max_connections of 100; the title still names the limit.
    const bool limitNear = data.maxConnections > 0 && data.peakTotal * 2 >= data.maxConnections;
    if (limitNear) {
        top = std::max(top, double(data.maxConnections));
        setSegments(LimitLine, {{QPointF(double(from), data.maxConnections),
                                 QPointF(double(nowMs), data.maxConnections)}});
    } else {
        setSegments(LimitLine, {});
    }
    setLineShown(LimitLine, limitNear);
    // The limit is the database's: its own CONNECTION LIMIT, else the server's max_connections.
    setTitleText(data.maxConnections > 0 ? tr("Connections by state (limit %1)").arg(data.maxConnections)
                                         : tr("Connections by state"));
    // At least 4 on the scale, so the 1-2-5 ticks stay whole numbers.
    setRange(from, nowMs, top);
    m_drawn = std::move(data);
}

QString ActivityChart::waitingText(qint64 ms) const
{
    const int i = m_drawn.nearestPoint(ms);
    if (i < 0)
        return {};
    const auto &layers = m_drawn.layers;
    const int waiting = qRound(layers[StackedActivity::Waiting].at(i).y() - layers[StackedActivity::Active].at(i).y());
    if (waiting <= 0)
        return tr("No session waiting");
    const WaitSplit &split = m_drawn.waitingByType.at(i);
    return split.isEmpty() ? tr("%1 waiting (by wait event type: not recorded then)").arg(waiting)
                           : tr("%1 waiting: %2").arg(waiting).arg(split.text());
}

int ActivityChart::pointCount() const
{
    return int(m_upper[0]->count());
}

} // namespace dbpulse
