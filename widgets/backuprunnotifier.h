#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace dbpulse {

class BackupScheduler;
class InfoBar;
struct ScheduleRun;

/// \brief Tells the user how a scheduled backup ended: a tray notification where the desktop has
/// a system tray, else (and for failures always) the window's InfoBar. GUI thread.
class BackupRunNotifier : public QObject
{
    Q_OBJECT
public:
    BackupRunNotifier(BackupScheduler *scheduler, InfoBar *infoBar, QObject *parent = nullptr);

    /// "Scheduled backup of … finished: …" — the text of the last notification.
    QString lastMessage() const { return m_last; }
    /// The notification text for \a run. Static for tests.
    static QString messageFor(const ScheduleRun &run);

private:
    void notify(const ScheduleRun &run);

    InfoBar *m_infoBar;
    QSystemTrayIcon *m_tray = nullptr; // only where a tray exists
    QString m_last;
};

} // namespace dbpulse
