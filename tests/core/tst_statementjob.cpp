// StatementJob against the real cluster: success, a server error, cancelling a sleep, and progress
// rows from pg_stat_progress_create_index while CREATE INDEX CONCURRENTLY runs. Its session is a
// pinned Admin PgSession, so statements name their tables schema-qualified.
#include "core/jobs/statementjob.h"

#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace dbpulse;

namespace {

StatementJobRequest request(dbpulse::LocalCluster *cluster, const QString &sql)
{
    StatementJobRequest r;
    const TargetParseResult parsed = parseTarget(cluster->uri(QStringLiteral("statementjob")));
    r.target = *parsed.target;
    r.sql = sql;
    r.description = QStringLiteral("running");
    return r;
}

QByteArray query(dbpulse::LocalCluster *cluster, const char *sql)
{
    return test::queryValue(cluster->uri(QStringLiteral("statementjob")), sql);
}

} // namespace

class TestStatementJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        test::queryValue(cluster->uri(), "DROP DATABASE IF EXISTS statementjob");
        QString error;
        test::queryValue(cluster->uri(), "CREATE DATABASE statementjob", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void runsOutsideATransaction()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        query(cluster, "DROP TABLE IF EXISTS small");
        query(cluster, "CREATE TABLE small AS SELECT g AS a FROM generate_series(1, 100) g");
        StatementJob job(request(cluster, QStringLiteral("CREATE INDEX CONCURRENTLY small_a_idx ON public.small (a)")));
        QVERIFY2(job.exec(), qPrintable(job.errorText()));
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(job.commandStatus(), QStringLiteral("CREATE INDEX"));
        QCOMPARE(query(cluster, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'small_a_idx'::regclass"),
                 QByteArray("t"));
    }

    void runsInAPinnedAdminSession()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        query(cluster, "DROP TABLE IF EXISTS session_probe");
        StatementJob job(request(cluster, QStringLiteral(
            "CREATE TABLE public.session_probe AS SELECT pg_catalog.current_setting('search_path') AS path,"
            " pg_catalog.current_setting('application_name') AS app")));
        QVERIFY2(job.exec(), qPrintable(job.errorText()));
        QCOMPARE(query(cluster, "SELECT path FROM session_probe"), QByteArray("pg_catalog, pg_temp"));
        QCOMPARE(query(cluster, "SELECT app FROM session_probe"), QByteArray("dbpulse-admin"));
        // Nothing in public is found unqualified: a table, or a function another role planted there.
        StatementJob unqualified(request(cluster, QStringLiteral("CREATE INDEX ON session_probe (path)")));
        QVERIFY(!unqualified.exec());
        QVERIFY2(unqualified.errorText().contains(QLatin1String("does not exist")), qPrintable(unqualified.errorText()));
    }

    void reportsTheServersError()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        query(cluster, "DROP TABLE IF EXISTS dup");
        query(cluster, "CREATE TABLE dup AS SELECT 1 AS a FROM generate_series(1, 2)");
        StatementJob job(request(cluster, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY dup_a_key ON public.dup (a)")));
        QVERIFY(!job.exec());
        QCOMPARE(job.state(), Job::State::Failed);
        QVERIFY2(job.errorText().contains(QLatin1String("could not create unique index")), qPrintable(job.errorText()));
        QVERIFY2(job.errorText().contains(QLatin1String("23505")), qPrintable(job.errorText()));
        QVERIFY(job.commandStatus().isEmpty());
        // The failed concurrent build leaves an invalid index behind; callers offer its cleanup.
        QCOMPARE(query(cluster, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'dup_a_key'::regclass"),
                 QByteArray("f"));
    }

    void reportsConnectFailure()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        StatementJobRequest r = request(cluster, QStringLiteral("SELECT 1"));
        r.target.conninfo = cluster->uri(QStringLiteral("no_such_database"));
        StatementJob job(r);
        QVERIFY(!job.exec());
        QVERIFY(job.connectFailed());
        QVERIFY2(job.errorText().contains(QLatin1String("no_such_database")), qPrintable(job.errorText()));
    }

    void cancelStopsTheStatement()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        StatementJob job(request(cluster, QStringLiteral("SELECT pg_sleep(60)")));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        // Cancel once the server is really running the sleep, so PQcancel is what stops it.
        QTRY_COMPARE_WITH_TIMEOUT(query(cluster, "SELECT count(*) FROM pg_stat_activity "
                                                 "WHERE application_name = 'dbpulse-admin' AND query LIKE 'SELECT pg_sleep%' "
                                                 "AND state = 'active' AND datname = current_database()"),
                                  QByteArray("1"), 20000);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QVERIFY2(job.errorText().contains(QLatin1String("57014")), qPrintable(job.errorText()));
    }

    void statementTimeoutApplies()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        StatementJobRequest r = request(cluster, QStringLiteral("SELECT pg_sleep(30)"));
        r.statementTimeoutMs = 200;
        StatementJob job(r);
        QVERIFY(!job.exec());
        QCOMPARE(job.state(), Job::State::Failed);
        QVERIFY2(job.errorText().contains(QLatin1String("statement timeout")), qPrintable(job.errorText()));
    }

    void progressRowsArriveDuringAConcurrentBuild()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        query(cluster, "DROP TABLE IF EXISTS big");
        // Wide enough rows that the build takes a few seconds, so several polls see it running.
        QString error;
        test::queryValue(cluster->uri(QStringLiteral("statementjob")),
                         "CREATE TABLE big AS SELECT g AS a, md5(g::text) || md5((g + 1)::text) AS b "
                         "FROM generate_series(1, 1500000) g", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StatementJobRequest r = request(cluster, QStringLiteral("CREATE INDEX CONCURRENTLY big_b_idx ON public.big (b, a)"));
        r.progressSql = QStringLiteral(
            "SELECT CASE WHEN tuples_total > 0 THEN 100.0 * tuples_done / tuples_total END, phase "
            "FROM pg_stat_progress_create_index WHERE pid = $1");
        StatementJob job(r);
        QSignalSpy progress(&job, &Job::progressChanged);
        QVERIFY2(job.exec(), qPrintable(job.errorText()));
        QStringList phases;
        for (const QList<QVariant> &args : progress) {
            const QString text = args.at(1).toString();
            if (text != r.description && !phases.contains(text))
                phases << text;
        }
        QVERIFY2(!phases.isEmpty(), "no progress row was seen");
        for (const QString &phase : std::as_const(phases))
            QVERIFY2(phase.startsWith(QLatin1String("building index")) || phase.startsWith(QLatin1String("waiting"))
                         || phase.startsWith(QLatin1String("index validation")) || phase == QLatin1String("initializing"),
                     qPrintable(phase));
        QCOMPARE(job.percent(), 100);
    }

    void cleanupTestCase()
    {
        QString reason;
        if (LocalCluster *cluster = test::sharedCluster(&reason))
            test::queryValue(cluster->uri(), "DROP DATABASE IF EXISTS statementjob WITH (FORCE)");
    }
};

QTEST_GUILESS_MAIN(TestStatementJob)
#include "tst_statementjob.moc"
