#include "core/db/connectionstate.h"

namespace dbpulse {

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Connected:
        return QStringLiteral("connected");
    case ConnectionState::Reconnecting:
        return QStringLiteral("reconnecting");
    case ConnectionState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool ConnectionStatus::needsPassword() const
{
    if (state != ConnectionState::Failed && state != ConnectionState::Reconnecting)
        return false;
    // libpq reports these as text only; "fe_sendauth: no password supplied" is the client side,
    // the others come from the server's authentication step.
    return error.contains(QLatin1String("password authentication failed"))
        || error.contains(QLatin1String("no password supplied"))
        || error.contains(QLatin1String("password is required"));
}

} // namespace dbpulse
