#include "core/advisor/usagewindow.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace dbpulse {

QDateTime UsageWindow::start() const
{
    return startsAtReset() ? statsReset : serverStart;
}

qint64 UsageWindow::seconds() const
{
    return isKnown() ? std::max<qint64>(0, start().secsTo(readAt)) : -1;
}

QString formatWindowLength(qint64 seconds)
{
    const qint64 d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60, s = seconds % 60;
    if (d > 0)
        return h > 0 ? QCoreApplication::translate("Advisor", "%1 d %2 h", "days and hours").arg(d).arg(h) : QCoreApplication::translate("Advisor", "%1 d", "days").arg(d);
    if (h > 0)
        return m > 0 ? QStringLiteral("%1 h %2 min").arg(h).arg(m) : QStringLiteral("%1 h").arg(h);
    if (m > 0)
        return QStringLiteral("%1 min").arg(m);
    return QStringLiteral("%1 s").arg(s);
}

QString formatWindowTime(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString UsageWindow::describe() const
{
    if (!isKnown())
        return QCoreApplication::translate("Advisor", "an unknown time (the server's start time could not be read)");
    return (startsAtReset() ? QCoreApplication::translate("Advisor", "%1 since the statistics were reset on %2")
                            : QCoreApplication::translate("Advisor", "%1 since the server started on %2"))
        .arg(formatWindowLength(seconds()), formatWindowTime(start()));
}

QString UsageWindow::replicaWarning() const
{
    // Index scan counters are kept per node: a report that reads a standby, or a standby's own
    // queries, are invisible here.
    const QString standby = QCoreApplication::translate("Advisor", "This server is a standby: its counters cover only the queries run on it; the "
                                 "primary and other standbys may use this index.");
    const QString replicated = QCoreApplication::translate("Advisor", "%n standby server(s) replicate from this one and keep their own counters: queries "
                             "there may use this index — check pg_stat_user_indexes on each before dropping.", nullptr, standbys);
    if (inRecovery && standbys > 0)
        return QStringLiteral("%1 %2").arg(standby, replicated);
    return inRecovery ? standby : standbys > 0 ? replicated : QString();
}

QJsonObject UsageWindow::toJson() const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("start"), time(isKnown() ? start() : QDateTime())},
            {QStringLiteral("starts_at"), isKnown() ? (startsAtReset() ? QStringLiteral("statistics_reset")
                                                                      : QStringLiteral("server_start"))
                                                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("server_start"), time(serverStart)},
            {QStringLiteral("stats_reset"), time(statsReset)},
            {QStringLiteral("read_at"), time(readAt)},
            {QStringLiteral("seconds"), isKnown() ? QJsonValue(double(seconds())) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("in_recovery"), inRecovery},
            {QStringLiteral("standbys"), standbys}};
}

} // namespace dbpulse
