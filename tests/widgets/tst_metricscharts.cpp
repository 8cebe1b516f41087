#include "core/db/target.h"
#include "mainwindow.h"
#include "models/statementmodel.h"
#include "tests/support/testcluster.h"
#include "models/serverregistry.h"
#include "widgets/dashboardpage.h"
#include "models/planmodel.h"
#include "models/backendmodel.h"
#include "widgets/infobar.h"
#include "widgets/metricsalertnotifier.h"
#include "widgets/metricscharts.h"
#include "widgets/planview.h"
#include "widgets/servercardgrid.h"
#include "widgets/backendview.h"
#include "widgets/queriespage.h"
#include "widgets/timeserieschart.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <libpq-fe.h>

using namespace dbpulse;

/// The metrics charts and the Queries page against a real server: statements we run show up as
/// throughput, estimated latency and rows in the top-statements table.
class TstMetricsCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoomAndPauseFreezeTheRange()
    {
        MetricsCharts charts;
        charts.resize(800, 500);
        charts.show();
        QVERIFY(!charts.isPaused());
        charts.zoomTo(1000, 2000);
        QVERIFY(charts.isPaused());
        charts.refresh(nullptr, nullptr, 50000);
        if (qEnvironmentVariableIsSet("DBPULSE_GRAB"))
            charts.grab().save(QStringLiteral("/tmp/charts.png"));
        charts.resetZoom();
        QVERIFY(!charts.isPaused());
        charts.setWindowSeconds(3600);
        QCOMPARE(charts.windowSeconds(), 3600);
    }

    void budgetAlertReachesInfoBar()
    {
        ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr));
        InfoBar bar;
        MetricsAlertNotifier notifier(&registry, &bar);
        Q_EMIT registry.budgetAlertRaised(QStringLiteral("k"), BudgetAlert{}, QStringLiteral("over budget"));
        QCOMPARE(bar.text(), QStringLiteral("over budget"));
        QCOMPARE(notifier.lastAlert(), QStringLiteral("over budget"));
    }

    void chartsReceivePoints()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        MainWindow w;
        w.resize(1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const TargetParseResult parsed = parseTarget(cluster->uri(QStringLiteral("postgres")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QString key = w.servers()->addTarget(*parsed.target);
        w.selectConnection(key);
        w.setCurrentPage(QStringLiteral("dashboard"));
        w.servers()->connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(key).state, ConnectionState::Connected, 10000);

        PGconn *conn = PQconnectdb(cluster->uri(QStringLiteral("postgres")).toUtf8().constData());
        QCOMPARE(PQstatus(conn), CONNECTION_OK);
        QTimer workload;
        connect(&workload, &QTimer::timeout, this, [conn] {
            for (int i = 0; i < 5; ++i)
                PQclear(PQexec(conn, "SELECT count(*) FROM generate_series(1, 2000)"));
        });
        workload.start(100);

        MetricsCharts *charts = w.dashboard()->charts();
        QTRY_VERIFY_WITH_TIMEOUT(charts->throughputChart()->pointCount(0) > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(charts->latencyChart()->pointCount(1) > 0, 15000);
        QVERIFY(w.dashboard()->messageText().isEmpty());

        auto *queries = w.findChild<QueriesPage *>();
        QVERIFY(queries);
        // Hidden, the page computes nothing; shown, it computes its range's figures (a Job).
        QTRY_VERIFY_WITH_TIMEOUT(!w.servers()->statementHistory(key)->isEmpty(), 10000);
        QCOMPARE(queries->model(key)->rowCount(), 0);
        w.setCurrentPage(QStringLiteral("queries"));
        QTRY_VERIFY2_WITH_TIMEOUT(queries->model(key)->rowCount() > 0,
                                  qPrintable(queries->currentKey() + QLatin1String(" / ") + key + QLatin1String(" / ")
                                             + queries->statusText()),
                                  10000);
        QTRY_VERIFY(queries->table()->currentIndex().isValid());
        // The text of our statement arrives lazily.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                StatementModel *m = queries->model(key);
                for (int r = 0; r < m->rowCount(); ++r) {
                    if (m->index(r, 0).data(StatementModel::FullTextRole).toString().contains(QLatin1String("generate_series")))
                        return true;
                }
                return false;
            }(),
            10000);
        w.setCurrentPage(QStringLiteral("dashboard"));
        // A second live server turns on the card grid; a click selects that server.
        ServerCardGrid *cards = w.dashboard()->cards();
        ServerCard *firstCard = cards->card(key);
        QVERIFY(firstCard);
        const QString second = w.servers()->addTarget(*parseTarget(cluster->uri(QStringLiteral("template1"))).target);
        w.servers()->connectTo(second);
        QTRY_COMPARE_WITH_TIMEOUT(cards->cardCount(), 2, 5000);
        QCOMPARE(cards->card(key), firstCard); // kept, not made again for every new server
        QVERIFY(cards->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(cards->card(second)->summary().contains(QLatin1String("tx/s")), 10000);
        QTest::mouseClick(cards->card(second), Qt::LeftButton);
        QTRY_COMPARE(w.dashboard()->currentKey(), second);
        if (qEnvironmentVariableIsSet("DBPULSE_GRAB"))
            w.grab().save(QStringLiteral("/tmp/dashboard-live.png"));
        QTest::mouseClick(cards->card(key), Qt::LeftButton);
        QTRY_COMPARE(w.dashboard()->currentKey(), key);

        // EXPLAIN ANALYZE of a statement the planner misjudges: three correlated-looking
        // predicates multiply to about one row while a thirtieth of the table matches.
        PQclear(PQexec(conn, "CREATE TABLE IF NOT EXISTS plan_probe AS SELECT generate_series(1, 30000) AS i"));
        PQclear(PQexec(conn, "ANALYZE plan_probe"));
        w.setCurrentPage(QStringLiteral("queries"));
        // Wait for the page's own first selection, which would replace the statement explained.
        QTRY_VERIFY_WITH_TIMEOUT(queries->table()->currentIndex().isValid(), 10000);
        PlanView *plan = queries->planView();
        QSignalSpy explained(plan, &PlanView::explained);
        plan->setStatement(QStringLiteral("SELECT * FROM plan_probe WHERE i % 2 = 0 AND i % 3 = 0 AND i % 5 = 0"));
        plan->explain(true);
        QTRY_COMPARE_WITH_TIMEOUT(explained.count(), 1, 20000);
        QCOMPARE(explained.first().first().toString(), QString());
        QVERIFY(plan->model()->isAnalyzed());
        QVERIFY2(plan->model()->misestimateCount() >= 1, qPrintable(plan->statusText()));
        if (qEnvironmentVariableIsSet("DBPULSE_GRAB"))
            w.grab().save(QStringLiteral("/tmp/queries-live.png"));

        // A normalised pg_stat_statements text is explained as a generic plan.
        plan->setStatement(QStringLiteral("SELECT * FROM plan_probe WHERE i = $1"));
        plan->explain(false);
        QTRY_COMPARE_WITH_TIMEOUT(explained.count(), 2, 20000);
        QCOMPARE(explained.last().first().toString(), QString());
        QVERIFY(plan->statusText().contains(QLatin1String("Generic plan")));

        workload.stop();
        PQfinish(conn);
    }

    void cancelSession()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        MainWindow w;
        w.show();
        const QString key = w.servers()->addTarget(*parseTarget(cluster->uri(QStringLiteral("postgres"))).target);
        w.selectConnection(key);
        w.servers()->connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(key).state, ConnectionState::Connected, 10000);

        PGconn *sleeper = PQconnectdb(cluster->uri(QStringLiteral("postgres")).toUtf8().constData());
        QCOMPARE(PQstatus(sleeper), CONNECTION_OK);
        const int pid = PQbackendPID(sleeper);
        QVERIFY(PQsendQuery(sleeper, "SELECT pg_sleep(60)"));

        w.setCurrentPage(QStringLiteral("queries"));
        BackendView *sessions = w.findChild<QueriesPage *>()->sessionView();
        sessions->setConfirmationsEnabled(false);
        QSignalSpy refreshed(sessions, &BackendView::refreshed);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                sessions->refresh();
                QTest::qWait(300);
                QAbstractItemModel *m = sessions->table()->model();
                for (int r = 0; r < m->rowCount(); ++r) {
                    if (m->index(r, 0).data(BackendModel::PidRole).toInt() == pid
                        && m->index(r, BackendModel::StateColumn).data().toString() == QLatin1String("active"))
                        row = r;
                }
                return row >= 0;
            }(),
            10000);
        sessions->table()->selectRow(row);
        QSignalSpy signalled(sessions, &BackendView::signalled);
        sessions->signalSelected(false);
        QTRY_COMPARE_WITH_TIMEOUT(signalled.count(), 1, 10000);
        QCOMPARE(signalled.first().at(0).toInt(), pid);
        QCOMPARE(signalled.first().at(1).toString(), QString());
        PGresult *res = PQgetResult(sleeper);
        QCOMPARE(PQresultStatus(res), PGRES_FATAL_ERROR);
        QVERIFY(QByteArray(PQresultErrorMessage(res)).contains("canceling statement"));
        PQclear(res);
        while ((res = PQgetResult(sleeper)))
            PQclear(res);
        PQfinish(sleeper);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    TstMetricsCharts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_metricscharts.moc"
