#include "widgets/stallmonitor.h"

#include "core/io/privatefiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace dbpulse {

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
    auto percentile = [&sorted](double p) {
        const size_t i = size_t(std::ceil(p * double(sorted.size()))) - 1;
        return sorted[std::min(i, sorted.size() - 1)];
    };
    s.p50Ms = percentile(0.50);
    s.p99Ms = percentile(0.99);
    s.maxMs = sorted.back();
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
    const QJsonObject json{{QStringLiteral("p50_ms"), s.p50Ms},
                           {QStringLiteral("p99_ms"), s.p99Ms},
                           {QStringLiteral("max_ms"), s.maxMs},
                           {QStringLiteral("samples"), qint64(s.samples)},
                           {QStringLiteral("worst"), worst}};
    // Like every report we write: 0600 whatever the umask.
    return writePrivateFile(fileName, QJsonDocument(json).toJson(), error);
}

} // namespace dbpulse
