#include "core/db/target.h"
#include "mainwindow.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"
#include "widgets/activitychart.h"
#include "widgets/blockingtreeview.h"
#include "models/serverregistry.h"
#include "models/theme.h"
#include "widgets/dashboardpage.h"
#include "widgets/livelabel.h"
#include "widgets/metricsfacts.h"
#include "widgets/servercardgrid.h"
#include "widgets/timeserieschart.h"

#include <QChart>
#include <QDateTimeAxis>

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QTreeWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

using namespace dbpulse;

/// The dashboard against a real server: samples flow from the worker thread into the chart.
namespace {

// Copies the cluster's line for 127.0.0.1 in its password file to \a host.
bool addPasswordLineFor(dbpulse::LocalCluster *cluster, const QString &host)
{
    QFile file(cluster->pgpassFile());
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray prefix = QStringLiteral("127.0.0.1:%1:").arg(cluster->port()).toUtf8();
    const QByteArray all = file.readAll();
    QByteArray extra = all.endsWith('\n') ? QByteArray() : QByteArray("\n");
    for (const QByteArray &line : all.split('\n')) {
        if (line.startsWith(prefix))
            extra += host.toUtf8() + line.mid(int(QByteArray("127.0.0.1").size())) + '\n';
    }
    return extra.trimmed().size() > 0 && file.seek(file.size()) && file.write(extra) == extra.size();
}

} // namespace

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

        // The four charts are redrawn one per tick, but their time axes end at the same instants:
        // every end the first chart showed while watched (but its last, whose round may not be
        // complete) was shown by each of the others too, so their labels line up.
        const QList<TimeSeriesChart *> charts
            = w.dashboard()->findChild<QWidget *>(QStringLiteral("metricsCharts"))->findChildren<TimeSeriesChart *>();
        QCOMPARE(charts.size(), 4);
        QList<QList<qint64>> ends(charts.size());
        auto timeAxis = [](TimeSeriesChart *chart) {
            return qobject_cast<QDateTimeAxis *>(chart->chart()->axes(Qt::Horizontal).value(0));
        };
        for (int i = 0; i < charts.size(); ++i) {
            QVERIFY(timeAxis(charts.at(i)));
            connect(timeAxis(charts.at(i)), &QDateTimeAxis::maxChanged, this,
                    [&ends, i](const QDateTime &max) { ends[i] << max.toMSecsSinceEpoch(); });
        }
        QTest::qWait(4500);
        for (TimeSeriesChart *chart : charts)
            timeAxis(chart)->disconnect(this);
        QVERIFY2(ends.first().size() >= 3, "the first chart moved at least three times");
        for (int n = 0; n + 1 < ends.first().size(); ++n) {
            for (int i = 1; i < charts.size(); ++i)
                QVERIFY2(ends.at(i).contains(ends.first().at(n)), qPrintable(charts.at(i)->chart()->title()));
        }
    }

    void statusBarAndCardsShowTheLink()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        MainWindow w;
        w.resize(1152, 864);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *link = w.statusBar()->findChild<QLabel *>(QStringLiteral("linkStatusLabel"));
        QVERIFY(link);

        const QString local = w.servers()->addTarget(*parseTarget(cluster->uri(QStringLiteral("postgres"))).target);
        w.selectConnection(local);
        w.setCurrentPage(QStringLiteral("dashboard"));
        QVERIFY(link->text().isEmpty()); // nothing until the link is known
        w.servers()->connectTo(local);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(local).state, ConnectionState::Connected, 10000);
        // Loopback: unencrypted, and no warning, since nothing crosses a network.
        QTRY_COMPARE_WITH_TIMEOUT(link->text(), QStringLiteral("unencrypted"), 5000);
        QVERIFY(link->isVisible());
        QCOMPARE(link->toolTip(), QStringLiteral("unencrypted"));

        // The same server under a name that is not this machine's (hostaddr still reaches it):
        // describeLink() judges by the host name, so this is the exposed, warned-about case.
        QString remoteUri = cluster->uri(QStringLiteral("postgres"));
        remoteUri.replace(QStringLiteral("@127.0.0.1:"), QStringLiteral("@db.invalid:"));
        remoteUri += QStringLiteral("&hostaddr=127.0.0.1");
        // libpq looks the password up by host name: the cluster's file gets a line for this one.
        QVERIFY(addPasswordLineFor(cluster, QStringLiteral("db.invalid")));
        const TargetParseResult remoteTarget = parseTarget(remoteUri);
        QVERIFY2(remoteTarget.ok(), qPrintable(remoteTarget.error));
        const QString remote = w.servers()->addTarget(*remoteTarget.target);
        w.servers()->connectTo(remote);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(remote).state, ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.servers()->serverInfo(remote).linkWarning.isEmpty(), 5000);

        // Two live servers: the card grid, each card with its own marker.
        ServerCardGrid *cards = w.dashboard()->cards();
        QTRY_COMPARE_WITH_TIMEOUT(cards->cardCount(), 2, 5000);
        QVERIFY(cards->isVisible());
        const auto marker = [&](const QString &key) {
            return cards->card(key)->findChild<QLabel *>(QStringLiteral("serverCardLink"));
        };
        QVERIFY(marker(local) && marker(remote));
        QTRY_COMPARE_WITH_TIMEOUT(marker(local)->text(), QStringLiteral("unencrypted"), 5000);
        QVERIFY(!marker(local)->styleSheet().contains(theme::color(ThemeRole::CriticalText).name()));
        QTRY_COMPARE_WITH_TIMEOUT(marker(remote)->text(), QStringLiteral("\u26a0 unencrypted"), 5000);
        QVERIFY(marker(remote)->styleSheet().contains(theme::color(ThemeRole::CriticalText).name()));
        QVERIFY2(marker(remote)->toolTip().contains(QLatin1String("db.invalid")), qPrintable(marker(remote)->toolTip()));
        QVERIFY(cards->card(remote)->summary().contains(QStringLiteral("\u26a0 unencrypted")));

        // The status bar follows the selected server.
        w.selectConnection(remote);
        QTRY_COMPARE_WITH_TIMEOUT(link->text(), QStringLiteral("\u26a0 unencrypted"), 5000);
        QCOMPARE(link->toolTip(), w.servers()->serverInfo(remote).linkWarning);
        // Shown whole, in its warning font, not cut by the status bar.
        QTRY_VERIFY(link->width() >= link->fontMetrics().horizontalAdvance(link->text()));
        QVERIFY(link->styleSheet().contains(theme::color(ThemeRole::CriticalText).name()));
        if (qEnvironmentVariableIsSet("DBPULSE_SHOT_DIR"))
            w.grab().save(qEnvironmentVariable("DBPULSE_SHOT_DIR") + QStringLiteral("/dashboard-link.png"));

        // A disconnected server's link is no longer shown.
        w.servers()->disconnectFrom(remote);
        QTRY_VERIFY_WITH_TIMEOUT(link->text().isEmpty(), 5000);
    }

    // A lock chain A <- B <- C while two servers' cards show: the blocking tree appears above the
    // charts and the page scrolls; the 1152x720 window keeps its size and its status bar, and
    // scrolling brings the whole tree into view.
    void blockingTreeKeepsTheWindowSize()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("dash_locks"));
        QVERIFY(!uri.isEmpty());
        test::PlainConnection setup(uri);
        QCOMPARE(setup.exec(QStringLiteral("CREATE TABLE held (id int); CREATE TABLE next (id int)")), QString());

        MainWindow w;
        w.resize(1152, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString locks = w.servers()->addTarget(*parseTarget(uri).target);
        const QString other = w.servers()->addTarget(*parseTarget(cluster->uri(QStringLiteral("postgres"))).target);
        w.selectConnection(locks);
        w.setCurrentPage(QStringLiteral("dashboard"));
        w.servers()->connectTo(locks);
        w.servers()->connectTo(other);
        QTRY_COMPARE_WITH_TIMEOUT(w.dashboard()->cards()->cardCount(), 2, 10000);

        test::PlainConnection holder(uri), first(uri), second(uri);
        QCOMPARE(holder.exec(QStringLiteral("BEGIN; LOCK TABLE held IN ACCESS EXCLUSIVE MODE")), QString());
        QCOMPARE(first.exec(QStringLiteral("BEGIN; LOCK TABLE next IN ACCESS EXCLUSIVE MODE")), QString());
        QVERIFY(first.send(QStringLiteral("LOCK TABLE held IN ACCESS EXCLUSIVE MODE")));
        QVERIFY(second.send(QStringLiteral("BEGIN; LOCK TABLE next IN ACCESS EXCLUSIVE MODE")));
        BlockingTreeView *tree = w.dashboard()->blockingTree();
        // The chain as a tree: the holder a root blocker, the first below it, the second below that
        // (the cluster may be shared: other tests' sessions may have trees of their own).
        const auto chainShown = [&] {
            const QList<QTreeWidgetItem *> roots = tree->tree()->findItems(
                QStringLiteral("%1 (root blocker)").arg(holder.pid()), Qt::MatchExactly, BlockingTreeView::SessionColumn);
            if (roots.size() != 1 || roots.first()->childCount() != 1)
                return false;
            const QTreeWidgetItem *middle = roots.first()->child(0);
            return middle->text(BlockingTreeView::SessionColumn) == QString::number(first.pid())
                && middle->childCount() == 1
                && middle->child(0)->text(BlockingTreeView::SessionColumn) == QString::number(second.pid());
        };
        QTRY_VERIFY_WITH_TIMEOUT(tree->isVisible() && chainShown(), 15000);
        QTest::qWait(300); // a relayout, had the page asked for more room
        QCOMPARE(w.size(), QSize(1152, 720));
        QVERIFY(w.statusBar()->isVisible());
        QVERIFY(w.statusBar()->geometry().bottom() < w.height());
        // Reachable: scrolled to, the tree lies whole inside the page's visible part.
        auto *scroll = w.dashboard()->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(tree, 0, 0);
        const QRect shown(tree->mapTo(scroll->viewport(), QPoint(0, 0)), tree->size());
        QVERIFY2(scroll->viewport()->rect().contains(shown),
                 qPrintable(QStringLiteral("tree at %1,%2 %3x%4 in a viewport of %5x%6")
                                .arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height())
                                .arg(scroll->viewport()->width()).arg(scroll->viewport()->height())));
        if (qEnvironmentVariableIsSet("DBPULSE_SHOT_DIR"))
            w.grab().save(qEnvironmentVariable("DBPULSE_SHOT_DIR") + QStringLiteral("/dashboard-blocking-720.png"));
        QCOMPARE(holder.exec(QStringLiteral("ROLLBACK")), QString());
    }

    // While the server is down, the last figures stay on screen dimmed and dated, the countdown
    // ticks, and "Retry now" reconnects without waiting for the backoff.
    void outageTurnsFiguresStale()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        MainWindow w;
        w.resize(1152, 864);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString key = w.servers()->addTarget(*parseTarget(cluster->uri(QStringLiteral("postgres"))).target);
        w.selectConnection(key);
        w.setCurrentPage(QStringLiteral("dashboard"));
        w.servers()->connectTo(key);
        // A second connection, so the card grid shows.
        const QString other = w.servers()->addTarget(*parseTarget(cluster->uri(QStringLiteral("template1"))).target);
        w.servers()->connectTo(other);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(key).state, ConnectionState::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.dashboard()->cards()->cardCount(), 2, 10000);
        const auto cardCorner = [&] {
            return w.dashboard()->cards()->card(other)->findChild<QLabel *>(QStringLiteral("serverCardLink"))->text();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cardCorner(), QStringLiteral("unencrypted"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.dashboard()->facts()->connectionsText().isEmpty()
                                     && w.dashboard()->facts()->connectionsText() != QStringLiteral("—"), 10000);
        QVERIFY(w.dashboard()->facts()->staleText().isEmpty());
        auto *connections = w.dashboard()->facts()->findChildren<LiveLabel *>().first();
        QVERIFY(connections->isEnabled());

        QString error;
        QVERIFY2(cluster->stopServer(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(key).state, ConnectionState::Reconnecting, 15000);
        // The figures are the last known ones: dimmed, dated, never worded as current.
        QTRY_VERIFY_WITH_TIMEOUT(w.dashboard()->facts()->staleText().startsWith(QStringLiteral("Last known figures, as of ")), 5000);
        QVERIFY(!connections->isEnabled());
        QVERIFY2(!w.dashboard()->facts()->statementsText().contains(QLatin1String("latency percentiles are estimates")),
                 qPrintable(w.dashboard()->facts()->statementsText()));
        QVERIFY(w.dashboard()->facts()->budgetText().isEmpty());
        // Every card says how old its figures are instead of describing a link that is gone.
        QTRY_VERIFY_WITH_TIMEOUT(cardCorner().endsWith(QLatin1String(" old")), 5000);

        // The countdown ticks: the status bar's text changes while the state stays Reconnecting.
        auto *status = w.statusBar()->findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
        QVERIFY(status);
        auto *banner = w.dashboard()->findChild<QLabel *>(QStringLiteral("dashboardBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(QLatin1String("Retry now")), 5000);
        // Wait for a long enough backoff to watch it count down (1 s, 2 s, 4 s …).
        QTRY_VERIFY_WITH_TIMEOUT(w.servers()->status(key).retryInMs >= 4000, 20000);
        const QString before = status->text();
        QVERIFY2(before.contains(QLatin1String("reconnecting in")), qPrintable(before));
        QTRY_VERIFY_WITH_TIMEOUT(status->text() != before
                                     && w.servers()->status(key).state == ConnectionState::Reconnecting, 2500);
        QVERIFY2(status->text().contains(QLatin1String("Retry now")), qPrintable(status->text()));
        if (qEnvironmentVariableIsSet("DBPULSE_SHOT_DIR"))
            w.grab().save(qEnvironmentVariable("DBPULSE_SHOT_DIR") + QStringLiteral("/dashboard-outage.png"));

        // The server is back, but the backoff has grown: "Retry now" does not wait for it.
        QTRY_VERIFY_WITH_TIMEOUT(w.servers()->status(key).retryInMs >= 16000, 40000);
        QVERIFY2(cluster->startServer(&error), qPrintable(error));
        QVERIFY(w.servers()->status(key).state == ConnectionState::Reconnecting);
        Q_EMIT banner->linkActivated(QStringLiteral("retry"));
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(key).state, ConnectionState::Connected, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(w.dashboard()->facts()->staleText().isEmpty(), 5000);
        QVERIFY(connections->isEnabled());
        QVERIFY(!banner->isVisible());
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
