#include "core/monitor/servermonitor.h"
#include "core/metrics/historystore.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QFile>
#include <limits>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

namespace {

MetricsSample sampleAt(const QDateTime &t, double tps, double p99, bool gap = false)
{
    MetricsSample s;
    s.time = t;
    s.gap = gap;
    s.statementsGap = gap;
    s.connections = {10, 3, 5, 1, 1, 100, {}};
    s.rates.transactionsPerSecond = tps;
    s.statementsPerSecond = tps * 2;
    s.cacheHitRatio.table = 0.99;
    s.latencyMs = LatencyPercentiles{1.0, p99 / 2, p99};
    return s;
}

/// A sample whose statements read found \a calls calls of 4 ms of statement 7 in database 5.
MetricsSample statementsAt(const QDateTime &t, qint64 calls, const QString &user = QStringLiteral("app"))
{
    MetricsSample s = sampleAt(t, 1, 1);
    s.statementsAvailable = true;
    StatementInterval i;
    i.queryId = 7;
    i.dbId = 5;
    i.database = QStringLiteral("shop");
    i.users = {user};
    i.calls = calls;
    i.totalMs = 4.0 * double(calls);
    i.meanMs = 4;
    i.varianceMs2 = 1;
    i.rows = calls;
    s.statements = {i};
    return s;
}

/// A sample with \a lock sessions waiting on locks, one on IO and one on a type this build does
/// not know by name.
MetricsSample waitingAt(const QDateTime &t, int lock)
{
    MetricsSample s = sampleAt(t, 1, 1);
    s.connections.waiting = lock + 2;
    s.connections.waitingByType = {{QStringLiteral("Lock"), lock},
                                   {QStringLiteral("IO"), 1},
                                   {QStringLiteral("InjectionPoint"), 1}};
    return s;
}

/// Runs \a statements on the SQLite file \a path; the first error, or empty.
QString execSqlite(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-raw"));
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (error.isEmpty() && !q.exec(sql))
                error = q.lastError().text() + QStringLiteral(": ") + sql;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-raw"));
    return error;
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-version"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-version"));
    return version;
}

qint64 callsIn(const QList<StatementBucket> &buckets)
{
    qint64 calls = 0;
    for (const StatementBucket &b : buckets)
        calls += b.calls;
    return calls;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsValuesAndGaps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const QDateTime t0 = QDateTime::currentDateTime().addSecs(-60);
        {
            HistoryStore store(path);
            store.append(sampleAt(t0, 0, 0, /*gap*/ true));
            store.append(sampleAt(t0.addSecs(1), 120.5, 40));
            store.append(sampleAt(t0.addSecs(2), 80, 30));
        } // destructor flushes
        QString error;
        const QList<HistoryPoint> points = HistoryStore::load(path, t0.addSecs(-1), t0.addSecs(10), 1000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(points.size(), 3);
        QVERIFY(points.at(0).gap);
        QVERIFY(!points.at(0).latencyMs.has_value()); // a gap stores no bogus values
        QVERIFY(!points.at(0).cacheHitTable.has_value());
        QVERIFY(!points.at(1).gap);
        QCOMPARE(points.at(1).transactionsPerSecond, 120.5);
        QCOMPARE(points.at(1).latencyMs->p99, 40.0);
        QCOMPARE(points.at(1).connections.total, 10);
        QCOMPARE(points.at(1).cacheHitTable.value(), 0.99);
        QCOMPARE(points.at(2).time.toMSecsSinceEpoch() / 1000, t0.addSecs(2).toMSecsSinceEpoch() / 1000);
    }

    void downsamplingKeepsSpikes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60 - 1200);
        {
            HistoryStore store(path);
            for (int i = 0; i < 600; ++i)
                store.append(sampleAt(t0.addSecs(i), 100, i == 333 ? 900.0 : 10.0));
        }
        const QList<HistoryPoint> points = HistoryStore::load(path, t0, t0.addSecs(599), 10);
        QVERIFY2(points.size() <= 11 && points.size() >= 9, qPrintable(QString::number(points.size())));
        double maxP99 = 0;
        double tpsSum = 0;
        for (const HistoryPoint &p : points) {
            maxP99 = std::max(maxP99, p.latencyMs->p99);
            tpsSum += p.transactionsPerSecond;
        }
        QCOMPARE(maxP99, 900.0);                      // the one slow second survives
        QCOMPARE(tpsSum / points.size(), 100.0);      // rates average
    }

    void pruneFoldsOldSamplesIntoMinutes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime old = QDateTime::fromSecsSinceEpoch(now.addSecs(-3 * 3600).toSecsSinceEpoch() / 60 * 60);
        const QDateTime ancient = now.addDays(-3);
        {
            HistoryStore store(path, HistoryRetention{1, 2});
            for (int i = 0; i < 120; ++i) // two whole minutes, three hours ago
                store.append(sampleAt(old.addSecs(i), i < 60 ? 10 : 30, i == 90 ? 500 : 5));
            store.append(sampleAt(ancient, 1, 1));
            store.append(sampleAt(now.addSecs(-5), 7, 7));
            store.flush();
            store.prune();
        }
        const QList<HistoryPoint> all = HistoryStore::load(path, now.addDays(-10), now, 10 * 24 * 3600);
        QCOMPARE(all.size(), 3); // two minute buckets + the recent raw sample; the ancient one expired
        QCOMPARE(all.at(0).time, old);
        QCOMPARE(all.at(0).transactionsPerSecond, 10.0);
        QCOMPARE(all.at(1).transactionsPerSecond, 30.0);
        QCOMPARE(all.at(1).latencyMs->p99, 500.0);
        QCOMPARE(all.at(2).transactionsPerSecond, 7.0);
    }

    // Per-statement intervals: stored as they are, folded into minutes after the raw window and
    // into hours after the raw samples' window, dropped with the minute buckets; sums stay exact.
    void statementsAreFoldedWithTheirSums()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const qint64 hour = 3600 * 1000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QDateTime twoHoursAgo = QDateTime::fromMSecsSinceEpoch((now - 2 * hour) / 60000 * 60000);
        const QDateTime threeDaysAgo = QDateTime::fromMSecsSinceEpoch((now - 72 * hour) / hour * hour);
        {
            // Intervals for 60 min, raw samples (and statement minutes) for 1 h, minutes for 2 days.
            HistoryStore store(path, HistoryRetention{1, 2, 60});
            for (int i = 0; i < 120; ++i) // two minutes of intervals, two hours ago: folded into minutes
                store.append(statementsAt(twoHoursAgo.addSecs(i), 2, i == 70 ? QStringLiteral("report") : QStringLiteral("app")));
            store.append(statementsAt(QDateTime::fromMSecsSinceEpoch(now - 5000), 9)); // recent: kept as it is
            MetricsSample gap = statementsAt(QDateTime::fromMSecsSinceEpoch(now - 4000), 1000);
            gap.statementsGap = true; // not valid deltas: never stored
            store.append(gap);
            store.append(statementsAt(threeDaysAgo, 50)); // past the retention: dropped
            store.flush();
            store.prune();
        }
        const qint64 all = std::numeric_limits<qint64>::max();
        QString error;
        const QList<StatementBucket> folded = HistoryStore::loadStatements(path, 0, now, all, 1000000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(callsIn(folded), qint64(2 * 120 + 9));
        // Folded two hours ago: minutes are older than the 1 h raw window, so they became one hour.
        const QList<StatementBucket> old = HistoryStore::loadStatements(path, 0, now - hour, all, 1000000);
        QCOMPARE(callsIn(old), qint64(240));
        QVERIFY2(old.size() <= 2, qPrintable(QString::number(old.size())));
        for (const StatementBucket &b : old) // read by the stored rows' own times: hour starts
            QVERIFY2(b.timeMs % hour == 0, qPrintable(QDateTime::fromMSecsSinceEpoch(b.timeMs).toString()));
        QCOMPARE(old.constFirst().totalMs + (old.size() > 1 ? old.last().totalMs : 0), 4.0 * 240);
        QCOMPARE(old.constFirst().users.contains(QStringLiteral("report"))
                     || old.last().users.contains(QStringLiteral("report")), true);
        // The range's start and the in-memory history's start cut what is read.
        QCOMPARE(callsIn(HistoryStore::loadStatements(path, now - 60000, now, all, 10)), qint64(9));
        QCOMPARE(callsIn(HistoryStore::loadStatements(path, now - 60000, now, now - 10000, 10)), qint64(0));
    }

    // The waiting sessions' split by wait event type is stored with the interval, read back, kept
    // through downsampling (each type's peak) and through the fold into minutes.
    void waitingSplitRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime old = QDateTime::fromSecsSinceEpoch(now.addSecs(-3 * 3600).toSecsSinceEpoch() / 60 * 60);
        {
            HistoryStore store(path, HistoryRetention{1, 2});
            for (int i = 0; i < 60; ++i) // a whole minute three hours ago: folded into a minute bucket
                store.append(waitingAt(old.addSecs(i), i == 20 ? 5 : 1));
            store.append(waitingAt(now.addSecs(-6), 3));
            MetricsSample none = sampleAt(now.addSecs(-5), 1, 1);
            store.append(none); // nobody waits: a known split of nothing
            store.flush();
            store.prune();
        }
        QString error;
        const QList<HistoryPoint> points = HistoryStore::load(path, now.addDays(-1), now, 24 * 3600, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(points.size(), 3);
        const QMap<QString, int> folded{{QStringLiteral("IO"), 1}, {QStringLiteral("Lock"), 5}, {QStringLiteral("other"), 1}};
        QCOMPARE(points.at(0).connections.waitingByType, folded);
        const QMap<QString, int> recent{{QStringLiteral("IO"), 1}, {QStringLiteral("Lock"), 3}, {QStringLiteral("other"), 1}};
        QCOMPARE(points.at(1).connections.waitingByType, recent);
        QCOMPARE(points.at(1).connections.waiting, 5);
        QVERIFY(points.at(2).connections.waitingByType.isEmpty());
        QCOMPARE(userVersion(path), 1);
    }

    // A file written before the split was stored (format 0: no wait_* columns, user_version 0)
    // reads as before, and a writer upgrades it in place: old rows have no split, new ones do.
    void formatZeroFileIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 30000;
        QStringList oldSchema;
        for (const QString &table : {QStringLiteral("raw"), QStringLiteral("minute")}) {
            oldSchema << QStringLiteral("CREATE TABLE %1 (t INTEGER PRIMARY KEY, gap INTEGER NOT NULL, conn_total INTEGER,"
                                        " conn_active INTEGER, conn_idle INTEGER, conn_idle_tx INTEGER, conn_waiting INTEGER,"
                                        " conn_max INTEGER, tps REAL, sps REAL, cache_table REAL, cache_index REAL, p50 REAL,"
                                        " p95 REAL, p99 REAL) WITHOUT ROWID").arg(table);
        }
        oldSchema << QStringLiteral("INSERT INTO raw VALUES (%1, 0, 9, 2, 3, 1, 3, 100, 42.0, 80.0, 0.99, 0.98, 1, 2, 3)").arg(t0);
        QCOMPARE(execSqlite(path, oldSchema), QString());
        QCOMPARE(userVersion(path), 0);

        QString error;
        QList<HistoryPoint> points = HistoryStore::load(path, QDateTime::fromMSecsSinceEpoch(t0 - 1000),
                                                        QDateTime::currentDateTime(), 1000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.at(0).transactionsPerSecond, 42.0);
        QCOMPARE(points.at(0).connections.waiting, 3);
        QVERIFY(points.at(0).connections.waitingByType.isEmpty()); // not stored then: unknown

        {
            HistoryStore store(path);
            store.append(waitingAt(QDateTime::fromMSecsSinceEpoch(t0 + 10000), 2));
            store.flush();
            QVERIFY2(store.errorText().isEmpty(), qPrintable(store.errorText()));
        }
        QCOMPARE(userVersion(path), 1);
        points = HistoryStore::load(path, QDateTime::fromMSecsSinceEpoch(t0 - 1000), QDateTime::currentDateTime(), 1000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).transactionsPerSecond, 42.0);
        QVERIFY(points.at(0).connections.waitingByType.isEmpty());
        QCOMPARE(points.at(1).connections.waitingByType.value(QStringLiteral("Lock")), 2);
    }

    void unusableFileIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        {
            HistoryStore store(path);
            store.append(sampleAt(QDateTime::currentDateTime(), 1, 1));
            store.flush();
            // Names the file and says why it is not used.
            QVERIFY2(store.errorText().startsWith(QStringLiteral("history file %1 is not usable: ").arg(path)),
                     qPrintable(store.errorText()));
        }
        QString error;
        QVERIFY(HistoryStore::load(path, QDateTime::currentDateTime().addDays(-1), QDateTime::currentDateTime(), 10, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void sessionRecordsLiveSamples()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QDateTime start = QDateTime::currentDateTime().addSecs(-5);
        {
            ServerMonitor session(parseTarget(cluster->uri()).target.value(), {});
            session.recordHistory(path);
            session.setIntervalMs(500);
            int samples = 0;
            connect(&session, &ServerMonitor::metricsSampled, this, [&samples] { ++samples; });
            session.start();
            QTRY_VERIFY_WITH_TIMEOUT(samples >= 7, 20000);
        } // joins the thread; the store flushes there
        const QList<HistoryPoint> points = HistoryStore::load(path, start, QDateTime::currentDateTime().addSecs(5), 10000);
        QVERIFY2(points.size() >= 3, qPrintable(QString::number(points.size())));
        QVERIFY(!points.last().gap); // after the first sample, intervals are measurable
        QVERIFY(points.last().connections.total >= 1);
    }

    // A real lock wait in the monitored database is stored as a Lock wait and read back so.
    void liveLockWaitIsStoredByType()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("history_waits"));
        QVERIFY(!uri.isEmpty());
        test::PlainConnection holder(uri), waiter(uri);
        QCOMPARE(holder.exec(QStringLiteral("CREATE TABLE held (id int)")), QString());
        QCOMPARE(holder.exec(QStringLiteral("BEGIN; LOCK TABLE held IN ACCESS EXCLUSIVE MODE")), QString());
        QVERIFY(waiter.send(QStringLiteral("SELECT count(*) FROM held")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("waits.sqlite"));
        const QDateTime start = QDateTime::currentDateTime().addSecs(-5);
        {
            ServerMonitor session(parseTarget(uri).target.value(), {});
            session.recordHistory(path);
            session.setIntervalMs(500);
            int lockWaits = 0;
            connect(&session, &ServerMonitor::metricsSampled, this, [&lockWaits](const MetricsSample &s) {
                lockWaits += s.connections.waitingByType.value(QStringLiteral("Lock")) > 0;
            });
            session.start();
            QTRY_VERIFY_WITH_TIMEOUT(lockWaits >= 5, 20000); // reads are at most one a second
        }
        QCOMPARE(holder.exec(QStringLiteral("ROLLBACK")), QString());
        const QList<HistoryPoint> points = HistoryStore::load(path, start, QDateTime::currentDateTime().addSecs(5), 10000);
        int stored = 0;
        for (const HistoryPoint &p : points)
            stored += p.connections.waitingByType.value(QStringLiteral("Lock")) >= 1;
        QVERIFY2(stored >= 2, qPrintable(QString::number(stored)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
