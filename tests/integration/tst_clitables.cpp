// Every table dbpulse-cli prints (app/cli/clitable.h), run against a real cluster whose database,
// index and queries carry terminal escapes: by default each line fits 80 display columns, no
// escape reaches the terminal, and --wide, --columns and --format csv do what their help says.
#include "tests/support/clirun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include "core/demo/localcluster.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using dbpulse::test::PlainConnection;
using dbpulse::test::ProcessRun;

namespace {

// An OSC that retitles the terminal, and a clear-screen: what a hostile role would plant.
const QString hostile = u"\x1b]0;pwned\x07\x1b[2J"_s;
const QString database = u"pulse"_s + hostile;
const QString indexName = u"idx"_s + hostile;
// What the filter makes of it: every control character U+FFFD.
const QString shown = u"\uFFFD]0;pwned\uFFFD\uFFFD[2J"_s;

ProcessRun cli(const QStringList &args)
{
    return dbpulse::test::runCli(args, 120000);
}

// East Asian wide characters take two columns; nothing here prints any, but count as a terminal does.
int displayWidth(const QString &line)
{
    int width = 0;
    for (const char32_t c : line.toUcs4())
        width += (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x1F300 && c <= 0x1F64F)
            ? 2
            : 1;
    return width;
}

// RFC 4180 records (quoted fields may hold commas, quotes doubled, CRLF line ends).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestCliTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PlainConnection admin(cluster->uri());
        QVERIFY2(admin.ok(), qPrintable(admin.error()));
        admin.exec(u"DROP DATABASE IF EXISTS \""_s + database + u"\" WITH (FORCE)"_s);
        QCOMPARE(admin.exec(u"CREATE DATABASE \""_s + database + u'"'), QString());
        m_uri = cluster->uri(database);

        PlainConnection owner(m_uri);
        QVERIFY2(owner.ok(), qPrintable(owner.error()));
        QCOMPARE(owner.exec(u"CREATE TABLE t (v int); INSERT INTO t VALUES (1), (1), (2)"_s), QString());
        // A unique index built concurrently over duplicates fails and stays behind INVALID: the
        // doctor reports it by its name.
        QVERIFY(!owner.exec(u"CREATE UNIQUE INDEX CONCURRENTLY \""_s + indexName + u"\" ON t (v)"_s).isEmpty());

        // Before the lock chain below: pg_dump would wait on it.
        const ProcessRun backup = cli({u"backup"_s, m_uri, u"--out"_s, m_backups.path()});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));

        // A lock chain whose waiter's query carries the escapes: sessions, locks and watch show it.
        m_holder = std::make_unique<PlainConnection>(m_uri);
        QCOMPARE(m_holder->exec(u"BEGIN; LOCK TABLE t"_s), QString());
        m_waiter = std::make_unique<PlainConnection>(m_uri);
        QCOMPARE(m_waiter->exec(u"SET application_name = 'app"_s + hostile + u"'"_s), QString());
        QVERIFY(m_waiter->send(u"SELECT count(*) /* "_s + hostile + u" */ FROM t"_s));
        QTRY_VERIFY_WITH_TIMEOUT(dbpulse::test::queryValue(m_uri, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                                     .toInt() >= 1,
                                 60000);

    }

    void cleanupTestCase()
    {
        m_waiter.reset();
        m_holder.reset();
    }

    void tablesFit80Columns_data() { commands(); }
    void tablesFit80Columns()
    {
        QFETCH(QStringList, args);
        const ProcessRun r = cli(args);
        QVERIFY2(r.exitCode == 0 || (args.first() == u"doctor"_s && r.exitCode != 2 && r.exitCode != 3 && r.exitCode >= 0),
                 qPrintable(QString::number(r.exitCode) + r.err));
        QVERIFY2(r.out.count(u'\n') >= 2, qPrintable(r.out));
        for (const QString &line : (r.out + r.err).split(u'\n'))
            QVERIFY2(displayWidth(line) <= 80, qPrintable(u"%1 columns: %2"_s.arg(displayWidth(line)).arg(line)));
        QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.err.contains(QChar(0x1b)), qPrintable(r.out));
        QVERIFY(!r.out.contains(QChar(0x07)) && !r.err.contains(QChar(0x07)));
    }

    // --wide cuts nothing, so the planted text is printed whole: without a single control byte.
    void wideShowsTheDatabasesTextFiltered_data() { commands(); }
    void wideShowsTheDatabasesTextFiltered()
    {
        QFETCH(QStringList, args);
        const ProcessRun r = cli(args + QStringList{u"--wide"_s});
        QVERIFY2(r.exitCode >= 0 && r.exitCode != 2 && r.exitCode != 3, qPrintable(r.err));
        QVERIFY2(r.out.contains(shown), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.err.contains(QChar(0x1b)), qPrintable(r.out));
        QVERIFY(!r.out.contains(QChar(0x07)) && !r.err.contains(QChar(0x07)));
        if (args.first() != u"doctor"_s) {
            int widest = 0;
            for (const QString &line : r.out.split(u'\n'))
                widest = std::max(widest, displayWidth(line));
            QVERIFY2(widest > 80, qPrintable(r.out));
        }
    }

    // migrate status's table: the description is cut, the database's name filtered.
    void migrateStatusFits80Columns()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"20240101000000_a_migration_whose_description_is_much_longer_than_a_terminal_line.sql"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-- migrate:up\nCREATE TABLE m (i int);\n-- migrate:down\nDROP TABLE m;\n");
        file.close();
        const ProcessRun r = cli({u"migrate"_s, u"status"_s, m_uri, u"--dir"_s, dir.path(), u"--style"_s, u"dbmate"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"VERSION "_s) && r.out.contains(u"20240101000000 "_s), qPrintable(r.out));
        for (const QString &line : r.out.split(u'\n'))
            QVERIFY2(displayWidth(line) <= 80, qPrintable(line));
        QVERIFY2(!r.out.contains(QChar(0x1b)) && r.out.contains(u"database: pulse\uFFFD"_s), qPrintable(r.out));
    }

    void watchDropsLeastImportantColumnsFirst()
    {
        const ProcessRun fit = cli(watch());
        QVERIFY2(fit.exitCode == 0, qPrintable(fit.err));
        const QStringList header = headerOf(fit.out, u"time"_s);
        for (const QString &key : {u"time"_s, u"conn/max"_s, u"tps"_s, u"wait"_s, u"p95ms"_s})
            QVERIFY2(header.contains(key), qPrintable(header.join(u' ')));
        for (const QString &key : {u"collect"_s, u"srv-tps"_s})
            QVERIFY2(!header.contains(key), qPrintable(header.join(u' ')));
        // Whole columns were left out, not the line cut at 80: every header word is a column.
        const QStringList all{u"time"_s, u"conn/max"_s, u"act"_s, u"idle"_s, u"iitx"_s, u"wait"_s, u"tps"_s, u"stmt/s"_s,
                              u"hit%tbl"_s, u"hit%idx"_s, u"p50ms"_s, u"p95ms"_s, u"p99ms"_s, u"breach"_s};
        for (const QString &word : header)
            QVERIFY2(all.contains(word), qPrintable(header.join(u' ')));
        const ProcessRun wide = cli(watch() + QStringList{u"--wide"_s});
        QVERIFY2(headerOf(wide.out, u"time"_s).contains(u"collect"_s), qPrintable(wide.out));
    }

    void columnsPicksAndOrders()
    {
        const ProcessRun w = cli(watch() + QStringList{u"--columns"_s, u"tps,time,srv-conn"_s});
        QVERIFY2(w.exitCode == 0, qPrintable(w.err));
        QCOMPARE(headerOf(w.out, u"tps"_s), (QStringList{u"tps"_s, u"time"_s, u"srv-conn"_s}));
        const ProcessRun s = cli({u"sessions"_s, m_uri, u"--columns"_s, u"query,pid"_s});
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        QVERIFY2(s.out.startsWith(u"QUERY "_s), qPrintable(s.out));
        for (const QString &line : s.out.split(u'\n'))
            QVERIFY2(displayWidth(line) <= 80, qPrintable(line));

        const ProcessRun bad = cli({u"sessions"_s, m_uri, u"--columns"_s, u"pid,colour"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"no column 'colour' (there are pid,user,database,state,for,query)"_s), qPrintable(bad.err));
    }

    void csvIsRfc4180WithEveryColumn_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("header");
        QTest::newRow("watch") << watch() << u"time,conn,act,idle,iitx,wait,tps,stmt/s,hit%tbl,hit%idx,p50ms,p95ms,p99ms,"
                                             "breach,collect,srv-conn,srv-tps,notes"_s;
        QTest::newRow("sessions") << QStringList{u"sessions"_s, m_uri} << u"pid,user,database,state,for,query"_s;
        QTest::newRow("locks") << QStringList{u"locks"_s, m_uri} << u"pid,session,state,for,query"_s;
        QTest::newRow("backups list") << QStringList{u"backups"_s, u"list"_s, m_backups.path()}
                                      << u"started,database,format,size,state,path"_s;
        QTest::newRow("doctor") << QStringList{u"doctor"_s, m_uri, u"--throwaway"_s}
                                << u"check,severity,object,detail,value,threshold,fix"_s;
    }
    void csvIsRfc4180WithEveryColumn()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, header);
        const ProcessRun r = cli(args + QStringList{u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode >= 0 && r.exitCode != 2 && r.exitCode != 3, qPrintable(r.err));
        QVERIFY2(r.out.endsWith(u"\r\n"_s), qPrintable(r.out));
        const QList<QStringList> records = parseCsv(r.out);
        QVERIFY2(records.size() >= 2, qPrintable(r.out));
        QCOMPARE(records.first().join(u','), header);
        bool planted = false;
        for (const QStringList &record : records) {
            QCOMPARE(record.size(), records.first().size());
            planted = planted || record.join(u' ').contains(shown);
        }
        // Nothing is cut in CSV, and the planted text is filtered there too.
        if (args.first() != u"watch"_s)
            QVERIFY2(planted, qPrintable(r.out));
        QVERIFY(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)));
        // A field with a comma or a quote is quoted (the doctor's details have commas).
        if (args.first() == u"doctor"_s)
            QVERIFY2(r.out.contains(u",\""_s), qPrintable(r.out));
    }

private:
    QStringList watch() const
    {
        return {u"watch"_s, m_uri, u"--interval"_s, u"0.5"_s, u"--duration"_s, u"2.5"_s};
    }

    // The words of the first line of \a out that starts with \a first.
    static QStringList headerOf(const QString &out, const QString &first)
    {
        for (QString line : out.split(u'\n')) {
            line = line.trimmed(); // a right-aligned first column starts with blanks
            if (line.startsWith(first + u' ') || line == first)
                return line.split(u' ', Qt::SkipEmptyParts);
        }
        return {};
    }

    void commands()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("watch") << watch();
        QTest::newRow("sessions") << QStringList{u"sessions"_s, m_uri};
        QTest::newRow("locks") << QStringList{u"locks"_s, m_uri};
        QTest::newRow("backups list") << QStringList{u"backups"_s, u"list"_s, m_backups.path()};
        QTest::newRow("doctor") << QStringList{u"doctor"_s, m_uri, u"--throwaway"_s};
    }

    QString m_uri;
    QTemporaryDir m_backups;
    std::unique_ptr<PlainConnection> m_holder, m_waiter;
};

QTEST_GUILESS_MAIN(TestCliTables)
#include "tst_clitables.moc"
