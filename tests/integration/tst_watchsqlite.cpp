// dbpulse-cli watch on an SQLite file (app/cli/watchsqlite.cpp), and the doctor's integrity check
// showing up in it, through the real CLI.
#include "tests/support/clirun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using dbpulse::test::ProcessRun;
using dbpulse::test::runCli;

namespace {

// A rollback-journal file with 1 KiB pages and free pages; returns its page count.
qint64 createDatabase(const QString &path)
{
    qint64 pages = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(path);
        if (!db.open())
            return -1;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA page_size = 1024"));
        q.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)"));
        q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
                              "INSERT INTO t(body) SELECT hex(randomblob(450)) FROM n"));
        q.exec(QStringLiteral("DELETE FROM t WHERE id % 2 = 0"));
        if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
            pages = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    return pages;
}

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> lines;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

} // namespace

class TestWatchSqlite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonlPrintsTheFiguresAndTheLastIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        const qint64 pages = createDatabase(path);
        QVERIFY(pages > 0);
        // The doctor records its integrity check beside DB Pulse's own data, here a private one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        const ProcessRun doctor = runCli({QStringLiteral("doctor"), QStringLiteral("sqlite:") + path,
                                          QStringLiteral("--format"), QStringLiteral("json")}, 60000, env);
        QVERIFY2(doctor.exitCode == 0 || doctor.exitCode == 1, qPrintable(doctor.err));

        const ProcessRun r = runCli({QStringLiteral("watch"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                                     QStringLiteral("--interval"), QStringLiteral("0.2"), QStringLiteral("--duration"),
                                     QStringLiteral("1.5"), QStringLiteral("sqlite:") + path}, 60000, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QVERIFY2(lines.size() >= 3, qPrintable(r.out));
        const QJsonObject first = lines.first();
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("sqlite"));
        QVERIFY2(first.value(QLatin1String("written")).isNull(), "the first sample has no interval");
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value(QLatin1String("page_size")).toInteger(), 1024);
            QCOMPARE(o.value(QLatin1String("page_count")).toInteger(), pages);
            QVERIFY(o.value(QLatin1String("freelist_pages")).toInteger() > 0);
            QCOMPARE(o.value(QLatin1String("freelist_bytes")).toInteger(), o.value(QLatin1String("freelist_pages")).toInteger() * 1024);
            QCOMPARE(o.value(QLatin1String("journal_mode")).toString(), QStringLiteral("delete"));
            QCOMPARE(o.value(QLatin1String("file_bytes")).toInteger(), QFile(path).size());
            QVERIFY(o.value(QLatin1String("wal_bytes")).isNull());
            const QJsonObject integrity = o.value(QLatin1String("integrity")).toObject();
            QVERIFY2(integrity.value(QLatin1String("ok")).toBool(), "the doctor's check is shown");
            QVERIFY(integrity.value(QLatin1String("check")).toString().contains(QLatin1String("integrity_check")));
        }
        const QJsonObject last = lines.last();
        QCOMPARE(last.value(QLatin1String("written")).toBool(true), false);
        QCOMPARE(last.value(QLatin1String("written_pct_1m")).toDouble(-1), 0.0);
    }

    void tableFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        QVERIFY(createDatabase(path) > 0);
        const ProcessRun r = runCli({QStringLiteral("watch"), QStringLiteral("--interval"), QStringLiteral("0.2"),
                                     QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("sqlite:") + path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.out));
        QVERIFY(lines.first().contains(QLatin1String("freelist")));
        QVERIFY2(lines.at(1).contains(QLatin1String(" delete ")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QLatin1String("KiB")), "sizes in IEC units");
        // 80 columns by default: the page size, WAL frames, checkpoint and page count go first.
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 80, qPrintable(line));
        QVERIFY2(!lines.first().contains(QLatin1String("pgsize")), qPrintable(lines.first()));
        const ProcessRun wide = runCli({QStringLiteral("watch"), QStringLiteral("--interval"), QStringLiteral("0.2"),
                                        QStringLiteral("--duration"), QStringLiteral("0.5"), QStringLiteral("--wide"),
                                        QStringLiteral("sqlite:") + path});
        QVERIFY2(wide.out.startsWith(QLatin1String("time")) && wide.out.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("pgsize")),
                 qPrintable(wide.out));
    }

    void notADatabaseExits3()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const ProcessRun r = runCli({QStringLiteral("watch"), QStringLiteral("--duration"), QStringLiteral("5"),
                                     QStringLiteral("sqlite:") + path});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("not a usable SQLite database")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestWatchSqlite)
#include "tst_watchsqlite.moc"
