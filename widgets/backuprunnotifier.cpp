#include "widgets/backuprunnotifier.h"

#include "core/backup/backupscheduler.h"
#include "widgets/appicon.h"
#include "widgets/infobar.h"

#include <QSystemTrayIcon>

namespace dbpulse {

BackupRunNotifier::BackupRunNotifier(BackupScheduler *scheduler, InfoBar *infoBar, QObject *parent)
    : QObject(parent)
    , m_infoBar(infoBar)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("DB Pulse"));
    }
    connect(scheduler, &BackupScheduler::runFinished, this, &BackupRunNotifier::notify);
}

QString BackupRunNotifier::messageFor(const ScheduleRun &run)
{
    return run.ok ? tr("Scheduled backup of %1 finished: %2").arg(run.connection, run.message)
                  : tr("Scheduled backup of %1 FAILED: %2").arg(run.connection, run.message);
}

void BackupRunNotifier::notify(const ScheduleRun &run)
{
    m_last = messageFor(run);
    if (m_tray) {
        // showMessage needs a visible icon on most desktops.
        m_tray->show();
        m_tray->showMessage(run.ok ? tr("Backup finished") : tr("Backup failed"), m_last,
                            run.ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Critical, 10000);
    }
    // A failure must not go unseen if the notification is missed.
    if (m_infoBar && (!m_tray || !run.ok))
        m_infoBar->showMessage(m_last);
}

} // namespace dbpulse
