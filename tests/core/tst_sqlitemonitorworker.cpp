#include "core/metrics/sqliteintegritystore.h"
#include "core/monitor/servermonitor.h"
#include "core/monitor/sqlitemonitorworker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

namespace {

void createDatabase(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
}

Target sqliteTarget(const QString &path)
{
    Target t;
    t.kind = DatabaseKind::SQLite;
    t.sqlitePath = path;
    t.label = path;
    return t;
}

/// \brief A second connection to the monitored file, as another program would write through:
/// the given journal mode and page size, a table with rows, some deleted so the freelist has
/// pages. Open for the test's lifetime (a WAL file keeps its -wal while a writer has it open).
class Writer
{
public:
    Writer(const QString &path, const QString &journalMode)
        : m_name(QStringLiteral("writer-") + journalMode)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Writer()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    qint64 value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    bool setUp(const QString &journalMode)
    {
        return exec(QStringLiteral("PRAGMA page_size = 1024")) && exec(QStringLiteral("PRAGMA journal_mode = ") + journalMode)
            && exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)")) && insertRows(300)
            && exec(QStringLiteral("DELETE FROM t WHERE id % 2 = 0"));
    }
    bool insertRows(int n)
    {
        return exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                   "INSERT INTO t(body) SELECT hex(randomblob(450)) FROM n").arg(n));
    }

private:
    QString m_name;
};

SqliteSample lastSample(const QSignalSpy &spy)
{
    return spy.last().at(0).value<SqliteSample>();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSqliteMonitorWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SqliteSample>();
    }

    void connectsAndReportsFacts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        createDatabase(path);
        ServerMonitor session(sqliteTarget(path), {});
        QSignalSpy info(&session, &ServerMonitor::serverInfoReady);
        session.start();
        QTRY_COMPARE(session.status().state, ConnectionState::Connected);
        QTRY_COMPARE(info.size(), 1);
        QCOMPARE(session.serverInfo().product, QStringLiteral("SQLite"));
        QVERIFY(session.serverInfo().version.startsWith(QLatin1Char('3')));
        QVERIFY(session.serverInfo().sizeBytes > 0);
    }

    void notADatabaseFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        ServerMonitor session(sqliteTarget(path), {});
        session.start();
        QTRY_COMPARE(session.status().state, ConnectionState::Failed);
        QVERIFY2(session.status().error.contains(QLatin1String("not a usable SQLite database")),
                 qPrintable(session.status().error));
        QVERIFY2(session.status().error.contains(path), "the error names the file");
        QCOMPARE(f.size(), 4096); // opened read-only: untouched
    }

    void vanishedFileReconnects()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.db"));
        createDatabase(path);
        ServerMonitor session(sqliteTarget(path), {});
        session.setIntervalMs(100);
        session.start();
        QTRY_COMPARE(session.status().state, ConnectionState::Connected);
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        QTRY_COMPARE(session.status().state, ConnectionState::Reconnecting);
        QCOMPARE(session.status().retryInMs, 1000);
        QVERIFY(QFile::rename(path + QStringLiteral(".moved"), path));
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Connected, 10000);
    }

    void reportsPageFigures_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("wal") << QStringLiteral("wal");
        QTest::newRow("rollback journal") << QStringLiteral("delete");
    }

    void reportsPageFigures()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pages.db"));
        Writer writer(path, journalMode);
        QVERIFY(writer.setUp(journalMode));
        const qint64 pageCount = writer.value(QStringLiteral("PRAGMA page_count"));
        const qint64 freelist = writer.value(QStringLiteral("PRAGMA freelist_count"));
        QVERIFY2(freelist > 0, "deleted rows leave free pages");

        ServerMonitor session(sqliteTarget(path), {});
        QSignalSpy samples(&session, &ServerMonitor::sqliteSampled);
        session.start();
        QTRY_VERIFY(!samples.isEmpty());
        const SqliteSample s = lastSample(samples);
        QVERIFY2(s.pagesRead, qPrintable(s.pagesProblem));
        QCOMPARE(s.pageSize, qint64(1024));
        QCOMPARE(s.pageCount, pageCount);
        QCOMPARE(s.freelistCount, freelist);
        QCOMPARE(s.freelistBytes(), freelist * 1024);
        QCOMPARE(s.journalMode, journalMode);
        QCOMPARE(s.fileBytes, QFileInfo(path).size());
        if (journalMode == QLatin1String("wal")) {
            QCOMPARE(s.walBytes, QFileInfo(path + QStringLiteral("-wal")).size());
            QVERIFY(s.walBytes > 0);
            QCOMPARE(s.walFrames, (s.walBytes - 32) / (1024 + 24));
            QVERIFY(s.shmExists);
        } else {
            QCOMPARE(s.walBytes, qint64(-1));
            QCOMPARE(s.walFrames, qint64(-1));
            QVERIFY(!s.checkpointSeenAt.isValid());
        }
        QVERIFY2(!s.hasInterval(), "the first sample has no interval to judge writes by");
    }

    void writesShowAsActivity_data()
    {
        reportsPageFigures_data();
    }

    void writesShowAsActivity()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.db"));
        Writer writer(path, journalMode);
        QVERIFY(writer.setUp(journalMode));

        ServerMonitor session(sqliteTarget(path), {});
        session.setIntervalMs(100);
        QSignalSpy samples(&session, &ServerMonitor::sqliteSampled);
        session.start();
        // Idle first: several intervals, none written.
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 4, 30000);
        for (int i = 1; i < samples.size(); ++i) {
            const SqliteSample idle = samples.at(i).at(0).value<SqliteSample>();
            QVERIFY(idle.hasInterval());
            QVERIFY2(!idle.written && !idle.dataVersionChanged, "an idle file shows no writes");
        }
        QCOMPARE(lastSample(samples).writtenPercentLastMinute.value_or(-1), 0.0);
        const SqliteSample before = lastSample(samples);

        // No checkpoint in between, so the -wal grows by what was written.
        QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(writer.insertRows(400));
        // A sample that straddles the commit (files read before it, pragmas after) reports the
        // write by data_version alone; the figures are compared once a sample began after it.
        const QDateTime committed = QDateTime::currentDateTime();
        samples.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty() && lastSample(samples).sampledAt > committed, 30000);
        const SqliteSample after = lastSample(samples);
        bool sawWrite = false;
        qint64 fileDelta = 0;
        qint64 walDelta = 0;
        for (const QList<QVariant> &args : std::as_const(samples)) {
            const SqliteSample s = args.at(0).value<SqliteSample>();
            sawWrite = sawWrite || (s.written && s.dataVersionChanged);
            fileDelta += s.fileDeltaBytes;
            walDelta += s.walDeltaBytes;
        }
        QVERIFY2(sawWrite, "another connection's commit changes data_version");
        QVERIFY(after.pageCount > before.pageCount);
        if (journalMode == QLatin1String("wal")) {
            QVERIFY2(after.walBytes > before.walBytes, "the commit went to the -wal");
            QCOMPARE(walDelta, after.walBytes - before.walBytes);
        } else {
            QVERIFY(after.fileBytes > before.fileBytes);
            QCOMPARE(fileDelta, after.fileBytes - before.fileBytes);
        }
        QVERIFY(after.writtenPercentLastMinute.value_or(0) > 0);
        // And quiet again afterwards.
        samples.clear();
        QTRY_VERIFY(samples.size() >= 2);
        QVERIFY(!lastSample(samples).written);
    }

    void checkpointIsSeen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ckpt.db"));
        Writer writer(path, QStringLiteral("wal"));
        QVERIFY(writer.setUp(QStringLiteral("wal")));
        QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ServerMonitor session(sqliteTarget(path), {});
        session.setIntervalMs(100);
        QSignalSpy samples(&session, &ServerMonitor::sqliteSampled);
        session.start();
        QTRY_VERIFY(samples.size() >= 2);
        QVERIFY(!lastSample(samples).checkpointSeenAt.isValid());
        QVERIFY(writer.insertRows(50));
        QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
        QTRY_VERIFY(!samples.isEmpty() && lastSample(samples).checkpointSeenAt.isValid());
    }

    void monitorDoesNotChangeTheFile_data()
    {
        reportsPageFigures_data();
    }

    void monitorDoesNotChangeTheFile()
    {
        QFETCH(QString, journalMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("idle.db"));
        {
            Writer writer(path, journalMode);
            QVERIFY(writer.setUp(journalMode));
        }
        // A WAL file is watched while a writer has it open (so it has its -wal and -shm); a
        // rollback-journal file with nobody else on it.
        std::unique_ptr<Writer> open;
        if (journalMode == QLatin1String("wal")) {
            open = std::make_unique<Writer>(path, journalMode);
            QVERIFY(open->value(QStringLiteral("SELECT count(*) FROM t")) > 0);
        }
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        const QByteArray bytes = contents(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const QByteArray walBytes = contents(path + QStringLiteral("-wal"));
        QTest::qWait(20); // a write now would get a later modification time

        {
            ServerMonitor session(sqliteTarget(path), {});
            session.setIntervalMs(100);
            QSignalSpy samples(&session, &ServerMonitor::sqliteSampled);
            session.start();
            QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 10, 30000);
            for (int i = 1; i < samples.size(); ++i)
                QVERIFY(!samples.at(i).at(0).value<SqliteSample>().written);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
        QVERIFY(contents(path) == bytes);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(contents(path + QStringLiteral("-wal")) == walBytes);
    }

    void lockedFileStillSamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.db"));
        Writer writer(path, QStringLiteral("delete"));
        QVERIFY(writer.setUp(QStringLiteral("delete")));
        ServerMonitor session(sqliteTarget(path), {});
        session.setIntervalMs(100);
        QSignalSpy samples(&session, &ServerMonitor::sqliteSampled);
        session.start();
        QTRY_VERIFY(!samples.isEmpty());
        // A writer holding the file exclusively: the monitor waits only its short busy timeout,
        // reports what the file system shows and stays connected.
        QVERIFY(writer.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        samples.clear();
        QTRY_VERIFY(!samples.isEmpty() && !lastSample(samples).pagesRead);
        QVERIFY2(lastSample(samples).pagesProblem.contains(QLatin1String("locked")), qPrintable(lastSample(samples).pagesProblem));
        QVERIFY(lastSample(samples).fileBytes > 0);
        QCOMPARE(session.status().state, ConnectionState::Connected);
        QVERIFY(writer.exec(QStringLiteral("COMMIT")));
        samples.clear();
        QTRY_VERIFY(!samples.isEmpty() && lastSample(samples).pagesRead);
    }

    void showsTheLastIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("checked.db"));
        createDatabase(path);
        const SqliteIntegrityStore store(dir.filePath(QStringLiteral("records")));
        SqliteMonitorWorker worker(path, store);
        worker.setIntervalMs(100);
        QSignalSpy samples(&worker, &MonitorWorker::sqliteSampled);
        worker.start();
        QTRY_VERIFY(!samples.isEmpty());
        QVERIFY2(!lastSample(samples).integrity, "never checked");

        const QDateTime when = QDateTime::currentDateTime().addSecs(-90);
        QVERIFY(store.record(path, {when, true, QStringLiteral("PRAGMA integrity_check(100)"), QStringLiteral("ok")}));
        QTRY_VERIFY(lastSample(samples).integrity.has_value());
        QVERIFY(lastSample(samples).integrity->ok);
        QCOMPARE(lastSample(samples).integrity->checkedAt.toSecsSinceEpoch(), when.toSecsSinceEpoch());

        QTest::qWait(20); // a new modification time for the record
        QVERIFY(store.record(path, {QDateTime::currentDateTime(), false, QStringLiteral("PRAGMA integrity_check(100)"),
                                    QStringLiteral("row 3 missing from index i")}));
        QTRY_VERIFY(!lastSample(samples).integrity->ok);
        QCOMPARE(lastSample(samples).integrity->summary, QStringLiteral("row 3 missing from index i"));
        worker.stop();
    }
};

QTEST_GUILESS_MAIN(TestSqliteMonitorWorker)
#include "tst_sqlitemonitorworker.moc"
