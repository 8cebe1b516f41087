// Drives the real `dbpulse-cli indexes`, as a script would.
#include "advisorfixture.h"

#include "tests/support/clirun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <csignal>

using namespace dbpulse::test;

namespace {

// Applied-index records go to the CLI's data folder: a private one per test run, not the user's.
QTemporaryDir &dataHome()
{
    static QTemporaryDir dir;
    return dir;
}

ProcessRun cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome().path());
    return runCli(args, 60000, env);
}

// The ID --apply takes, as the documentation defines it: computable from the JSON's ddl.
QString adviceId(const QJsonObject &advice)
{
    return QString::fromLatin1(QCryptographicHash::hash(advice.value(QLatin1String("ddl")).toString().toUtf8(),
                                                        QCryptographicHash::Sha256).toHex().left(8));
}

// The advice array of a `--format json` report.
QJsonArray adviceOf(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("recommendations")).toArray();
}

} // namespace

class TestIndexesCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
    }

    void jsonHasTheDocumentedKeys()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString error = AdvisorFixture::prepare(
            cluster, QStringLiteral("adv_cli"),
            {QStringLiteral("CREATE TABLE p (id int PRIMARY KEY)"),
             QStringLiteral("CREATE TABLE \"Line Ä\" (id int PRIMARY KEY, p_id int REFERENCES p, n int)"),
             QStringLiteral("CREATE INDEX n_idx ON \"Line Ä\" (n)")},
            {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The cluster started seconds ago: "unused" needs --unused-min-days 0 to be judged.
        const ProcessRun r = cli({QStringLiteral("indexes"), cluster->uri(QStringLiteral("adv_cli")), QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--unused-min-days"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString() + r.out));
        const QJsonObject run = doc.object();
        QCOMPARE(run.keys(), (QStringList{QStringLiteral("analyzed_at"), QStringLiteral("notes"), QStringLiteral("recommendations"),
                                          QStringLiteral("unused_judged"), QStringLiteral("unused_min_window_s"),
                                          QStringLiteral("usage_window")}));
        // When it ran, and over which window usage was judged.
        QVERIFY(QDateTime::fromString(run.value(QLatin1String("analyzed_at")).toString(), Qt::ISODate).isValid());
        const QJsonObject window = run.value(QLatin1String("usage_window")).toObject();
        QCOMPARE(window.value(QLatin1String("starts_at")).toString(), QStringLiteral("server_start"));
        QVERIFY(window.value(QLatin1String("stats_reset")).isNull()); // this database was never reset
        QCOMPARE(window.value(QLatin1String("start")).toString(), window.value(QLatin1String("server_start")).toString());
        QVERIFY(window.value(QLatin1String("seconds")).toDouble() >= 0);
        QCOMPARE(run.value(QLatin1String("unused_min_window_s")).toDouble(), 0.0);
        QVERIFY(run.value(QLatin1String("unused_judged")).toBool());
        const QJsonArray array = run.value(QLatin1String("recommendations")).toArray();
        QCOMPARE(array.size(), 2); // the unindexed FK and the unused index
        const QStringList keys{QStringLiteral("columns"), QStringLiteral("ddl"), QStringLiteral("estimated_benefit"),
                               QStringLiteral("index"), QStringLiteral("kind"), QStringLiteral("priority"),
                               QStringLiteral("reason"), QStringLiteral("schema"), QStringLiteral("table")};
        QStringList kinds;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), keys);
            QVERIFY(o.value(QLatin1String("columns")).isArray());
            QCOMPARE(o.value(QLatin1String("table")).toString(), QStringLiteral("Line Ä"));
            kinds << o.value(QLatin1String("kind")).toString();
            if (kinds.last() == QLatin1String("fk_unindexed"))
                QVERIFY(o.value(QLatin1String("index")).isNull());
            else
                QCOMPARE(o.value(QLatin1String("index")).toString(), QStringLiteral("n_idx"));
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("fk_unindexed"), QStringLiteral("unused")}));
    }

    // By default "unused" waits for a week of counters: this young cluster gets none, and the
    // report says why and from when, in JSON and in the table.
    void defaultWindowWithholdsUnused()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = cluster->uri(QStringLiteral("adv_cli"));
        ProcessRun r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject run = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!run.value(QLatin1String("unused_judged")).toBool(true));
        QCOMPARE(run.value(QLatin1String("unused_min_window_s")).toDouble(), 7.0 * 86400);
        const QJsonArray advice = run.value(QLatin1String("recommendations")).toArray();
        QCOMPARE(advice.size(), 1);
        QCOMPARE(advice.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("fk_unindexed"));
        const QString notes = run.value(QLatin1String("notes")).toVariant().toStringList().join(QLatin1Char(' '));
        QVERIFY2(notes.contains(QLatin1String("not judged yet")) && notes.contains(QLatin1String("will be judged from")),
                 qPrintable(notes));
        QVERIFY2(r.err.contains(QLatin1String("not judged yet")), qPrintable(r.err));

        r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--wide")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("Analyzed ")) && r.out.contains(QLatin1String("since the server started on"))
                     && r.out.contains(QLatin1String("too short to judge unused indexes: 7 d needed")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("] unused")), qPrintable(r.out));
        r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--unused-min-days"), QStringLiteral("0"), QStringLiteral("--wide")});
        QVERIFY2(r.out.contains(QLatin1String("unused indexes judged")) && r.out.contains(QLatin1String("] unused")),
                 qPrintable(r.out));
    }

    void tableFormatShowsDdl()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const ProcessRun r = cli({QStringLiteral("indexes"), cluster->uri(QStringLiteral("adv_cli")), QStringLiteral("--wide")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("CREATE INDEX CONCURRENTLY ON \"public\".\"Line Ä\" (\"p_id\");")), qPrintable(r.out));
    }

    void applyNeedsYesThenRuns()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = cluster->uri(QStringLiteral("adv_cli"));
        ProcessRun r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray advice = adviceOf(r.out);
        QString id;
        for (int i = 0; i < advice.size(); ++i) {
            if (advice[i].toObject().value(QLatin1String("kind")).toString() == QLatin1String("fk_unindexed"))
                id = adviceId(advice[i].toObject());
        }
        QVERIFY2(!id.isEmpty(), qPrintable(r.out));
        r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--apply"), id});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("(\"p_id\")")) && r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
        QCOMPARE(queryValue(uri, "SELECT count(*) FROM pg_index WHERE indrelid = '\"Line Ä\"'::regclass"), QByteArray("2"));
        // The table shows the same ID; an ID no current advice has runs nothing.
        QVERIFY2(cli({QStringLiteral("indexes"), uri, QStringLiteral("--wide")}).out.contains(QStringLiteral("[id %1]").arg(id)), qPrintable(id));
        r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--apply"), QStringLiteral("0badc0de"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no current recommendation")), qPrintable(r.err));

        r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--apply"), id, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("done: CREATE INDEX")), qPrintable(r.out));
        QCOMPARE(queryValue(uri, "SELECT count(*) FROM pg_index WHERE indrelid = '\"Line Ä\"'::regclass AND indisvalid"),
                 QByteArray("3"));
        r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(!r.out.contains(QLatin1String("fk_unindexed")));
    }

    // Advice that checks itself: a missing index applied from the CLI records its statements'
    // latency; after more calls, the table format shows them faster than before.
    void appliedIndexReportsAfterVsBefore()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString db = QStringLiteral("adv_cli_check");
        const QString events = QStringLiteral("CREATE TABLE events (id serial PRIMARY KEY, user_id int, kind text)");
        const QString workload = QStringLiteral("SELECT * FROM events WHERE user_id = %1");
        QString error = AdvisorFixture::prepare(
            cluster, db, {events, QStringLiteral("INSERT INTO events (user_id, kind) SELECT g % 5000, 'a' FROM generate_series(1, 200000) g")},
            {workload});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString uri = cluster->uri(db);
        ProcessRun r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray advice = adviceOf(r.out);
        QString id;
        for (int i = 0; i < advice.size(); ++i) {
            if (advice[i].toObject().value(QLatin1String("kind")).toString() == QLatin1String("missing"))
                id = adviceId(advice[i].toObject());
        }
        QVERIFY2(!id.isEmpty(), qPrintable(r.out + r.err));
        r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--apply"), id, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (int i = 1; i <= 30; ++i) {
            queryValue(uri, workload.arg(i).toUtf8().constData(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--wide")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Applied indexes")) && r.out.contains(QLatin1String("events (user_id)")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("faster")) && r.out.contains(QLatin1String("over 30 calls")), qPrintable(r.out));
    }

    // Ctrl-C during --apply: the build waiting on a writer's lock is cancelled on the server
    // (IndexApplyJob through the CLI runner), exit 130, and no valid index appears.
    void sigintCancelsApply()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString error = AdvisorFixture::prepare(
            cluster, QStringLiteral("adv_cli_cancel"),
            {QStringLiteral("CREATE TABLE p (id int PRIMARY KEY)"),
             QStringLiteral("CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p)")},
            {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString uri = cluster->uri(QStringLiteral("adv_cli_cancel"));
        const ProcessRun r = cli({QStringLiteral("indexes"), uri, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray advice = adviceOf(r.out);
        QString id;
        for (int i = 0; i < advice.size(); ++i) {
            if (advice[i].toObject().value(QLatin1String("kind")).toString() == QLatin1String("fk_unindexed"))
                id = adviceId(advice[i].toObject());
        }
        QVERIFY2(!id.isEmpty(), qPrintable(r.out + r.err));

        // A writer's open transaction: the analysis still reads the table, the build must wait.
        PlainConnection writer(uri);
        QVERIFY2(writer.ok(), qPrintable(writer.error()));
        QCOMPARE(writer.exec(QStringLiteral("BEGIN; LOCK TABLE c IN ROW EXCLUSIVE MODE")), QString());
        // This database's sessions only: other programs share the test cluster.
        const char *waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                              "AND query ILIKE 'CREATE INDEX%' AND pid <> pg_backend_pid() AND datname = current_database()";
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome().path());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("DBPULSE_CLI"), {QStringLiteral("indexes"), uri, QStringLiteral("--apply"), id, QStringLiteral("--yes")});
        QVERIFY(p.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(queryValue(uri, waiting), QByteArray("1"), 30000);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY2(p.waitForFinished(15000), "dbpulse-cli indexes --apply did not end after Ctrl-C");
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 130, qPrintable(QString::number(p.exitCode()) + QLatin1String(": ") + err));
        QVERIFY2(err.contains(QLatin1String("dbpulse-cli indexes: cancelled")), qPrintable(err));
        QCOMPARE(queryValue(uri, waiting), QByteArray("0"));  // while the writer still holds its lock
        QCOMPARE(writer.exec(QStringLiteral("COMMIT")), QString());
        QCOMPARE(queryValue(uri, "SELECT count(*) FROM pg_index WHERE indrelid = 'c'::regclass AND indisvalid"), QByteArray("1"));
    }

    void unreachableExitsThree()
    {
        const ProcessRun r = cli({QStringLiteral("indexes"), QStringLiteral("postgresql://127.0.0.1:1/postgres")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("cannot connect")), qPrintable(r.err));
    }

    void sqliteFileWithStatements()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("app.db"));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plant"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id int, status text)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX o_a ON orders (status)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX o_b ON orders (status)")));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plant"));
        QFile statements(dir.filePath(QStringLiteral("statements.sql")));
        QVERIFY(statements.open(QIODevice::WriteOnly));
        statements.write("SELECT * FROM orders WHERE customer_id = ?\nSELECT count(*) FROM orders\n");
        statements.close();

        const ProcessRun r = cli({QStringLiteral("indexes"), db, QStringLiteral("--statements"), statements.fileName(),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray advice = adviceOf(r.out);
        QStringList kinds;
        for (const QJsonValue &v : advice)
            kinds << v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                    + v.toObject().value(QStringLiteral("ddl")).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("duplicate DROP INDEX \"main\".\"o_b\";"),
                                     QStringLiteral("missing CREATE INDEX \"main\".\"orders_customer_id_idx\" ON \"orders\" (\"customer_id\");")}));
        // --statements is for SQLite only.
        QCOMPARE(cli({QStringLiteral("indexes"), QStringLiteral("postgresql:///x"), QStringLiteral("--statements"),
                         statements.fileName()}).exitCode, 2);

        // The text report: English plural forms (one statement, not "statement(s)"), and every
        // line within 80 columns unless --wide.
        const ProcessRun text = cli({QStringLiteral("indexes"), db, QStringLiteral("--statements"), statements.fileName()});
        QCOMPARE(text.exitCode, 0);
        const QString out = text.out;
        QVERIFY2(out.contains(QStringLiteral("1 supplied statement scans")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("(s)")), qPrintable(out));
        const QStringList lines = out.split(QLatin1Char('\n'));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("     ")); }));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 80, qPrintable(line));
        const ProcessRun wide = cli({QStringLiteral("indexes"), db, QStringLiteral("--statements"), statements.fileName(),
                                     QStringLiteral("--wide")});
        QCOMPARE(wide.exitCode, 0);
        const QStringList wideLines = wide.out.split(QLatin1Char('\n'));
        QVERIFY(std::any_of(wideLines.cbegin(), wideLines.cend(), [](const QString &l) { return l.size() > 80; }));
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(cli({QStringLiteral("indexes")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("indexes"), QStringLiteral("postgresql:///x"), QStringLiteral("--format"),
                         QStringLiteral("xml")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("indexes"), QStringLiteral("postgresql:///x"), QStringLiteral("--unused-min-days"),
                         QStringLiteral("-1")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("indexes"), QStringLiteral("postgresql:///x"), QStringLiteral("--unused-min-days"),
                         QStringLiteral("week")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestIndexesCommand)
#include "tst_indexescommand.moc"
