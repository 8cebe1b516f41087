// The monitoring queries' cheap forms against a real cluster: the block counters read straight
// from the statistics functions equal the pg_statio views' sums, and the texts of new statements
// are read once, together, and no more often than their cost allows.
#include "core/db/pgconnection.h"
#include "core/metrics/metricscollector.h"
#include "core/metrics/metricsqueries.h"
#include "tests/support/collectorrun.h"
#include "tests/support/testcluster.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <libpq-fe.h>

using namespace dbpulse;

namespace {

/// A plain blocking libpq session: load and the checks' own reads.
class Client
{
public:
    explicit Client(const QString &uri) : m_conn(PQconnectdb(uri.toUtf8().constData())) {}
    ~Client() { PQfinish(m_conn); }
    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    bool exec(const QByteArray &sql)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        const bool good = PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!good)
            qWarning() << sql << PQerrorMessage(m_conn);
        PQclear(r);
        return good;
    }
    /// The first column of the first row (empty on error).
    QByteArray value(const QByteArray &sql)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        const QByteArray v = PQntuples(r) > 0 ? QByteArray(PQgetvalue(r, 0, 0)) : QByteArray();
        if (PQresultStatus(r) != PGRES_TUPLES_OK)
            qWarning() << sql.left(200) << PQerrorMessage(m_conn);
        PQclear(r);
        return v;
    }

private:
    PGconn *m_conn;
};

/// A client for the workload and a collector on a monitor connection of its own.
struct Rig
{
    bool open(const QString &uri)
    {
        client = std::make_unique<Client>(uri);
        if (!client->ok() || !test::openMonitorConnection(connection, uri))
            return false;
        collector = std::make_unique<MetricsCollector>(&connection);
        return true;
    }

    std::unique_ptr<Client> client;
    PgConnection connection;
    std::unique_ptr<MetricsCollector> collector;
};

/// One refresh; false when it failed or did not finish.
bool collectOnce(MetricsCollector &collector, MetricsSample *sample)
{
    bool done = false, good = false;
    collector.collect([&](bool ok, const ActivitySample &, const MetricsSample &s) {
        good = ok;
        *sample = s;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) && good;
}

/// Calls of our texts query so far, as pg_stat_statements counts them.
int textReads(Client &c)
{
    return c.value("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query LIKE '/* dbpulse:metrics texts%'")
        .toInt();
}

} // namespace

class TestMetricsQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Tables, a materialised view, TOASTed values and indexes in two schemas, read from disk and
    // from the cache: the server query's four counters are the views' sums, in one snapshot.
    void blockCountersAreThePgStatioSums()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        {
            // A session of its own: a backend flushes its counters when it ends (an idle one may
            // wait ten seconds).
            Client load(cluster->uri());
            QVERIFY(load.ok());
            QVERIFY(load.exec("CREATE SCHEMA IF NOT EXISTS other"));
            QVERIFY(load.exec("CREATE TABLE io_a (id int PRIMARY KEY, body text)"));
            QVERIFY(load.exec("ALTER TABLE io_a ALTER body SET STORAGE EXTERNAL")); // TOASTed, uncompressed
            QVERIFY(load.exec("INSERT INTO io_a SELECT g, (SELECT string_agg(md5(g::text || h::text), '') FROM "
                              "generate_series(1, 200) h) FROM generate_series(1, 300) g"));
            QVERIFY(load.exec("CREATE TABLE other.io_b (id int PRIMARY KEY, v int)"));
            QVERIFY(load.exec("CREATE INDEX ON other.io_b (v)"));
            QVERIFY(load.exec("INSERT INTO other.io_b SELECT g, g % 7 FROM generate_series(1, 20000) g"));
            QVERIFY(load.exec("CREATE MATERIALIZED VIEW io_m AS SELECT v, count(*) FROM other.io_b GROUP BY v"));
            QVERIFY(load.exec("SELECT md5(body) FROM io_a WHERE id < 200")); // TOAST and the primary key
            QVERIFY(load.exec("SELECT count(*) FROM other.io_b WHERE v = 3"));
            QVERIFY(load.exec("SELECT * FROM io_m"));
        }
        Client c(cluster->uri());
        QVERIFY(c.ok());
        QTRY_VERIFY_WITH_TIMEOUT(c.value("SELECT sum(toast_blks_hit) FROM pg_statio_user_tables").toLongLong() > 0, 10000);

        QVERIFY(c.exec("BEGIN"));
        QVERIFY(c.exec("SET LOCAL stats_fetch_consistency = snapshot"));
        const QByteArray server = MetricsQueries::server().toUtf8();
        const QByteArray ours = c.value("SELECT concat_ws(' ', table_hit, table_read, index_hit, index_read) FROM ("
                                        + server + ") s");
        const QByteArray views = c.value(
            "SELECT concat_ws(' ', t.hit, t.rd, i.hit, i.rd) FROM "
            "(SELECT sum(heap_blks_hit + coalesce(toast_blks_hit, 0)) AS hit,"
            " sum(heap_blks_read + coalesce(toast_blks_read, 0)) AS rd FROM pg_statio_user_tables) t,"
            " (SELECT sum(idx_blks_hit) AS hit, sum(idx_blks_read) AS rd FROM pg_statio_user_indexes) i");
        QVERIFY(c.exec("COMMIT"));
        QVERIFY(!ours.isEmpty());
        QVERIFY2(!ours.startsWith("0 0"), ours.constData());
        QCOMPARE(ours, views);
    }

    // A statement that keeps running has its text read once; our own texts query is known by the
    // queryid it reports, so it is never asked about either.
    void aTextIsReadOnce()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        Rig rig;
        QVERIFY(rig.open(cluster->uri()));
        Client &c = *rig.client;
        MetricsCollector &collector = *rig.collector;
        collector.setServerBudgetMs(1000); // statements every refresh, texts at the next read
        // No statement here is over its budget, however busy the machine: a slow new one would
        // have its text read at once, apart (aSlowNewStatementIsJudgedAtOnce).
        QueryBudget generous;
        for (QueryBudget::QueryClass k : QueryBudget::allClasses())
            generous.setBudgetMs(k, 600000);
        collector.setBudget(generous);
        QVERIFY(c.exec("SELECT pg_stat_statements_reset()"));
        const int before = textReads(c);
        int withStatement = 0;
        for (int i = 0; i < 8; ++i) {
            QVERIFY(c.exec("SELECT 1 FROM pg_class WHERE oid = 1259"));
            MetricsSample s;
            QVERIFY(collectOnce(collector, &s));
            QVERIFY(s.statementsFresh);
            withStatement += s.statements.isEmpty() ? 0 : 1;
        }
        QVERIFY(withStatement >= 6);
        // + 1: the statement's text; textReads()'s own statement is not ours and not counted.
        QCOMPARE(textReads(c), before + 1);
    }

    // New statements appear on every refresh; with no budget to spare their texts wait
    // StatementsCadence::maxTextsWait refreshes, read together, while their figures are shown
    // at once.
    void textsOfNewStatementsWaitTheirTurn()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        Rig rig;
        QVERIFY(rig.open(cluster->uri()));
        Client &c = *rig.client;
        MetricsCollector &collector = *rig.collector;
        collector.setServerBudgetMs(0);
        int before = -1;
        int freshWithStatements = 0;
        for (int i = 0; i < 25; ++i) {
            // A new shape each time (constants alone would be one statement).
            QVERIFY(c.exec("SELECT 1" + QByteArray(" + 1").repeated(i + 1)));
            MetricsSample s;
            QVERIFY(collectOnce(collector, &s));
            if (i == 2)
                before = textReads(c); // after the first text read
            if (i > 2 && s.statementsFresh && !s.statements.isEmpty())
                ++freshWithStatements;
        }
        QVERIFY(before >= 1);
        QVERIFY2(freshWithStatements >= 2, "statements were read, new ones among them, several times");
        QCOMPARE(textReads(c), before);
    }

    // A new statement slow enough to breach a budget does not wait its turn: its text is read at
    // once, so its class, and its breach, are known in the refresh that first saw it run.
    void aSlowNewStatementIsJudgedAtOnce()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        Rig rig;
        QVERIFY(rig.open(cluster->uri()));
        Client &c = *rig.client;
        MetricsCollector &collector = *rig.collector;
        collector.setServerBudgetMs(0); // no budget to spare: texts wait as long as they may
        for (int i = 0; i < 4; ++i) { // past the first read of texts, into the wait
            QVERIFY(c.exec("SELECT 2" + QByteArray(" + 2").repeated(i + 1)));
            MetricsSample s;
            QVERIFY(collectOnce(collector, &s));
        }
        QVERIFY(c.exec("SELECT pg_sleep(0.05) AS judged_at_once"));
        const qint64 queryId = c.value("SELECT queryid FROM pg_stat_statements WHERE query LIKE '%judged_at_once%' "
                                       "AND query NOT LIKE '%pg_stat_statements%'").toLongLong();
        QVERIFY(queryId != 0);
        // The next refresh that reads statements and sees the call judges it.
        for (int i = 0; i < 12; ++i) {
            MetricsSample s;
            QVERIFY(collectOnce(collector, &s));
            if (!s.statementsFresh)
                continue;
            bool ran = false, breached = false;
            for (const StatementInterval &st : std::as_const(s.statements))
                ran = ran || st.queryId == queryId;
            for (const BudgetBreach &b : std::as_const(s.budgetBreaches))
                breached = breached || b.queryId == queryId;
            QVERIFY2(ran, "a refresh that read statements has the new one");
            QVERIFY2(breached, "50 ms is over the simple class's 10 ms budget, judged in that same refresh");
            return;
        }
        QFAIL("no refresh read statements");
    }
};

QTEST_GUILESS_MAIN(TestMetricsQueries)
#include "tst_metricsqueries.moc"
