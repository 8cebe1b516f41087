#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace dbpulse {

class ServerRegistry;
class InfoBar;

/// \brief Turns budget alerts into an in-app notice (the window's InfoBar) and, when the desktop
/// has a system tray, a desktop notification. GUI thread.
class MetricsAlertNotifier : public QObject
{
    Q_OBJECT
public:
    MetricsAlertNotifier(ServerRegistry *servers, InfoBar *infoBar, QObject *parent = nullptr);

    QString lastAlert() const { return m_last; }

private:
    void notify(const QString &text);

    InfoBar *m_infoBar;
    QSystemTrayIcon *m_tray = nullptr; // only where a tray exists
    QString m_last;
};

} // namespace dbpulse
