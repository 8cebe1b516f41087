#include "widgets/stallmonitor.h"

#include "core/io/privatefiles.h"

#include <QDateTime>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace dbpulse {

namespace {

double percentileOf(const std::vector<double> &sorted, double p)
{
    const size_t i = size_t(std::ceil(p * double(sorted.size()))) - 1;
    return sorted[std::min(i, sorted.size() - 1)];
}

} // namespace

StallMonitor::StallMonitor(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    // Five minutes of ticks without reallocating while measuring.
    m_lateMs.reserve(size_t(300000 / std::max(1, intervalMs)));
    m_atS.reserve(m_lateMs.capacity());
}

void StallMonitor::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMonitor::stop()
{
    m_timer.stop();
}

void StallMonitor::watchFirstFrame(QWidget *window)
{
    m_watched = window;
    m_watched->installEventFilter(this);
}

bool StallMonitor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Paint && !m_firstFrameS) {
        m_firstFrameS = double(m_clock.nsecsElapsed()) / 1e9;
        m_firstFrameEpochMs = QDateTime::currentMSecsSinceEpoch();
        m_watched->removeEventFilter(this);
    }
    return false;
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double late = double(now - m_lastNs) / 1e6 - m_intervalMs;
    m_lastNs = now;
    m_lateMs.push_back(std::max(0.0, late));
    m_atS.push_back(double(now) / 1e9);
}

StallMonitor::Stats StallMonitor::stats() const
{
    Stats s;
    s.samples = qsizetype(m_lateMs.size());
    if (m_lateMs.empty())
        return s;
    std::vector<double> sorted = m_lateMs;
    std::sort(sorted.begin(), sorted.end());
    s.p50Ms = percentileOf(sorted, 0.50);
    s.p99Ms = percentileOf(sorted, 0.99);
    s.maxMs = sorted.back();
    s.firstFrameS = m_firstFrameS;
    if (m_firstFrameS) {
        // A tick that ended after the first frame measures a wait the user could see.
        std::vector<double> after;
        for (size_t i = 0; i < m_lateMs.size(); ++i) {
            if (m_atS[i] > *m_firstFrameS)
                after.push_back(m_lateMs[i]);
        }
        std::sort(after.begin(), after.end());
        if (!after.empty()) {
            s.afterFirstFrameP99Ms = percentileOf(after, 0.99);
            s.afterFirstFrameMaxMs = after.back();
        }
    }
    std::vector<size_t> order(m_lateMs.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const size_t worst = std::min<size_t>(5, order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(worst), order.end(),
                      [this](size_t a, size_t b) { return m_lateMs[a] > m_lateMs[b]; });
    for (size_t k = 0; k < worst; ++k)
        s.worst.emplace_back(m_atS[order[k]], m_lateMs[order[k]]);
    return s;
}

bool StallMonitor::writeReport(const QString &fileName, QString *error) const
{
    const Stats s = stats();
    QJsonArray worst;
    for (const auto &[at, ms] : s.worst)
        worst.append(QJsonObject{{QStringLiteral("at_s"), std::round(at * 10) / 10}, {QStringLiteral("ms"), ms}});
    QJsonObject json{{QStringLiteral("p50_ms"), s.p50Ms},
                     {QStringLiteral("p99_ms"), s.p99Ms},
                     {QStringLiteral("max_ms"), s.maxMs},
                     {QStringLiteral("samples"), qint64(s.samples)},
                     {QStringLiteral("worst"), worst}};
    if (s.firstFrameS) {
        json.insert(QStringLiteral("first_frame_s"), std::round(*s.firstFrameS * 1000) / 1000);
        json.insert(QStringLiteral("first_frame_epoch_ms"), m_firstFrameEpochMs);
        json.insert(QStringLiteral("after_first_frame"),
                    QJsonObject{{QStringLiteral("p99_ms"), s.afterFirstFrameP99Ms},
                                {QStringLiteral("max_ms"), s.afterFirstFrameMaxMs}});
    }
    // Like every report we write: 0600 whatever the umask.
    return writePrivateFile(fileName, QJsonDocument(json).toJson(), error);
}

} // namespace dbpulse
