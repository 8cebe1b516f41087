#pragma once

#include "core/backup/backupoptions.h"
#include "core/backup/retention.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace dbpulse {

/// \brief "Back up this connection daily at HH:MM into this folder". Stored in QSettings (the
/// connection is a saved "@profile" or a password-free URI). Value type.
struct BackupSchedule
{
    QString id;                  ///< stable, generated once
    QString connection;          ///< what parseTarget() reads
    QTime at{2, 0};              ///< local wall-clock time
    QString destination;
    BackupOptions::Format format = BackupOptions::Format::Custom;
    int compressLevel = -1;
    bool testRestore = false;    ///< verify by restoring into a scratch database on the same server
    bool prune = true;           ///< apply retention to this database's backups in the destination
    RetentionPolicy retention;
    bool enabled = true;
    QDateTime anchor;            ///< UTC: when it last started a run, or when it was created

    /// Empty when the schedule can be saved, else why not (e.g. a password inside the URI).
    QString validate() const;
};

/// \brief One scheduled run, for the list of past runs. Value type.
struct ScheduleRun
{
    QDateTime started;           ///< UTC
    QDateTime finished;          ///< UTC
    QString scheduleId;
    QString connection;          ///< label, password-free
    bool ok = false;
    QString path;                ///< the backup, when one was written
    QString message;             ///< "checksums verified; 2 old backups deleted" or the error
};

/// \brief The instant "\a date at \a at" in \a zone. On a spring-forward day a time inside the
/// gap becomes the first instant after it (the transition); on a fall-back day a repeated time
/// is its first occurrence. Pure; any thread.
QDateTime scheduleOccurrence(const QDate &date, const QTime &at, const QTimeZone &zone);

/// \brief Whether a daily schedule is due \a now and when it runs next.
struct ScheduleDecision
{
    bool dueNow = false;
    QDateTime next;              ///< \a now when due
};

/// \brief A run is due when the most recent occurrence of \a at (today's if it has passed, else
/// yesterday's) lies after \a anchor — so a run missed while the app was closed is made up once
/// at startup, however many days were missed, and a schedule created after today's time first
/// runs tomorrow. Pure; any thread.
ScheduleDecision decideSchedule(const QTime &at, const QDateTime &anchor, const QDateTime &now, const QTimeZone &zone);

/// \brief Schedules and past runs in QSettings ("backups/schedules", "backups/scheduleRuns").
/// GUI thread (QSettings is not shared across threads here).
namespace ScheduleStore {
QList<BackupSchedule> schedules();
void setSchedules(const QList<BackupSchedule> &schedules);
/// Newest first.
QList<ScheduleRun> runs();
/// Prepends \a run, keeping the newest kMaxRuns.
void addRun(const ScheduleRun &run);
constexpr int kMaxRuns = 200;
} // namespace ScheduleStore

} // namespace dbpulse
