#include "widgets/metricscharts.h"

#include "models/activityhistory.h"
#include "models/metricshistory.h"
#include "widgets/activitychart.h"
#include "widgets/themedstyle.h"
#include "widgets/timeserieschart.h"

#include <QChart>
#include <QCheckBox>
#include <QSettings>
#include <QTimer>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <cmath>

namespace dbpulse {

namespace {
int plotPixels(const QChartView *view)
{
    return std::max(50, int(view->chart()->plotArea().width()));
}
} // namespace

MetricsCharts::MetricsCharts(QWidget *parent)
    : QWidget(parent)
    , m_window(new QComboBox(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_live(new QPushButton(tr("Live"), this))
    , m_rangeLabel(new QLabel(this))
    , m_latencyLog(new QCheckBox(tr("Log latency"), this))
    , m_activity(new ActivityChart(this))
    , m_tps(new TimeSeriesChart(tr("Throughput"),
                                {{tr("transactions/s"), ThemeRole::SeriesBlue},
                                 {tr("statements/s"), ThemeRole::SeriesPurple}}, this))
    , m_latency(new TimeSeriesChart(tr("Statement latency, ms (estimated)"),
                                    {{tr("p50"), ThemeRole::SeriesGreen},
                                     {tr("p95"), ThemeRole::SeriesOrange},
                                     {tr("p99"), ThemeRole::SeriesRed}}, this))
    , m_cache(new TimeSeriesChart(tr("Cache hit ratio, %"),
                                  {{tr("tables"), ThemeRole::SeriesBlue},
                                   {tr("indexes"), ThemeRole::SeriesGreen}}, this))
{
    setObjectName(QStringLiteral("metricsCharts"));
    m_window->setObjectName(QStringLiteral("chartWindow"));
    m_window->addItem(tr("Last 5 minutes"), 300);
    m_window->addItem(tr("Last hour"), 3600);
    m_window->addItem(tr("Last 24 hours"), 86400);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the charts; samples keep being recorded"));
    m_live->setToolTip(tr("Back to the moving window (also: right click a chart)"));
    m_live->setEnabled(false);
    setTextRole(m_rangeLabel, ThemeRole::SecondaryText);
    m_rangeLabel->setText(liveHint());
    // The hint takes the room that is left and wraps: it never widens the page.
    m_rangeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_rangeLabel->setWordWrap(true);

    m_tps->setUnit(tr("/s"), 1);
    m_latency->setUnit(tr(" ms (estimated)"), 2);
    m_latency->setToolTip(tr("Estimated from pg_stat_statements' per-statement means and variances, "
                             "not measured per call"));
    m_cache->setUnit(QStringLiteral("%"), 2);
    m_latencyLog->setObjectName(QStringLiteral("latencyLogScale"));
    m_latencyLog->setToolTip(tr("A p99 spike of seconds no longer flattens p50 and p95 to the floor"));
    m_latencyLog->setChecked(QSettings().value(QStringLiteral("charts/latencyLogScale"), true).toBool());
    m_latency->setLogarithmic(m_latencyLog->isChecked());

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Window:"), this));
    bar->addWidget(m_window);
    bar->addWidget(m_pause);
    bar->addWidget(m_live);
    bar->addSpacing(12);
    bar->addWidget(m_rangeLabel, 1);
    bar->addWidget(m_latencyLog);

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    grid->addWidget(m_activity, 0, 0);
    grid->addWidget(m_tps, 0, 1);
    grid->addWidget(m_latency, 1, 0);
    grid->addWidget(m_cache, 1, 1);
    for (QChartView *view : {static_cast<QChartView *>(m_activity), static_cast<QChartView *>(m_tps),
                             static_cast<QChartView *>(m_latency), static_cast<QChartView *>(m_cache)})
        view->setMinimumHeight(170);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { setWindowSeconds(m_window->currentData().toInt()); });
    connect(m_pause, &QPushButton::toggled, this, &MetricsCharts::setPaused);
    connect(m_live, &QPushButton::clicked, this, &MetricsCharts::resetZoom);
    connect(m_activity, &ActivityChart::rangeSelected, this, &MetricsCharts::zoomTo);
    connect(m_activity, &ActivityChart::zoomResetRequested, this, &MetricsCharts::resetZoom);
    for (TimeSeriesChart *chart : {m_tps, m_latency, m_cache}) {
        connect(chart, &TimeSeriesChart::rangeSelected, this, &MetricsCharts::zoomTo);
        connect(chart, &TimeSeriesChart::zoomResetRequested, this, &MetricsCharts::resetZoom);
    }
    connect(m_latencyLog, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("charts/latencyLogScale"), on);
        m_latency->setLogarithmic(on);
        Q_EMIT viewChanged();
    });
    // Labels of different widths move each plot area: line them up once the layout settles.
    for (TimeSeriesChart *chart : {static_cast<TimeSeriesChart *>(m_activity), m_tps, m_latency, m_cache}) {
        connect(chart->chart(), &QChart::plotAreaChanged, this, [this] {
            if (m_alignQueued)
                return;
            m_alignQueued = true;
            QTimer::singleShot(0, this, &MetricsCharts::alignPlotAreas);
        });
    }
}

void MetricsCharts::alignPlotAreas()
{
    m_alignQueued = false;
    constexpr qreal baseMargin = 4; // TimeSeriesChart's own
    QList<QChart *> charts;
    for (TimeSeriesChart *view : {static_cast<TimeSeriesChart *>(m_activity), m_tps, m_latency, m_cache}) {
        if (view->isVisible())
            charts << view->chart();
    }
    // Where each plot area would start with the base margin: the margin shifts it one for one.
    auto natural = [](const QChart *c) { return c->plotArea().left() - (c->margins().left() - baseMargin); };
    qreal widest = 0;
    for (const QChart *c : std::as_const(charts))
        widest = std::max(widest, natural(c));
    for (QChart *c : std::as_const(charts)) {
        const int left = int(std::lround(baseMargin + widest - natural(c)));
        QMargins m = c->margins();
        if (m.left() != left) {
            m.setLeft(left);
            c->setMargins(m);
        }
    }
}

void MetricsCharts::setMetricsVisible(bool visible)
{
    m_metricsVisible = visible;
    m_tps->setVisible(visible);
    m_latency->setVisible(visible);
    m_cache->setVisible(visible);
}

void MetricsCharts::setWindowSeconds(int seconds)
{
    m_windowSeconds = seconds;
    m_activity->setWindowSeconds(seconds);
    const int index = m_window->findData(seconds);
    if (index >= 0 && index != m_window->currentIndex())
        m_window->setCurrentIndex(index);
    resetZoom();
}

void MetricsCharts::setPaused(bool paused)
{
    if (paused == isPaused())
        return;
    if (paused)
        m_frozen = m_lastRange;
    else
        m_frozen.reset();
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(paused);
    m_live->setEnabled(paused);
    Q_EMIT viewChanged();
}

void MetricsCharts::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_frozen = std::make_pair(fromMs, toMs);
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(true);
    m_live->setEnabled(true);
    Q_EMIT viewChanged();
}

void MetricsCharts::resetZoom()
{
    m_frozen.reset();
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(false);
    m_live->setEnabled(false);
    Q_EMIT viewChanged();
}

std::pair<qint64, qint64> MetricsCharts::visibleRange(const ActivityHistory *activity,
                                                      const MetricsHistory *metrics, qint64 nowMs) const
{
    if (m_frozen)
        return *m_frozen;
    // A young history gets a shorter window (at least a minute) so it does not start as a sliver.
    qint64 first = nowMs;
    if (activity && !activity->isEmpty())
        first = std::min(first, activity->timeAt(0));
    if (metrics && !metrics->isEmpty())
        first = std::min(first, metrics->timeAt(0));
    const qint64 span = std::clamp(nowMs - first, qint64(60000), qint64(m_windowSeconds) * 1000);
    return {nowMs - span, nowMs};
}

void MetricsCharts::refresh(const ActivityHistory *activity, const MetricsHistory *metrics, qint64 nowMs)
{
    for (int chart = 0; chart < ChartCount; ++chart)
        refreshOne(chart, activity, metrics, nowMs);
}

void MetricsCharts::setScope(const QString &database)
{
    m_scope = database;
    if (!m_frozen)
        m_rangeLabel->setText(liveHint());
}

QString MetricsCharts::liveHint() const
{
    // The charts are the database's (not the server's): said where the eye goes before them.
    return m_scope.isEmpty() ? tr("Drag across a chart to zoom · hover a line for values")
                             : tr("Charts of database %1 · drag to zoom · hover for values").arg(m_scope);
}

void MetricsCharts::refreshOne(int chart, const ActivityHistory *activity, const MetricsHistory *metrics,
                               qint64 nowMs)
{
    const auto [from, to] = visibleRange(activity, metrics, nowMs);
    m_lastRange = {from, to};
    if (chart == 0) {
        m_activity->refreshRange(activity, from, to);
        if (m_frozen) {
            m_rangeLabel->setText(tr("Paused: %1 – %2 · right click or “Live” to follow again")
                                      .arg(QDateTime::fromMSecsSinceEpoch(from).toString(QStringLiteral("HH:mm:ss")),
                                           QDateTime::fromMSecsSinceEpoch(to).toString(QStringLiteral("HH:mm:ss"))));
        } else {
            m_rangeLabel->setText(liveHint());
        }
        return;
    }
    if (!m_metricsVisible || chart >= ChartCount)
        return;

    using M = MetricsHistory;
    struct Plot { TimeSeriesChart *chart; QList<M::Metric> metrics; double floor; };
    const std::array<Plot, ChartCount - 1> plots{{{m_tps, {M::TransactionsPerSecond, M::StatementsPerSecond}, 5.0},
                                                  {m_latency, {M::LatencyP50, M::LatencyP95, M::LatencyP99}, 1.0},
                                                  {m_cache, {M::CacheHitTable, M::CacheHitIndex}, 100.0}}};
    const Plot &plot = plots[size_t(chart - 1)];
    const int pixels = plotPixels(plot.chart);
    double top = plot.floor;
    double bottom = 100.0;
    for (int line = 0; line < plot.metrics.size(); ++line) {
        const QList<QList<QPointF>> segments = metrics
            ? metrics->segments(plot.metrics.at(line), from, to, pixels) : QList<QList<QPointF>>();
        // Scale to what is drawn: one pass over the downsampled points, not the whole history.
        for (const QList<QPointF> &segment : segments) {
            for (const QPointF &p : segment) {
                top = std::max(top, p.y());
                bottom = std::min(bottom, p.y());
            }
        }
        plot.chart->setSegments(line, segments);
    }
    if (plot.chart == m_cache)
        plot.chart->setRange(from, to, cacheAxisLow(bottom), 100.0);
    else
        plot.chart->setRange(from, to, top);
}

double MetricsCharts::cacheAxisLow(double lowest)
{
    // A ratio's band ends at 100 % and reaches down a power of ten below it: 99.2 % is drawn on
    // 99–100 % (where 99.0 and 99.9 % are far apart), 95 % on 90–100 %, 50 % on 0–100 %. A dip
    // stays a dip: the band is chosen by the lowest value shown, not by its noise.
    const double below = std::max(100.0 - lowest, 0.0);
    if (below < 0.01)
        return 99.0;
    return std::max(0.0, 100.0 - std::pow(10.0, std::ceil(std::log10(below))));
}

} // namespace dbpulse
