#include "widgets/linkstatuslabel.h"

#include "models/statustext.h"
#include "models/serverregistry.h"
#include "widgets/themedstyle.h"

namespace dbpulse {

LinkStatusLabel::LinkStatusLabel(ServerRegistry *servers, QWidget *parent)
    : QLabel(parent)
    , m_servers(servers)
{
    setObjectName(QStringLiteral("linkStatusLabel"));
    const auto refreshFor = [this](const QString &key) {
        if (key == m_key)
            refresh();
    };
    // The link is known once the server's facts arrive; it stops being true when the state changes.
    connect(servers, &ServerRegistry::serverInfoChanged, this, refreshFor);
    connect(servers, &ServerRegistry::statusChanged, this, refreshFor);
    refresh();
}

void LinkStatusLabel::setCurrentKey(const QString &key)
{
    m_key = key;
    refresh();
}

void LinkStatusLabel::refresh()
{
    // The registry keeps the last facts after a disconnect; a link that is gone is not shown.
    const bool connected = !m_key.isEmpty() && m_servers->status(m_key).state == ConnectionState::Connected;
    const LinkBadge badge = connected ? linkBadge(m_servers->serverInfo(m_key)) : LinkBadge();
    // Style before text: the bold font must be in place when the status bar measures the label.
    if (badge.warning)
        setTextRole(this, ThemeRole::CriticalText, QStringLiteral("font-weight: bold"));
    else
        setThemedStyleSheet(this, {});
    setText(badge.text);
    setToolTip(badge.toolTip);
    setVisible(!badge.text.isEmpty());
}

} // namespace dbpulse
