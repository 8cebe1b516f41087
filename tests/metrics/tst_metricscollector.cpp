// The collectors against a real throwaway cluster: rates, resets, restarts, missing extension.
#include "core/db/pgconnection.h"
#include "core/monitor/servermonitor.h"
#include "core/db/target.h"
#include "core/metrics/metricscollector.h"
#include "core/metrics/metricsqueries.h"
#include "tests/support/testcluster.h"

#include <QSignalSpy>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <array>
#include <libpq-fe.h>

using namespace dbpulse;

namespace {

Target targetFor(const QString &uri)
{
    return parseTarget(uri).target.value_or(Target{});
}

/// A plain blocking libpq session for generating load from the test thread.
class Client
{
public:
    explicit Client(const QString &uri) : m_conn(PQconnectdb(uri.toUtf8().constData())) {}
    ~Client() { PQfinish(m_conn); }
    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    bool exec(const char *sql)
    {
        PGresult *r = PQexec(m_conn, sql);
        const bool good = PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!good)
            qWarning() << sql << PQerrorMessage(m_conn);
        PQclear(r);
        return good;
    }
    bool send(const char *sql) { return PQsendQuery(m_conn, sql) == 1; }
    void drain()
    {
        while (PGresult *r = PQgetResult(m_conn))
            PQclear(r);
    }
    PGconn *raw() const { return m_conn; }

private:
    PGconn *m_conn;
};

MetricsSample sampleAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<MetricsSample>();
}

/// Nothing negative, nothing absurd, whatever the interval.
void checkSane(const MetricsSample &s)
{
    QVERIFY(s.elapsedSeconds >= 0);
    QVERIFY(s.rates.transactionsPerSecond >= 0 && s.rates.transactionsPerSecond < 1e6);
    QVERIFY(s.rates.commitsPerSecond >= 0 && s.rates.rollbacksPerSecond >= 0);
    QVERIFY(s.rates.blocksHitPerSecond >= 0 && s.rates.blocksReadPerSecond >= 0);
    QVERIFY(s.rates.tempFiles >= 0 && s.rates.deadlocks >= 0);
    QVERIFY(s.statementsPerSecond >= 0 && s.statementsPerSecond < 1e6);
    if (s.cacheHitRatio.table)
        QVERIFY(*s.cacheHitRatio.table >= 0 && *s.cacheHitRatio.table <= 1);
    if (s.latencyMs)
        QVERIFY(s.latencyMs->p50 >= 0 && s.latencyMs->p50 <= s.latencyMs->p95 && s.latencyMs->p95 <= s.latencyMs->p99);
    for (const StatementInterval &st : s.statements) {
        QVERIFY(st.calls > 0);
        QVERIFY(st.meanMs >= 0 && st.varianceMs2 >= 0 && st.rows >= 0);
    }
    QVERIFY(s.collectMs >= 0);
    QCOMPARE(s.connections.total,
             s.connections.active + s.connections.idle + s.connections.idleInTransaction + s.connections.waiting
                 + std::max(0, s.connections.total - s.connections.active - s.connections.idle
                                   - s.connections.idleInTransaction - s.connections.waiting));
}

} // namespace

class TestMetricsCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        Client c(cluster->uri());
        QVERIFY(c.ok());
        QVERIFY(c.exec("CREATE TABLE IF NOT EXISTS metrics_t (id int PRIMARY KEY, v text)"));
        QVERIFY(c.exec("INSERT INTO metrics_t SELECT g, md5(g::text) FROM generate_series(1, 5000) g ON CONFLICT DO NOTHING"));
        QVERIFY(c.exec("ANALYZE metrics_t"));
    }

    void ratesAreSane()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ServerMonitor session(targetFor(cluster->uri()), {});
        QSignalSpy metrics(&session, &ServerMonitor::metricsSampled);
        QSignalSpy activity(&session, &ServerMonitor::activitySampled);
        session.setIntervalMs(300);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 1, 10000);

        Client load(cluster->uri());
        QVERIFY(load.ok());
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 2000) {
            load.exec("SELECT v FROM metrics_t WHERE id = 42");
            load.exec("SELECT count(*) FROM metrics_t");
            load.exec("SELECT pg_sleep(0.002)");
        }
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 6, 10000);
        // One round trip emits both, activity first: they arrive in pairs.
        QTRY_COMPARE(activity.size(), metrics.size());
        QVERIFY(sampleAt(metrics, 0).gap);
        QCOMPARE(sampleAt(metrics, 0).gapReason, QStringLiteral("first sample"));

        int valid = 0;
        double tpsSum = 0;
        double hitSum = 0;
        for (int i = 0; i < metrics.size(); ++i) {
            const MetricsSample s = sampleAt(metrics, i);
            checkSane(s);
            QVERIFY(s.statementsAvailable);
            QVERIFY(s.connections.total >= 1 && s.connections.max == 100);
            if (s.gap || s.statementsGap || s.statementsPerSecond < 10)
                continue;
            ++valid;
            QVERIFY2(s.elapsedSeconds > 0.2 && s.elapsedSeconds < 2.0, qPrintable(QString::number(s.elapsedSeconds)));
            // pg_stat_database is flushed by backends at most once a second: judge the sum.
            tpsSum += s.rates.transactionsPerSecond;
            hitSum += s.rates.blocksHitPerSecond;
            QVERIFY(s.latencyMs.has_value());
            QVERIFY(s.latencyMs->p99 >= 1.0); // pg_sleep(0.002) is in the mix
            // Statements come with the refresh that read them; between reads (the cadence slows
            // under load) a refresh repeats the figures without the list.
            QVERIFY(!s.statementsFresh || !s.statements.isEmpty());
            QVERIFY(s.collectMs > 0 && s.collectMs < 1000);
            // Our own monitoring statements are left out.
            for (const StatementInterval &st : s.statements)
                QVERIFY(st.calls < 100000);
        }
        QVERIFY2(valid >= 2, qPrintable(QString::number(valid)));
        QVERIFY(tpsSum / valid > 10);
        QVERIFY(hitSum > 0);

        // Texts on demand, cached in the worker.
        QSignalSpy texts(&session, &ServerMonitor::queryTextsFetched);
        // From the newest refresh that read the statements: under load the cadence slows, and a
        // refresh between reads repeats the figures without the list.
        QList<qint64> ids;
        for (int i = metrics.size() - 1; i >= 0 && ids.isEmpty(); --i) {
            for (const StatementInterval &st : sampleAt(metrics, i).statements)
                ids << st.queryId;
        }
        QVERIFY(!ids.isEmpty());
        session.fetchQueryTexts(ids);
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
        const auto found = texts.first().at(0).value<QHash<qint64, QString>>();
        QVERIFY(!found.isEmpty());
        bool sawSleep = false;
        for (const QString &t : found)
            sawSleep = sawSleep || t.contains(QLatin1String("pg_sleep"));
        QVERIFY(sawSleep);
    }

    void statementsResetIsAGap()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ServerMonitor session(targetFor(cluster->uri()), {});
        QSignalSpy metrics(&session, &ServerMonitor::metricsSampled);
        session.setIntervalMs(300);
        session.start();
        Client load(cluster->uri());
        QVERIFY(load.ok());
        auto work = [&](int ms) {
            QElapsedTimer c;
            c.start();
            while (c.elapsed() < ms) {
                load.exec("SELECT v FROM metrics_t WHERE id = 7");
                QCoreApplication::processEvents();
            }
        };
        work(1200);
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 3, 10000);
        const int before = int(metrics.size());
        QVERIFY(load.exec("SELECT pg_stat_statements_reset()"));
        work(1500);
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= before + 4, 10000);
        int gapAt = -1;
        for (int i = before; i < metrics.size(); ++i) {
            const MetricsSample s = sampleAt(metrics, i);
            checkSane(s);
            if (gapAt < 0 && s.statementsGap) {
                gapAt = i;
                QVERIFY2(s.statementsGapReason.contains(QLatin1String("reset")), qPrintable(s.statementsGapReason));
                QVERIFY(!s.latencyMs);
                QCOMPARE(s.statementsPerSecond, 0.0);
                QVERIFY2(!s.gap, "a pg_stat_statements reset does not invalidate the database rates");
            }
        }
        QVERIFY2(gapAt >= 0, "the interval with the reset is a gap");
        QVERIFY(gapAt + 1 < metrics.size());
        const MetricsSample next = sampleAt(metrics, gapAt + 1);
        QVERIFY2(!next.statementsGap, qPrintable(next.statementsGapReason));
        QVERIFY(next.statementsPerSecond > 0);
    }

    void restartIsAGap()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ServerMonitor session(targetFor(cluster->uri()), {});
        QSignalSpy metrics(&session, &ServerMonitor::metricsSampled);
        session.setIntervalMs(300);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 3, 10000);
        QString error;
        QVERIFY2(cluster->stopServer(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Reconnecting, 10000);
        const int before = int(metrics.size());
        QVERIFY2(cluster->startServer(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Connected, 20000);
        {
            Client load(cluster->uri());
            QVERIFY(load.ok());
            for (int i = 0; i < 200; ++i)
                load.exec("SELECT v FROM metrics_t WHERE id = 9");
        }
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= before + 4, 10000);
        const MetricsSample first = sampleAt(metrics, before);
        QVERIFY(first.gap);
        QCOMPARE(first.gapReason, QStringLiteral("server restarted"));
        QVERIFY(first.statementsGap);
        QCOMPARE(first.rates.transactionsPerSecond, 0.0);
        bool validAfter = false;
        for (int i = before; i < metrics.size(); ++i) {
            const MetricsSample s = sampleAt(metrics, i);
            checkSane(s);
            QVERIFY2(s.rates.transactionsPerSecond < 5000, "no spike after the restart");
            validAfter = validAfter || !s.gap;
        }
        QVERIFY(validAfter);
    }

    // A statement of megabytes with bytes that are not UTF-8, recorded in a SQL_ASCII database.
    // Monitored from that database its text arrives cut and with the bad bytes replaced; monitored
    // from a UTF-8 database, pg_stat_statements cannot return any text at all: the figures go on,
    // our own queries stay out of them, and the sample says why the texts are missing.
    void hugeAndForeignEncodedTextsAreSafe()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        {
            Client admin(cluster->uri());
            QVERIFY(admin.exec("DROP DATABASE IF EXISTS metrics_ascii"));
            QVERIFY(admin.exec("CREATE DATABASE metrics_ascii ENCODING 'SQL_ASCII' TEMPLATE template0 "
                               "LC_COLLATE 'C' LC_CTYPE 'C'"));
        }
        const QString asciiUri = cluster->uri(QStringLiteral("metrics_ascii"));
        Client ascii(asciiUri);
        QVERIFY(ascii.ok());
        QVERIFY(ascii.exec("CREATE EXTENSION pg_stat_statements"));
        // The bad entry breaks every text read from UTF-8 databases, other tests' included.
        const auto forget = qScopeGuard([&ascii] { ascii.exec("SELECT pg_stat_statements_reset()"); });
        const QByteArray huge = "SELECT 1 /* caf\xe9 \xff\xfe " + QByteArray(2 * 1024 * 1024, 'x') + " */";
        for (int i = 0; i < 3; ++i)
            QVERIFY(ascii.exec(huge.constData()));
        PGresult *id = PQexec(ascii.raw(), "SELECT queryid FROM pg_stat_statements WHERE query LIKE 'SELECT $1 /* caf%'");
        QCOMPARE(PQntuples(id), 1);
        const qint64 hugeId = QByteArray(PQgetvalue(id, 0, 0)).toLongLong();
        PQclear(id);

        {
            ServerMonitor session(targetFor(asciiUri), {});
            QSignalSpy texts(&session, &ServerMonitor::queryTextsFetched);
            QSignalSpy status(&session, &ServerMonitor::statusChanged);
            session.start();
            QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Connected, 10000);
            session.fetchQueryTexts({hugeId});
            QTRY_VERIFY_WITH_TIMEOUT(!texts.isEmpty(), 10000);
            const QString text = texts.first().first().value<QHash<qint64, QString>>().value(hugeId);
            QVERIFY2(text.startsWith(QLatin1String("SELECT $1 /* caf")), qPrintable(text.left(40)));
            QVERIFY(text.size() <= 16384);
            QVERIFY2(text.contains(QChar::ReplacementCharacter), "bytes that are not UTF-8 are replaced");
        }

        ServerMonitor session(targetFor(cluster->uri()), {});
        QSignalSpy metrics(&session, &ServerMonitor::metricsSampled);
        session.setIntervalMs(300);
        session.start();
        Client load(cluster->uri());
        QVERIFY(load.ok());
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 2500) {
            load.exec("SELECT v FROM metrics_t WHERE id = 11");
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 5, 10000);
        const MetricsSample last = sampleAt(metrics, int(metrics.size()) - 1);
        QVERIFY2(last.statementsAvailable && !last.statementsGap, qPrintable(last.statementsGapReason));
        QVERIFY2(last.statementTextsProblem.contains(QLatin1String("encoding")), qPrintable(last.statementTextsProblem));

        // Our own monitoring statements, told by pg_stat_statements from the SQL_ASCII side (which
        // can read every text), never show up among the statements.
        QSet<qint64> own;
        PGresult *ours = PQexec(ascii.raw(), "SELECT queryid FROM pg_stat_statements WHERE query LIKE '/* dbpulse:metrics%'");
        for (int row = 0; row < PQntuples(ours); ++row)
            own << QByteArray(PQgetvalue(ours, row, 0)).toLongLong();
        PQclear(ours);
        QVERIFY(!own.isEmpty());
        bool sawLoad = false;
        for (int i = 2; i < metrics.size(); ++i) {
            const MetricsSample s = sampleAt(metrics, i);
            checkSane(s);
            for (const StatementInterval &st : s.statements) {
                QVERIFY2(!own.contains(st.queryId), "our own monitoring query counted as workload");
                sawLoad = true;
            }
        }
        QVERIFY(sawLoad);
    }

    void missingExtensionSaysHowToFixIt()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        {
            Client admin(cluster->uri());
            QVERIFY(admin.ok());
            admin.exec("DROP DATABASE IF EXISTS metrics_nostat");
            QVERIFY(admin.exec("CREATE DATABASE metrics_nostat TEMPLATE template0"));
        }
        ServerMonitor session(targetFor(cluster->uri(QStringLiteral("metrics_nostat"))), {});
        QSignalSpy metrics(&session, &ServerMonitor::metricsSampled);
        session.setIntervalMs(300);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 8, 10000);
        const MetricsSample s = sampleAt(metrics, metrics.size() - 1);
        QVERIFY(!s.statementsAvailable);
        QVERIFY2(s.statementsProblem.contains(MetricsCollector::statementsFix()), qPrintable(s.statementsProblem));
        QVERIFY(!s.gap); // everything else keeps working
        QVERIFY(s.connections.total >= 1);
        QVERIFY(!s.latencyMs);
        // Backends flush pg_stat_database at most once a second (PostgreSQL 15), so a single
        // 300 ms interval may see no commit; a few in a row must.
        bool committed = false;
        for (int i = 1; i < metrics.size(); ++i)
            committed = committed || sampleAt(metrics, i).rates.transactionsPerSecond > 0;
        QVERIFY(committed);
    }

    void blockingTree()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        Client holder(cluster->uri());
        Client waiter(cluster->uri());
        QVERIFY(holder.ok() && waiter.ok());
        QVERIFY(holder.exec("BEGIN"));
        QVERIFY(holder.exec("LOCK TABLE metrics_t IN ACCESS EXCLUSIVE MODE"));
        QVERIFY(waiter.send("SELECT count(*) FROM metrics_t"));
        const int holderPid = PQbackendPID(holder.raw());
        const int waiterPid = PQbackendPID(waiter.raw());

        ServerMonitor session(targetFor(cluster->uri()), {});
        QSignalSpy metrics(&session, &ServerMonitor::metricsSampled);
        session.setIntervalMs(300);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(metrics.size() >= 3, 10000);
        const MetricsSample s = sampleAt(metrics, metrics.size() - 1);
        holder.exec("ROLLBACK");
        waiter.drain();

        QVERIFY(s.connections.waiting >= 1);
        QVERIFY(s.longestTransactionSeconds.has_value() && *s.longestTransactionSeconds > 0);
        bool sawWaiter = false;
        bool sawHolder = false;
        for (const BlockedSession &b : s.blocking) {
            if (b.pid == waiterPid) {
                sawWaiter = true;
                QVERIFY(b.blockedBy.contains(holderPid));
                QVERIFY(b.waitSeconds > 0);
                QVERIFY(b.query.contains(QLatin1String("count(*)")));
            }
            if (b.pid == holderPid) {
                sawHolder = true;
                QVERIFY(b.blockedBy.isEmpty());
            }
        }
        QVERIFY(sawWaiter && sawHolder);
        QVERIFY(s.replication.isEmpty());
    }

    // The real statements query against the client's copy: only entries whose calls moved come
    // back, and the planner hashes the copy instead of looping over it.
    void statementsQueryShipsOnlyChangedEntries()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        Client c(cluster->uri());
        QVERIFY(c.ok());
        QVERIFY(c.exec("SELECT v FROM metrics_t WHERE id = 21"));
        QVERIFY(c.exec("SELECT count(*) FROM metrics_t WHERE id < 100"));
        const QByteArray sql = MetricsQueries::statements(QStringLiteral("public")).toUtf8();
        auto run = [&](const QByteArray &prefix, const QByteArrayList &known) {
            const char *values[4] = {known.at(0).constData(), known.at(1).constData(), known.at(2).constData(),
                                     known.at(3).constData()};
            return PQexecParams(c.raw(), (prefix + sql).constData(), 4, nullptr, values, nullptr, nullptr, 0);
        };
        const QByteArrayList none{"{}", "{}", "{}", "{}"};
        PGresult *full = run({}, none);
        QCOMPARE(PQresultStatus(full), PGRES_TUPLES_OK);
        QVERIFY(PQntuples(full) > 2);
        QByteArrayList columns[4];
        QSet<QByteArray> lookup;
        for (int row = 0; row < PQntuples(full); ++row) {
            for (int i = 0; i < 4; ++i)
                columns[i] << PQgetvalue(full, row, PQfnumber(full, std::array{"queryid", "userid", "dbid", "calls"}[i]));
            lookup.insert(PQgetvalue(full, row, PQfnumber(full, "queryid")));
        }
        PQclear(full);
        QByteArrayList known;
        for (const QByteArrayList &column : columns)
            known << '{' + column.join(',') + '}';

        QVERIFY(c.exec("SELECT v FROM metrics_t WHERE id = 21")); // one known entry moves
        PGresult *changed = run({}, known);
        QCOMPARE(PQresultStatus(changed), PGRES_TUPLES_OK);
        const int queryId = PQfnumber(changed, "queryid");
        QStringList texts;
        for (int row = 0; row < PQntuples(changed); ++row) {
            QVERIFY(!PQgetisnull(changed, row, queryId));
            PGresult *text = PQexecParams(c.raw(), "SELECT query FROM pg_stat_statements WHERE queryid = $1::bigint", 1,
                                          nullptr, std::array{PQgetvalue(changed, row, queryId)}.data(), nullptr,
                                          nullptr, 0);
            texts << QString::fromUtf8(PQntuples(text) > 0 ? PQgetvalue(text, 0, 0) : "");
            PQclear(text);
        }
        PQclear(changed);
        // The statement that ran, and our own statements query (its entry counted the full read);
        // not the count(*) nor anything else that did not run.
        QVERIFY2(texts.size() <= 2, qPrintable(texts.join(QLatin1String(" | "))));
        bool sawLoad = false;
        for (const QString &t : texts) {
            sawLoad = sawLoad || t.contains(QLatin1String("metrics_t WHERE id ="));
            QVERIFY2(!t.contains(QLatin1String("count(*)")), qPrintable(t));
        }
        QVERIFY2(sawLoad, qPrintable(texts.join(QLatin1String(" | "))));

        PGresult *plan = run("EXPLAIN ", known);
        QString planText;
        for (int row = 0; row < PQntuples(plan); ++row)
            planText += QString::fromUtf8(PQgetvalue(plan, row, 0)) + QLatin1Char('\n');
        PQclear(plan);
        QVERIFY2(planText.contains(QLatin1String("Hash Anti Join")), qPrintable(planText));
    }

    // A budget nothing can keep makes statements be read every 10th refresh once the server has
    // measured our queries; the refreshes in between repeat the last window, never a 0.
    void expensiveStatementsAreReadEveryFewRefreshes()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ConnectParams params;
        params.conninfo = cluster->uri();
        PgConnection connection;
        QSignalSpy opened(&connection, &PgConnection::opened);
        connection.open(params);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        MetricsCollector collector(&connection);
        collector.setServerBudgetMs(0);
        Client load(cluster->uri());
        QVERIFY(load.ok());
        // A nested entry of our statements query (pg_stat_statements.track = all) whose text is
        // "EXPLAIN …" must not hide that the query is ours: its cost sets the cadence.
        const QByteArray explain = "EXPLAIN " + MetricsQueries::statements(QStringLiteral("public")).toUtf8();
        const char *empty[4] = {"{}", "{}", "{}", "{}"};
        PGresult *plan = PQexecParams(load.raw(), explain.constData(), 4, nullptr, empty, nullptr, nullptr, 0);
        QCOMPARE(PQresultStatus(plan), PGRES_TUPLES_OK);
        PQclear(plan);

        QList<MetricsSample> samples;
        for (int i = 0; i < 26; ++i) {
            for (int j = 0; j < 20; ++j)
                load.exec("SELECT v FROM metrics_t WHERE id = 11");
            bool done = false;
            collector.collect([&](bool ok, const ActivitySample &, const MetricsSample &s) {
                QVERIFY(ok);
                samples << s;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            QTest::qWait(50);
        }

        QVERIFY(samples.at(0).statementsFresh && samples.at(0).statementsGap); // first sample
        QVERIFY2(samples.at(1).statementsFresh, "a gap is read again at the next refresh");
        int lastFresh = -1;
        int everyTenth = 0;
        for (int i = 0; i < samples.size(); ++i) {
            const MetricsSample &s = samples.at(i);
            checkSane(s);
            if (s.statementsFresh) {
                if (lastFresh >= 0 && samples.at(lastFresh).statementsEvery == 10) {
                    QCOMPARE(i - lastFresh, 10);
                    ++everyTenth;
                    // The window spans the ten refreshes since the last read, on the server's clock.
                    const double refreshes = double(samples.at(lastFresh).time.msecsTo(s.time)) / 1000.0;
                    QVERIFY2(qAbs(s.statementsWindowSeconds - refreshes) < 0.1,
                             qPrintable(QStringLiteral("%1 vs %2").arg(s.statementsWindowSeconds).arg(refreshes)));
                    QVERIFY(!s.statementsGap);
                    QVERIFY(s.statementsPerSecond > 0);
                    QVERIFY(!s.statements.isEmpty());
                }
                lastFresh = i;
                continue;
            }
            const MetricsSample &read = samples.at(lastFresh);
            QVERIFY(s.statements.isEmpty()); // delivered once, with the read
            QCOMPARE(s.statementsEvery, 10);
            QCOMPARE(s.statementsGap, read.statementsGap);
            QCOMPARE(s.statementsPerSecond, read.statementsPerSecond);
            QCOMPARE(s.statementsWindowSeconds, read.statementsWindowSeconds);
            QCOMPARE(s.latencyMs.has_value(), read.latencyMs.has_value());
            if (s.latencyMs)
                QCOMPARE(s.latencyMs->p95, read.latencyMs->p95);
            QVERIFY(!s.gap); // everything else is read every refresh
        }
        QVERIFY2(everyTenth >= 1, "statements were read every 10th refresh");
    }
};

QTEST_GUILESS_MAIN(TestMetricsCollector)
#include "tst_metricscollector.moc"
