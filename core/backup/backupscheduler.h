#pragma once

#include "core/backup/backupprune.h"
#include "core/backup/backupschedule.h"
#include "core/jobs/jobslot.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace dbpulse {

class Job;
class ProfileStore;
struct Target;

/// \brief Runs the stored BackupSchedules while the app runs: at each schedule's time it starts a
/// BackupJob, then verifies the new backup (checksums, or a test restore), prunes the database's
/// older backups per retention, records the run and emits runFinished(). One run at a time;
/// others queue. Lives on the GUI thread and never blocks it: the timer only decides, jobs and
/// pruning run off it.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    using PasswordProvider = std::function<QString(const Target &)>;

    explicit BackupScheduler(const ProfileStore *profiles, QObject *parent = nullptr);
    ~BackupScheduler() override;

    /// The password of a live dashboard connection to the same target (memory only).
    void setPasswordProvider(PasswordProvider provider) { m_passwordProvider = std::move(provider); }
    /// Local time zone by default; tests pin one.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    /// Reads the schedules and starts deciding; due (or missed) runs start right away.
    void start();
    /// Re-reads the schedules after an edit.
    void reload();
    /// Queues the schedule \a id now, whatever its time.
    void runNow(const QString &id);
    bool isBusy() const { return !m_runningId.isEmpty(); }

Q_SIGNALS:
    void runStarted(const QString &scheduleId);
    void runFinished(const dbpulse::ScheduleRun &run);

private:
    void decide();
    void startNext();
    void afterBackup(const QString &backupPath);
    void afterVerify(bool ok, const QString &message);
    void finishRun(bool ok, const QString &message);
    BackupSchedule scheduleById(const QString &id) const;

    const ProfileStore *m_profiles;
    PasswordProvider m_passwordProvider;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_timer;
    bool m_started = false;
    QStringList m_queue;
    QString m_runningId;
    ScheduleRun m_run;
    QPointer<Job> m_job;      ///< a child: its destructor cancels and waits
    JobSlot m_pruneJob; ///< pruning after a scheduled run
};

} // namespace dbpulse
