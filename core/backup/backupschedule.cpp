#include "core/backup/backupschedule.h"

#include "core/backup/pgclient.h"

#include <QCoreApplication>
#include <QSettings>

namespace dbpulse {

QString BackupSchedule::validate() const
{
    if (connection.trimmed().isEmpty())
        return QCoreApplication::translate("Backup", "choose a connection");
    if (destination.trimmed().isEmpty())
        return QCoreApplication::translate("Backup", "choose a destination folder");
    if (!at.isValid())
        return QCoreApplication::translate("Backup", "choose a time of day");
    // Settings are plain text: a password typed into a URI must not end up there.
    if (!connection.startsWith(QLatin1Char('@')) && !connection.startsWith(QLatin1String("sqlite:"))) {
        QString err;
        const std::optional<ConnSettings> conn = ConnSettings::parse(connection, &err);
        if (conn && !conn->password.isEmpty())
            return QCoreApplication::translate("Backup", "the connection holds a password; save it as a connection (the password goes to the keychain) "
                                  "or use ~/.pgpass");
    }
    if (retention.keepDaily < 0 || retention.keepWeekly < 0 || retention.keepMonthly < 0)
        return QCoreApplication::translate("Backup", "retention counts must be 0 or more");
    return {};
}

QDateTime scheduleOccurrence(const QDate &date, const QTime &at, const QTimeZone &zone)
{
    const QTime wall(at.hour(), at.minute());
    const QDateTime candidate(date, wall, zone);
    const QDateTime local = candidate.toTimeZone(zone);
    if (!candidate.isValid() || local.date() != date || local.time() != wall) {
        // In a spring-forward gap: the day's transition is the first instant after it.
        const QTimeZone::OffsetData transition = zone.nextTransition(QDateTime(date.startOfDay(zone)));
        if (transition.atUtc.isValid() && transition.atUtc.toTimeZone(zone).date() == date)
            return transition.atUtc.toTimeZone(zone);
        return candidate;
    }
    // A fall-back day shows the same wall time twice; take the earlier one.
    for (const int back : {3600, 1800}) {
        const QDateTime earlier = QDateTime::fromMSecsSinceEpoch(candidate.toMSecsSinceEpoch() - back * 1000LL, zone);
        if (earlier.date() == date && earlier.time() == wall)
            return earlier;
    }
    return candidate;
}

ScheduleDecision decideSchedule(const QTime &at, const QDateTime &anchor, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime todays = scheduleOccurrence(today, at, zone);
    const QDateTime latest = todays <= now ? todays : scheduleOccurrence(today.addDays(-1), at, zone);
    ScheduleDecision d;
    d.dueNow = !anchor.isValid() || latest > anchor;
    d.next = d.dueNow ? now : (todays > now ? todays : scheduleOccurrence(today.addDays(1), at, zone));
    return d;
}

namespace ScheduleStore {

namespace {
const QString kSchedules = QStringLiteral("backups/schedules");
const QString kRuns = QStringLiteral("backups/scheduleRuns");
} // namespace

QList<BackupSchedule> schedules()
{
    QSettings settings;
    QList<BackupSchedule> list;
    const int n = settings.beginReadArray(kSchedules);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        BackupSchedule s;
        s.id = settings.value(QStringLiteral("id")).toString();
        s.connection = settings.value(QStringLiteral("connection")).toString();
        s.at = QTime::fromString(settings.value(QStringLiteral("at")).toString(), QStringLiteral("HH:mm"));
        s.destination = settings.value(QStringLiteral("destination")).toString();
        BackupOptions::parseFormat(settings.value(QStringLiteral("format")).toString(), &s.format);
        s.compressLevel = settings.value(QStringLiteral("compress"), -1).toInt();
        s.testRestore = settings.value(QStringLiteral("testRestore")).toBool();
        s.prune = settings.value(QStringLiteral("prune"), true).toBool();
        s.retention.keepDaily = settings.value(QStringLiteral("keepDaily"), s.retention.keepDaily).toInt();
        s.retention.keepWeekly = settings.value(QStringLiteral("keepWeekly"), s.retention.keepWeekly).toInt();
        s.retention.keepMonthly = settings.value(QStringLiteral("keepMonthly"), s.retention.keepMonthly).toInt();
        s.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        s.anchor = QDateTime::fromString(settings.value(QStringLiteral("anchor")).toString(), Qt::ISODateWithMs);
        if (!s.id.isEmpty())
            list << s;
    }
    settings.endArray();
    return list;
}

void setSchedules(const QList<BackupSchedule> &list)
{
    QSettings settings;
    settings.remove(kSchedules);
    settings.beginWriteArray(kSchedules, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const BackupSchedule &s = list.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), s.id);
        settings.setValue(QStringLiteral("connection"), s.connection);
        settings.setValue(QStringLiteral("at"), s.at.toString(QStringLiteral("HH:mm")));
        settings.setValue(QStringLiteral("destination"), s.destination);
        settings.setValue(QStringLiteral("format"), BackupOptions::formatName(s.format));
        settings.setValue(QStringLiteral("compress"), s.compressLevel);
        settings.setValue(QStringLiteral("testRestore"), s.testRestore);
        settings.setValue(QStringLiteral("prune"), s.prune);
        settings.setValue(QStringLiteral("keepDaily"), s.retention.keepDaily);
        settings.setValue(QStringLiteral("keepWeekly"), s.retention.keepWeekly);
        settings.setValue(QStringLiteral("keepMonthly"), s.retention.keepMonthly);
        settings.setValue(QStringLiteral("enabled"), s.enabled);
        settings.setValue(QStringLiteral("anchor"), s.anchor.toUTC().toString(Qt::ISODateWithMs));
    }
    settings.endArray();
}

QList<ScheduleRun> runs()
{
    QSettings settings;
    QList<ScheduleRun> list;
    const int n = settings.beginReadArray(kRuns);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ScheduleRun r;
        r.started = QDateTime::fromString(settings.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
        r.finished = QDateTime::fromString(settings.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
        r.scheduleId = settings.value(QStringLiteral("schedule")).toString();
        r.connection = settings.value(QStringLiteral("connection")).toString();
        r.ok = settings.value(QStringLiteral("ok")).toBool();
        r.path = settings.value(QStringLiteral("path")).toString();
        r.message = settings.value(QStringLiteral("message")).toString();
        list << r;
    }
    settings.endArray();
    return list;
}

void addRun(const ScheduleRun &run)
{
    QList<ScheduleRun> list = runs();
    list.prepend(run);
    while (list.size() > kMaxRuns)
        list.removeLast();
    QSettings settings;
    settings.remove(kRuns);
    settings.beginWriteArray(kRuns, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ScheduleRun &r = list.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("started"), r.started.toUTC().toString(Qt::ISODateWithMs));
        settings.setValue(QStringLiteral("finished"), r.finished.toUTC().toString(Qt::ISODateWithMs));
        settings.setValue(QStringLiteral("schedule"), r.scheduleId);
        settings.setValue(QStringLiteral("connection"), r.connection);
        settings.setValue(QStringLiteral("ok"), r.ok);
        settings.setValue(QStringLiteral("path"), r.path);
        settings.setValue(QStringLiteral("message"), r.message);
    }
    settings.endArray();
}

} // namespace ScheduleStore

} // namespace dbpulse
