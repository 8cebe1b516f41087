#include "core/monitor/servermonitor.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
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

} // namespace

class TestSqliteMonitorWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestSqliteMonitorWorker)
#include "tst_sqlitemonitorworker.moc"
