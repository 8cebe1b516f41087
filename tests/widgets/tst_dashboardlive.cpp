#include "core/db/target.h"
#include "mainwindow.h"
#include "tests/support/testcluster.h"
#include "widgets/activitychart.h"
#include "models/serverregistry.h"
#include "widgets/dashboardpage.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

/// The dashboard against a real server: samples flow from the worker thread into the chart.
class TstDashboardLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartReceivesPoints()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        MainWindow w;
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const TargetParseResult parsed = parseTarget(cluster->uri(QStringLiteral("postgres")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QString key = w.servers()->addTarget(*parsed.target);
        w.selectConnection(key);
        w.setCurrentPage(QStringLiteral("dashboard"));
        w.servers()->connectTo(key);

        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(key).state, ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.dashboard()->chart()->pointCount() > 0, 10000);
        QVERIFY(w.dashboard()->chart()->isVisible());
        QCOMPARE(w.servers()->serverInfo(key).product, QStringLiteral("PostgreSQL"));
        QVERIFY(w.dashboard()->messageText().isEmpty());
        // The header says whether the link is encrypted; a loopback link needs no warning.
        QCOMPARE(w.servers()->serverInfo(key).link, QStringLiteral("unencrypted"));
        const auto *where = w.dashboard()->findChild<QLabel *>(QStringLiteral("dashboardWhere"));
        QVERIFY(where);
        QTRY_VERIFY_WITH_TIMEOUT(where->text().endsWith(QStringLiteral(" · unencrypted")), 5000);
        QVERIFY(w.servers()->serverInfo(key).linkWarning.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    TstDashboardLive test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboardlive.moc"
