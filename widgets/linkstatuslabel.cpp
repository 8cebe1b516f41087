#include "widgets/linkstatuslabel.h"

#include "models/statustext.h"
#include "widgets/connectioncontroller.h"

namespace dbpulse {

LinkStatusLabel::LinkStatusLabel(ConnectionController *controller, QWidget *parent)
    : QLabel(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("linkStatusLabel"));
    const auto refreshFor = [this](const QString &key) {
        if (key == m_key)
            refresh();
    };
    // The link is known once the server's facts arrive; it stops being true when the state changes.
    connect(controller, &ConnectionController::serverInfoChanged, this, refreshFor);
    connect(controller, &ConnectionController::statusChanged, this, refreshFor);
    refresh();
}

void LinkStatusLabel::setCurrentKey(const QString &key)
{
    m_key = key;
    refresh();
}

void LinkStatusLabel::refresh()
{
    // The controller keeps the last facts after a disconnect; a link that is gone is not shown.
    const bool connected = !m_key.isEmpty() && m_controller->status(m_key).state == ConnectionState::Connected;
    const LinkBadge badge = connected ? linkBadge(m_controller->serverInfo(m_key)) : LinkBadge();
    // Style before text: the bold font must be in place when the status bar measures the label.
    setStyleSheet(badge.warning ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
    setText(badge.text);
    setToolTip(badge.toolTip);
    setVisible(!badge.text.isEmpty());
}

} // namespace dbpulse
