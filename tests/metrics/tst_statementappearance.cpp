// Statements count from their first call, against a real cluster: a one-off slow statement and a
// new statement run N times between two reads show with all their calls and time — in the
// collector's sample (statements, latency, budgets), on the Queries page's model and in
// `dbpulse-cli watch --format jsonl`.
#include "core/db/pgconnection.h"
#include "core/metrics/metricscollector.h"
#include "core/metrics/statementhistory.h"
#include "models/statementmodel.h"
#include "tests/support/collectorrun.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <optional>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

/// pg_stat_statements' own figures for one statement of the current database.
struct ServerFigures
{
    qint64 queryId = 0;
    qint64 calls = 0;
    double totalMs = 0;
};

/// The entry (summed over users) of the statement whose normalised text is \a text.
std::optional<ServerFigures> serverFigures(const QString &uri, const QString &text)
{
    PlainConnection c(uri);
    if (!c.ok())
        return std::nullopt;
    // One value: queryid, calls and total time joined, since queryValue() returns one cell.
    const QByteArray sql = u"SELECT queryid::text || ' ' || sum(calls) || ' ' || sum(total_exec_time) "
                           u"FROM pg_stat_statements WHERE query = '%1' AND toplevel "
                           u"AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                           u"GROUP BY queryid"_s.arg(text)
                               .toUtf8();
    const QList<QByteArray> parts = queryValue(uri, sql.constData()).split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    return ServerFigures{parts.at(0).toLongLong(), parts.at(1).toLongLong(), parts.at(2).toDouble()};
}

/// The statement \a queryId of \a database (the sample's target database when empty).
const StatementInterval *intervalOf(const MetricsSample &sample, qint64 queryId, const QString &database = {})
{
    for (const StatementInterval &s : sample.statements) {
        if (s.queryId == queryId && (database.isEmpty() ? sample.inDatabase(s) : s.database == database))
            return &s;
    }
    return nullptr;
}

} // namespace

class TestStatementAppearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        m_uri = freshDatabase(cluster, u"statement_appearance"_s);
        QVERIFY(!m_uri.isEmpty());
        PlainConnection c(m_uri);
        // Tables of their own make the statements' queryids this test's alone.
        for (const char *table : {"appear_once", "appear_many", "appear_watch"})
            QCOMPARE(c.exec(u"CREATE TABLE %1 AS SELECT g AS id FROM generate_series(1, 1) g"_s.arg(QLatin1String(table))),
                     QString());
    }

    // `SELECT pg_sleep(1.5)` run once between two reads: 1 call with its real time, in the sample's
    // statements, latency and budget breaches, and as a row of the Queries page's model.
    void oneOffStatementShows()
    {
        QVERIFY(!m_uri.isEmpty());
        PgConnection connection;
        MetricsCollector collector(&connection);
        QVERIFY(openMonitorConnection(connection, m_uri));
        MetricsSample baseline;
        QVERIFY(collectFreshStatements(collector, &baseline));
        QVERIFY2(baseline.statementsGap, "the first read is a baseline");

        PlainConnection client(m_uri);
        QCOMPARE(client.exec(u"SELECT pg_sleep(1.5) FROM appear_once"_s), QString());

        MetricsSample sample;
        QVERIFY(collectFreshStatements(collector, &sample));
        QVERIFY2(!sample.statementsGap, qPrintable(sample.statementsGapReason));
        const auto server = serverFigures(m_uri, u"SELECT pg_sleep($1) FROM appear_once"_s);
        QVERIFY(server);
        QCOMPARE(server->calls, qint64(1));
        QVERIFY(server->totalMs >= 1500);

        const StatementInterval *s = intervalOf(sample, server->queryId);
        QVERIFY2(s, "the one-off statement is in the interval it ran in");
        QCOMPARE(s->calls, qint64(1));
        QVERIFY2(qAbs(s->totalMs - server->totalMs) < 1e-6 * server->totalMs,
                 qPrintable(u"%1 vs %2"_s.arg(s->totalMs).arg(server->totalMs)));
        QVERIFY(qAbs(s->meanMs - server->totalMs) < 1e-6 * server->totalMs);
        QCOMPARE(s->varianceMs2, 0.0);
        QCOMPARE(s->rows, qint64(1));
        QVERIFY(qAbs(s->p95Ms - server->totalMs) < 1e-3 * server->totalMs);
        QVERIFY(sample.statementsPerSecond > 0);
        // Nothing else of the test ran in the interval: the one-off is the whole latency picture.
        QVERIFY(sample.latencyMs);
        QVERIFY2(sample.latencyMs->p99 >= 1500, qPrintable(QString::number(sample.latencyMs->p99)));
        bool breached = false;
        for (const BudgetBreach &b : sample.budgetBreaches) {
            if (b.queryId == server->queryId) {
                breached = true;
                QCOMPARE(b.calls, qint64(1));
                QVERIFY(b.p95Ms >= 1500);
            }
        }
        QVERIFY2(breached, "a 1.5 s simple statement breaks the 10 ms budget");

        // The page's path: the app's statement history, the range's figures, the model.
        StatementHistory history;
        history.add(baseline);
        history.add(sample);
        const qint64 end = sample.time.toMSecsSinceEpoch();
        StatementModel model;
        model.setRows(StatementRange::summarize(history.buckets(end - 300000, end), end - 300000, end));
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(StatementModel::QueryIdRole).toLongLong() == server->queryId)
                row = r;
        }
        QVERIFY2(row >= 0, "the Queries page lists the one-off statement");
        QCOMPARE(model.index(row, StatementModel::CallsColumn).data(StatementModel::SortRole).toLongLong(), qint64(1));
        QVERIFY(qAbs(model.index(row, StatementModel::TotalColumn).data(StatementModel::SortRole).toDouble()
                     - server->totalMs) < 1e-6 * server->totalMs);

        // It ran once: the next interval does not count it again.
        MetricsSample next;
        QVERIFY(collectFreshStatements(collector, &next));
        QVERIFY(!intervalOf(next, server->queryId));
    }

    // A statement that did not exist at the last read and ran 30 times since shows 30 calls, and
    // a known statement's entry that is new in another database shows there, with its calls:
    // each database's statement is its own.
    void newStatementShowsEveryCall()
    {
        QVERIFY(!m_uri.isEmpty());
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString otherUri = freshDatabase(cluster, u"statement_appearance_other"_s);
        QVERIFY(!otherUri.isEmpty());
        PlainConnection client(m_uri);
        PlainConnection other(otherUri);
        // pg_class is the same relation in every database, so this is one queryid in both.
        const QString known = u"SELECT count(*) FROM pg_catalog.pg_class WHERE relnamespace = 11"_s;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.exec(known), QString());

        PgConnection connection;
        MetricsCollector collector(&connection);
        QVERIFY(openMonitorConnection(connection, m_uri));
        MetricsSample baseline;
        QVERIFY(collectFreshStatements(collector, &baseline));

        for (int i = 0; i < 30; ++i)
            QCOMPARE(client.exec(u"SELECT id FROM appear_many WHERE id = %1"_s.arg(i)), QString());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client.exec(known), QString());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(other.exec(known), QString()); // a new entry of a known queryid

        MetricsSample sample;
        QVERIFY(collectFreshStatements(collector, &sample));
        QVERIFY2(!sample.statementsGap, qPrintable(sample.statementsGapReason));
        const auto many = serverFigures(m_uri, u"SELECT id FROM appear_many WHERE id = $1"_s);
        QVERIFY(many);
        QCOMPARE(many->calls, qint64(30));
        const StatementInterval *s = intervalOf(sample, many->queryId);
        QVERIFY2(s, "the new statement is in the interval it appeared in");
        QCOMPARE(s->calls, qint64(30));
        QVERIFY(qAbs(s->totalMs - many->totalMs) < 1e-6 * std::max(1.0, many->totalMs));
        QCOMPARE(s->rows, qint64(1));

        const auto pgClass = serverFigures(m_uri, u"SELECT count(*) FROM pg_catalog.pg_class WHERE relnamespace = $1"_s);
        QVERIFY(pgClass);
        const StatementInterval *here = intervalOf(sample, pgClass->queryId);
        QVERIFY(here);
        QCOMPARE(here->calls, qint64(2));
        QCOMPARE(here->database, u"statement_appearance"_s);
        const StatementInterval *there = intervalOf(sample, pgClass->queryId, u"statement_appearance_other"_s);
        QVERIFY2(there, "the new entry in the other database is a statement of that database");
        QCOMPARE(there->calls, qint64(3));
        QVERIFY(!sample.inDatabase(*there));
    }

    // The same one-off through the CLI, as an on-call script would watch for it.
    void watchShowsTheOneOff()
    {
        QVERIFY(!m_uri.isEmpty());
        QProcess watch;
        watch.start(qEnvironmentVariable("DBPULSE_CLI"),
                    {u"watch"_s, m_uri, u"--interval"_s, u"0.5"_s, u"--format"_s, u"jsonl"_s});
        QVERIFY(watch.waitForStarted());
        QList<QJsonObject> lines;
        QByteArray pending;
        const auto readLines = [&] {
            pending += watch.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                lines << QJsonDocument::fromJson(pending.left(end)).object();
                pending.remove(0, end + 1);
            }
            return lines.size();
        };
        // watch prints from the first interval on, so the baseline read is behind us.
        QTRY_VERIFY_WITH_TIMEOUT(readLines() >= 1, 20000);

        PlainConnection client(m_uri);
        QCOMPARE(client.exec(u"SELECT pg_sleep(1.5) FROM appear_watch"_s), QString());
        const auto server = serverFigures(m_uri, u"SELECT pg_sleep($1) FROM appear_watch"_s);
        QVERIFY(server);
        QCOMPARE(server->calls, qint64(1));

        std::optional<QJsonObject> seen;
        const auto findBreach = [&] {
            readLines();
            for (const QJsonObject &line : std::as_const(lines)) {
                for (const QJsonValue &b : line.value("budget_breaches"_L1).toArray()) {
                    if (b.toObject().value("queryid"_L1).toString() == QString::number(server->queryId)) {
                        seen = line;
                        return true;
                    }
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findBreach(), 20000);
        ::kill(pid_t(watch.processId()), SIGINT);
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitCode(), 0);

        QJsonObject breach;
        for (const QJsonValue &b : seen->value("budget_breaches"_L1).toArray()) {
            if (b.toObject().value("queryid"_L1).toString() == QString::number(server->queryId))
                breach = b.toObject();
        }
        QCOMPARE(breach.value("calls"_L1).toInteger(), qint64(1));
        QVERIFY2(qAbs(breach.value("p95_ms"_L1).toDouble() - server->totalMs) < 0.01,
                 qPrintable(u"%1 vs %2"_s.arg(breach.value("p95_ms"_L1).toDouble()).arg(server->totalMs)));
        QVERIFY(seen->value("statements_per_second"_L1).toDouble() > 0);
        QVERIFY(seen->value("latency_ms"_L1).toObject().value("p99"_L1).toDouble() >= 1500);
    }

private:
    QString m_uri;
};

QTEST_GUILESS_MAIN(TestStatementAppearance)
#include "tst_statementappearance.moc"
