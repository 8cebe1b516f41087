// The Queries page's time range against a real cluster: the same statement run in two periods,
// with the app (registry, collector, page) closed and reopened between them. A range over the
// second period shows exactly its calls; a range over both sums them, the first period's coming
// from the history file because the reopened app never saw it; p95 stays at or above the mean of
// a statement whose calls all take the same time.
#include "core/db/target.h"
#include "core/metrics/historystore.h"
#include "models/serverregistry.h"
#include "models/statementmodel.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"
#include "widgets/queriespage.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <libpq-fe.h>
#include <limits>

using namespace dbpulse;

namespace {

CredentialStore *const noKeychain = nullptr;

/// The page's figures of \a queryId: calls, mean, p95 (calls −1 when it has no row).
struct Shown
{
    qint64 calls = -1;
    double meanMs = 0;
    double p95Ms = 0;
};

Shown shown(StatementModel *model, qint64 queryId)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(StatementModel::QueryIdRole).toLongLong() != queryId)
            continue;
        return {model->index(r, StatementModel::CallsColumn).data(StatementModel::SortRole).toLongLong(),
                model->index(r, StatementModel::MeanColumn).data(StatementModel::SortRole).toDouble(),
                model->index(r, StatementModel::P95Column).data(StatementModel::SortRole).toDouble()};
    }
    return {};
}

/// Waits for \a key's session to be past its baseline read: what runs from now on is counted.
bool waitForCountingSample(ServerRegistry &registry, const QString &key)
{
    return QTest::qWaitFor([&] {
        const MetricsHistory *h = registry.metricsHistory(key);
        return h && !h->isEmpty() && h->latest().statementsAvailable && !h->latest().statementsGap;
    }, 20000);
}

/// pg_stat_statements' queryid of the statement whose (normalised) text ends with \a tail (0 when none).
qint64 queryIdOf(const QString &uri, const QString &tail)
{
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    qint64 id = 0;
    if (PQstatus(conn) == CONNECTION_OK) {
        const QByteArray text = QByteArray("%") + tail.toUtf8();
        const char *values[] = {text.constData()};
        PGresult *r = PQexecParams(conn, "SELECT queryid FROM pg_stat_statements WHERE query LIKE $1 LIMIT 1",
                                   1, nullptr, values, nullptr, nullptr, 0);
        if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
            id = QByteArray(PQgetvalue(r, 0, 0)).toLongLong();
        PQclear(r);
    }
    PQfinish(conn);
    return id;
}

} // namespace

class TstQueriesRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rangesCoverTheirPeriodAndReachIntoStoredHistory()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString uri = cluster->uri(QStringLiteral("postgres"));
        const TargetParseResult parsed = parseTarget(uri);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        test::PlainConnection db(uri);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS range_probe (i int);"
                                        " TRUNCATE range_probe; INSERT INTO range_probe VALUES (1);"
                                        " CREATE TABLE IF NOT EXISTS range_once (i int)")), QString());
        // Every call of the probe takes the same 20 ms.
        const QString probe = QStringLiteral("SELECT pg_sleep(0.02) FROM range_probe");
        const QString once = QStringLiteral("SELECT count(*) FROM range_once");

        // Period 1: 7 probes and 3 of the other statement, seen by the first app.
        qint64 probeId = 0;
        qint64 onceId = 0;
        {
            ServerRegistry registry(nullptr, noKeychain);
            registry.setHistoryDirectory(dir.path());
            const QString key = registry.addTarget(*parsed.target);
            registry.connectTo(key);
            QVERIFY(waitForCountingSample(registry, key));
            for (int i = 0; i < 7; ++i)
                QCOMPARE(db.exec(probe), QString());
            for (int i = 0; i < 3; ++i)
                QCOMPARE(db.exec(once), QString());
            probeId = queryIdOf(uri, QStringLiteral("FROM range_probe"));
            onceId = queryIdOf(uri, QStringLiteral("FROM range_once"));
            QVERIFY(probeId != 0 && onceId != 0);

            QueriesPage page(&registry);
            page.setCurrentKey(key);
            page.resize(1152, 864);
            page.show();
            page.setRange(300);
            QTRY_COMPARE_WITH_TIMEOUT(shown(page.model(key), probeId).calls, qint64(7), 20000);
            QTRY_COMPARE_WITH_TIMEOUT(shown(page.model(key), onceId).calls, qint64(3), 20000);
        } // the app closes: the history file gets what was buffered

        const QDateTime between = QDateTime::currentDateTime();

        // Period 2: a new app (collector, store, page); 5 more probes.
        ServerRegistry registry(nullptr, noKeychain);
        registry.setHistoryDirectory(dir.path());
        const QString key = registry.addTarget(*parsed.target);
        registry.connectTo(key);
        QVERIFY(waitForCountingSample(registry, key));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(db.exec(probe), QString());
        QueriesPage page(&registry);
        page.setCurrentKey(key);
        page.resize(1152, 864);
        page.show();
        StatementModel *model = page.model(key);

        // A range over the second period only: exactly its 5 calls; the other statement did not run.
        page.setCustomRange(between, QDateTime::currentDateTime().addSecs(120));
        QTRY_COMPARE_WITH_TIMEOUT(shown(model, probeId).calls, qint64(5), 20000);
        QCOMPARE(shown(model, onceId).calls, qint64(-1));
        Shown recent = shown(model, probeId);
        QVERIFY2(recent.meanMs >= 20 && recent.meanMs < 200, qPrintable(QString::number(recent.meanMs)));
        QVERIFY2(recent.p95Ms >= recent.meanMs,
                 qPrintable(QStringLiteral("p95 %1 < mean %2").arg(recent.p95Ms).arg(recent.meanMs)));

        // The last 5 minutes reach before this app started: the first period comes from the file.
        page.setRange(300);
        QTRY_COMPARE_WITH_TIMEOUT(shown(model, probeId).calls, qint64(12), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shown(model, onceId).calls, qint64(3), 20000);
        QVERIFY(!registry.statementHistory(key)->buckets(0, std::numeric_limits<qint64>::max()).isEmpty());
        for (const StatementBucket &b : registry.statementHistory(key)->buckets(0, std::numeric_limits<qint64>::max()))
            QVERIFY2(b.queryId != onceId, "the reopened app never saw the first period's statement");
        const Shown both = shown(model, probeId);
        QVERIFY2(both.p95Ms >= both.meanMs,
                 qPrintable(QStringLiteral("p95 %1 < mean %2").arg(both.p95Ms).arg(both.meanMs)));
        QVERIFY2(page.statusText().contains(QLatin1String("from the stored history")), qPrintable(page.statusText()));

        // Once the file also holds the second period (written every few seconds), it is still
        // counted once: the file is read only for before this app's own history.
        const QString path = registry.historyPath(key);
        QVERIFY(QTest::qWaitFor([&] {
            qint64 calls = 0;
            for (const StatementBucket &b : HistoryStore::loadStatements(path, between.toMSecsSinceEpoch(),
                                                                         QDateTime::currentMSecsSinceEpoch(),
                                                                         std::numeric_limits<qint64>::max(), 1))
                calls += b.queryId == probeId ? b.calls : 0;
            return calls == 5;
        }, 20000));
        QSignalSpy again(&page, &QueriesPage::rangeShown);
        page.setRange(3600);
        QTRY_VERIFY_WITH_TIMEOUT(!again.isEmpty(), 20000);
        QCOMPARE(shown(model, probeId).calls, qint64(12));
        QCOMPARE(shown(model, onceId).calls, qint64(3));

        if (qEnvironmentVariableIsSet("DBPULSE_GRAB"))
            page.grab().save(QStringLiteral("/tmp/queries-range.png"));
    }
};

QTEST_MAIN(TstQueriesRange)
#include "tst_queriesrange.moc"
