#include "widgets/metricsalertnotifier.h"

#include "widgets/appicon.h"
#include "models/serverregistry.h"
#include "widgets/infobar.h"

#include <QSystemTrayIcon>

namespace dbpulse {

MetricsAlertNotifier::MetricsAlertNotifier(ServerRegistry *servers, InfoBar *infoBar, QObject *parent)
    : QObject(parent)
    , m_infoBar(infoBar)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("DB Pulse"));
    }
    connect(servers, &ServerRegistry::budgetAlertRaised, this,
            [this](const QString &, const BudgetAlert &, const QString &text) { notify(text); });
}

void MetricsAlertNotifier::notify(const QString &text)
{
    m_last = text;
    if (m_infoBar)
        m_infoBar->showMessage(text);
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        // showMessage needs a visible icon on most desktops.
        m_tray->show();
        m_tray->showMessage(tr("Performance budget broken"), text, QSystemTrayIcon::Warning, 10000);
    }
}

} // namespace dbpulse
