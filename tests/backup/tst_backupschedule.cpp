#include "core/backup/backupschedule.h"

#include <QStandardPaths>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;

/// Daily schedules: the occurrence of HH:MM on a day (DST gaps and repeats), when a run is due
/// (missed runs, new schedules) and the settings round trip.
class TestBackupSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void occurrence_data();
    void occurrence();
    void decision_data();
    void decision();
    void validate_data();
    void validate();
    void storeRoundTrip();
};

namespace {

const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

void TestBackupSchedule::occurrence_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("winter") << berlin << QDate(2026, 1, 15) << QTime(2, 0) << utc(u"2026-01-15T01:00:00"_s);
    QTest::newRow("summer") << berlin << QDate(2026, 7, 15) << QTime(2, 0) << utc(u"2026-07-15T00:00:00"_s);
    // 2026-03-29 02:00 CET jumps to 03:00 CEST: 02:30 does not exist; run at the jump.
    QTest::newRow("spring gap") << berlin << QDate(2026, 3, 29) << QTime(2, 30) << utc(u"2026-03-29T01:00:00"_s);
    QTest::newRow("spring, after gap") << berlin << QDate(2026, 3, 29) << QTime(3, 30) << utc(u"2026-03-29T01:30:00"_s);
    QTest::newRow("spring, before gap") << berlin << QDate(2026, 3, 29) << QTime(1, 30) << utc(u"2026-03-29T00:30:00"_s);
    // 2026-10-25 03:00 CEST falls back to 02:00 CET: 02:30 happens twice; the first one counts.
    QTest::newRow("fall repeat") << berlin << QDate(2026, 10, 25) << QTime(2, 30) << utc(u"2026-10-25T00:30:00"_s);
    QTest::newRow("fall, after repeat") << berlin << QDate(2026, 10, 25) << QTime(3, 30) << utc(u"2026-10-25T02:30:00"_s);
    QTest::newRow("new york gap") << newYork << QDate(2026, 3, 8) << QTime(2, 15) << utc(u"2026-03-08T07:00:00"_s);
    QTest::newRow("new york repeat") << newYork << QDate(2026, 11, 1) << QTime(1, 30) << utc(u"2026-11-01T05:30:00"_s);
    QTest::newRow("utc midnight") << QTimeZone::utc() << QDate(2026, 2, 28) << QTime(0, 0) << utc(u"2026-02-28T00:00:00"_s);
}

void TestBackupSchedule::occurrence()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, at);
    QFETCH(QDateTime, expected);
    QVERIFY(zone.isValid());
    QCOMPARE(scheduleOccurrence(date, at, zone).toUTC(), expected);
}

void TestBackupSchedule::decision_data()
{
    QTest::addColumn<QTime>("at");
    QTest::addColumn<QDateTime>("anchor");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("due");
    QTest::addColumn<QDateTime>("next");
    const QTime two(2, 0); // 01:00 UTC in Berlin winter
    QTest::newRow("ran today, next tomorrow") << two << utc(u"2026-01-15T01:00:05"_s) << utc(u"2026-01-15T09:00:00"_s)
                                               << false << utc(u"2026-01-16T01:00:00"_s);
    QTest::newRow("ran yesterday, later today") << two << utc(u"2026-01-14T01:00:05"_s) << utc(u"2026-01-15T00:30:00"_s)
                                                 << false << utc(u"2026-01-15T01:00:00"_s);
    QTest::newRow("time reached") << two << utc(u"2026-01-14T01:00:05"_s) << utc(u"2026-01-15T01:00:00"_s)
                                  << true << utc(u"2026-01-15T01:00:00"_s);
    QTest::newRow("missed today, caught up at start") << two << utc(u"2026-01-14T01:00:05"_s) << utc(u"2026-01-15T08:00:00"_s)
                                                      << true << utc(u"2026-01-15T08:00:00"_s);
    QTest::newRow("missed for days, caught up once") << two << utc(u"2026-01-01T01:00:05"_s) << utc(u"2026-01-15T00:10:00"_s)
                                                     << true << utc(u"2026-01-15T00:10:00"_s);
    QTest::newRow("created after today's time") << two << utc(u"2026-01-15T07:00:00"_s) << utc(u"2026-01-15T07:00:30"_s)
                                                << false << utc(u"2026-01-16T01:00:00"_s);
    QTest::newRow("created before today's time") << two << utc(u"2026-01-15T00:00:00"_s) << utc(u"2026-01-15T00:00:30"_s)
                                                 << false << utc(u"2026-01-15T01:00:00"_s);
    QTest::newRow("never ran") << two << QDateTime() << utc(u"2026-01-15T00:00:30"_s) << true << utc(u"2026-01-15T00:00:30"_s);
    // Across the spring gap: 02:30 on 2026-03-29 is the jump at 01:00 UTC.
    QTest::newRow("spring day") << QTime(2, 30) << utc(u"2026-03-28T01:30:05"_s) << utc(u"2026-03-29T00:59:00"_s)
                                << false << utc(u"2026-03-29T01:00:00"_s);
    QTest::newRow("spring day, reached") << QTime(2, 30) << utc(u"2026-03-28T01:30:05"_s) << utc(u"2026-03-29T01:00:00"_s)
                                         << true << utc(u"2026-03-29T01:00:00"_s);
    // On the fall-back day the repeated 02:30 runs once: after the first, the second is not due.
    QTest::newRow("fall day, second 02:30") << QTime(2, 30) << utc(u"2026-10-25T00:30:02"_s) << utc(u"2026-10-25T01:30:00"_s)
                                            << false << utc(u"2026-10-26T01:30:00"_s);
}

void TestBackupSchedule::decision()
{
    QFETCH(QTime, at);
    QFETCH(QDateTime, anchor);
    QFETCH(QDateTime, now);
    QFETCH(bool, due);
    QFETCH(QDateTime, next);
    const ScheduleDecision d = decideSchedule(at, anchor, now, berlin);
    QCOMPARE(d.dueNow, due);
    QCOMPARE(d.next.toUTC(), next);
}

void TestBackupSchedule::validate_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<bool>("ok");
    QTest::newRow("profile") << u"@prod"_s << u"/backups"_s << true;
    QTest::newRow("uri without password") << u"postgresql://me@db1/app"_s << u"/backups"_s << true;
    QTest::newRow("uri with password") << u"postgresql://me:secret@db1/app"_s << u"/backups"_s << false;
    QTest::newRow("keyword password") << u"host=db1 password=secret"_s << u"/backups"_s << false;
    QTest::newRow("sqlite") << u"sqlite:/data/app.db"_s << u"/backups"_s << true;
    QTest::newRow("no connection") << u" "_s << u"/backups"_s << false;
    QTest::newRow("no destination") << u"@prod"_s << QString() << false;
}

void TestBackupSchedule::validate()
{
    QFETCH(QString, connection);
    QFETCH(QString, destination);
    QFETCH(bool, ok);
    BackupSchedule s;
    s.connection = connection;
    s.destination = destination;
    QCOMPARE(s.validate().isEmpty(), ok);
}

void TestBackupSchedule::storeRoundTrip()
{
    ScheduleStore::setSchedules({});
    BackupSchedule s;
    s.id = u"a1"_s;
    s.connection = u"@prod"_s;
    s.at = QTime(23, 45);
    s.destination = u"/backups/prod"_s;
    s.format = BackupOptions::Format::Directory;
    s.compressLevel = 3;
    s.testRestore = true;
    s.prune = false;
    s.retention = RetentionPolicy{7, 4, 2};
    s.enabled = false;
    s.anchor = utc(u"2026-01-15T01:00:05"_s);
    ScheduleStore::setSchedules({s});
    const QList<BackupSchedule> back = ScheduleStore::schedules();
    QCOMPARE(back.size(), 1);
    const BackupSchedule &b = back.first();
    QCOMPARE(b.id, s.id);
    QCOMPARE(b.connection, s.connection);
    QCOMPARE(b.at, s.at);
    QCOMPARE(b.destination, s.destination);
    QCOMPARE(b.format, s.format);
    QCOMPARE(b.compressLevel, 3);
    QVERIFY(b.testRestore);
    QVERIFY(!b.prune);
    QCOMPARE(b.retention.keepDaily, 7);
    QCOMPARE(b.retention.keepWeekly, 4);
    QCOMPARE(b.retention.keepMonthly, 2);
    QVERIFY(!b.enabled);
    QCOMPARE(b.anchor, s.anchor);

    // Past runs: newest first, capped.
    for (int i = 0; i < ScheduleStore::kMaxRuns + 3; ++i)
        ScheduleStore::addRun(ScheduleRun{utc(u"2026-01-15T01:00:00"_s).addSecs(i), {}, u"a1"_s, u"prod"_s, i % 2 == 0, {}, u"run %1"_s.arg(i)});
    const QList<ScheduleRun> runs = ScheduleStore::runs();
    QCOMPARE(runs.size(), ScheduleStore::kMaxRuns);
    QCOMPARE(runs.first().message, u"run %1"_s.arg(ScheduleStore::kMaxRuns + 2));
    QVERIFY(runs.first().ok);
    ScheduleStore::setSchedules({});
}

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "tst_backupschedule.moc"
