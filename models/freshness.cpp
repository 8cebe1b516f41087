#include "models/freshness.h"

#include "models/metricshistory.h"
#include "models/statustext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace dbpulse {

namespace {
constexpr int StaleAfterIntervals = 3;
constexpr qint64 StaleAfterAtLeastMs = 5000;
} // namespace

QString Freshness::asOfText() const
{
    if (receivedMsecs <= 0)
        return {};
    const QString time = QDateTime::fromMSecsSinceEpoch(receivedMsecs).toString(QStringLiteral("HH:mm:ss"));
    const QString age = ageSeconds < 60
        ? QCoreApplication::translate("dbpulse::Freshness", "%n s ago", nullptr, int(ageSeconds))
        : QCoreApplication::translate("dbpulse::Freshness", "%1 ago").arg(formatDuration(ageSeconds));
    return QCoreApplication::translate("dbpulse::Freshness", "as of %1, %2").arg(time, age);
}

Freshness judgeFreshness(const ConnectionStatus &status, const MetricsHistory *history, qint64 nowMsecs)
{
    Freshness f;
    if (!history || history->latestReceivedMsecs() <= 0)
        return f;
    f.receivedMsecs = history->latestReceivedMsecs();
    const qint64 ageMs = std::max<qint64>(0, nowMsecs - f.receivedMsecs);
    f.ageSeconds = ageMs / 1000;
    const qint64 limitMs = std::max<qint64>(StaleAfterAtLeastMs,
                                            qint64(history->expectedIntervalMs()) * StaleAfterIntervals);
    f.stale = status.state != ConnectionState::Connected || ageMs > limitMs;
    return f;
}

} // namespace dbpulse
