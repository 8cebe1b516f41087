#include "models/statustext.h"

#include "models/theme.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dbpulse {

// QCoreApplication::translate is spelled out (no tr() wrapper) so lupdate finds the strings.
QString describeStatus(const ConnectionStatus &status)
{
    switch (status.state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("dbpulse::StatusText", "disconnected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("dbpulse::StatusText", "connecting…");
    case ConnectionState::Connected:
        return QCoreApplication::translate("dbpulse::StatusText", "connected");
    case ConnectionState::Reconnecting: {
        // Counted down from the time of the next attempt, so a view that refreshes every second
        // ticks; rounded up so it never shows "in 0 s" while still waiting.
        const qint64 leftMs = status.nextAttemptAt.isValid()
            ? QDateTime::currentDateTime().msecsTo(status.nextAttemptAt) : qint64(status.retryInMs);
        const QString seconds = QString::number((leftMs + 999) / 1000);
        const QString attempt = QString::number(status.attempt);
        const QString error = status.error.trimmed();
        if (error.isEmpty()) {
            return leftMs > 0
                ? QCoreApplication::translate("dbpulse::StatusText", "reconnecting in %1 s (attempt %2)").arg(seconds, attempt)
                : QCoreApplication::translate("dbpulse::StatusText", "reconnecting now (attempt %1)").arg(attempt);
        }
        return leftMs > 0
            ? QCoreApplication::translate("dbpulse::StatusText", "reconnecting in %1 s (attempt %2): %3").arg(seconds, attempt, error)
            : QCoreApplication::translate("dbpulse::StatusText", "reconnecting now (attempt %1): %2").arg(attempt, error);
    }
    case ConnectionState::Failed:
        return status.error.isEmpty() ? QCoreApplication::translate("dbpulse::StatusText", "failed")
                                      : QCoreApplication::translate("dbpulse::StatusText", "failed: %1").arg(status.error.trimmed());
    }
    return {};
}

QColor stateColor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return theme::color(ThemeRole::StateOk);
    case ConnectionState::Connecting:
    case ConnectionState::Reconnecting:
        return theme::color(ThemeRole::StateBusy);
    case ConnectionState::Failed:
        return theme::color(ThemeRole::StateFailed);
    case ConnectionState::Disconnected:
        break;
    }
    return theme::color(ThemeRole::StateOff);
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 days = seconds / 86400;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? QCoreApplication::translate("dbpulse::StatusText", "%1 d %2").arg(days).arg(hms) : hms;
}

LinkBadge linkBadge(const ServerInfo &info)
{
    LinkBadge badge;
    if (info.link.isEmpty())
        return badge;
    badge.warning = !info.linkWarning.isEmpty();
    const QString warn = QStringLiteral("\u26a0 ");
    badge.text = badge.warning ? warn + info.link : info.link;
    // The cipher suite does not fit a card; the tooltip keeps it.
    badge.shortText = info.linkEncrypted ? QStringLiteral("TLS") : (badge.warning ? warn + info.link : info.link);
    badge.toolTip = badge.warning ? info.linkWarning : info.link;
    return badge;
}

} // namespace dbpulse
