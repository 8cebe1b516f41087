#pragma once

#include "core/db/connectionstate.h"

#include <QColor>
#include <QString>

namespace dbpulse {

/// \brief One-line, translated description of a connection status for the status bar and
/// tooltips: "connected", "reconnecting in 4 s (attempt 2): <error>", "failed: <error>". Any thread.
QString describeStatus(const ConnectionStatus &status);

/// \brief Colour of the status dot: green connected, amber connecting/reconnecting, red failed,
/// grey disconnected.
QColor stateColor(ConnectionState state);

/// \brief How a connection's link is shown outside the dashboard header (status bar, server
/// cards), from ServerInfo::link only. All empty while the link is not known.
struct LinkBadge
{
    QString text;       ///< ServerInfo::link, with "⚠ " in front when there is a warning
    QString shortText;  ///< "TLS", "unencrypted" or "⚠ unencrypted", for small places
    QString toolTip;    ///< the warning when there is one, else the link
    bool warning = false;
};
LinkBadge linkBadge(const ServerInfo &info);

/// \brief "3 d 04:05:06" style duration for uptimes.
QString formatDuration(qint64 seconds);

} // namespace dbpulse
