// Two databases of one real server in the window: one busy (a load loop on its own connection,
// in its own thread), one quiet. Each card shows its database's own figures; both sit under one
// server in the sidebar and the card grid, whose header carries the server's figures once; the
// server view lists every database with its own figures.
#include "core/db/target.h"
#include "mainwindow.h"
#include "models/connectionlistmodel.h"
#include "models/connectiontreemodel.h"
#include "models/databasebreakdownmodel.h"
#include "models/serverregistry.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"
#include "widgets/connectionsidebar.h"
#include "widgets/dashboardpage.h"
#include "widgets/metricsfacts.h"
#include "widgets/servercardgrid.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

/// Short transactions on a connection of its own, in a thread of its own, until stopped.
class LoadLoop
{
public:
    explicit LoadLoop(const QString &uri)
        : m_thread([this, uri] {
            PlainConnection load(uri);
            m_ok = load.ok();
            while (m_ok && !m_stop) {
                m_ok = load.exec(u"SELECT count(*) FROM pg_catalog.pg_class"_s).isEmpty();
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        })
    {
    }
    ~LoadLoop()
    {
        m_stop = true;
        m_thread.join();
    }
    bool ok() const { return m_ok; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_ok{true};
    std::thread m_thread;
};

/// The transactions/s a card shows ("conn N · X tx/s"), or -1 when it shows none.
double cardRate(const ServerCard *card)
{
    static const QRegularExpression rate(u"· ([0-9.,]+) tx/s"_s);
    const QRegularExpressionMatch m = rate.match(card ? card->summary() : QString());
    return m.hasMatch() ? QLocale().toDouble(m.captured(1)) : -1;
}

const DatabaseBreakdownRow *rowOf(const DatabaseBreakdownModel *model, const QString &name)
{
    for (const DatabaseBreakdownRow &row : model->rows()) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

/// With DBPULSE_SHOT_DIR set, screenshots at 1152x864 and 1152x720 for looking at.
void saveShots(MainWindow &w, const QString &name)
{
    if (!qEnvironmentVariableIsSet("DBPULSE_SHOT_DIR"))
        return;
    const QString dir = qEnvironmentVariable("DBPULSE_SHOT_DIR");
    for (const int height : {864, 720}) {
        w.resize(1152, height);
        QTest::qWait(1200); // a chart tick and a card refresh at the new size
        w.grab().save(u"%1/%2-%3.png"_s.arg(dir, name).arg(height));
    }
    w.resize(1152, 864);
}

} // namespace

class TstServerGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void busyAndQuietUnderOneServer()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString busyUri = freshDatabase(cluster, u"group_busy"_s);
        const QString quietUri = freshDatabase(cluster, u"group_quiet"_s);
        QVERIFY(!busyUri.isEmpty() && !quietUri.isEmpty());
        // Two idle sessions in the quiet database: with ours it has three connections.
        std::vector<std::unique_ptr<PlainConnection>> idle;
        for (int i = 0; i < 2; ++i) {
            idle.push_back(std::make_unique<PlainConnection>(quietUri));
            QVERIFY(idle.back()->ok());
        }

        MainWindow w;
        w.resize(1152, 864);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAbstractItemModelTester treeTester(w.sidebar()->treeModel());
        QAbstractItemModelTester breakdownTester(w.dashboard()->breakdown());
        const QString busy = w.servers()->addTarget(*parseTarget(busyUri).target);
        const QString quiet = w.servers()->addTarget(*parseTarget(quietUri).target);
        w.setCurrentPage(u"dashboard"_s);
        w.selectConnection(quiet);
        w.servers()->connectTo(busy);
        w.servers()->connectTo(quiet);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(busy).state, ConnectionState::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(quiet).state, ConnectionState::Connected, 10000);
        LoadLoop load(busyUri);

        // The sidebar: one server row with both databases under it.
        const ConnectionTreeModel *tree = w.sidebar()->treeModel();
        QTRY_COMPARE_WITH_TIMEOUT(tree->rowCount(), 1, 10000);
        const QModelIndex server = tree->index(0, 0);
        const QString groupId = server.data(ConnectionTreeModel::ServerGroupRole).toString();
        QVERIFY(groupId.startsWith(u"server:"_s));
        QCOMPARE(tree->rowCount(server), 2);
        QCOMPARE(tree->index(0, 0, server).data(ConnectionListModel::KeyRole).toString(), busy);
        QCOMPARE(tree->index(1, 0, server).data(ConnectionListModel::KeyRole).toString(), quiet);
        QCOMPARE(w.sidebar()->currentKey(), quiet); // the selection survived the regroup

        // The card grid: one group, its header the only place with the server's figures.
        ServerCardGrid *cards = w.dashboard()->cards();
        QTRY_COMPARE_WITH_TIMEOUT(cards->cardCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cards->groupCount(), 1, 10000);
        QVERIFY(cards->groupHeader(groupId));
        QTRY_VERIFY_WITH_TIMEOUT(cards->groupHeader(groupId)->summary().contains(u"max_connections"_s), 10000);
        QVERIFY2(cards->groupHeader(groupId)->summary().contains(u"2 database(s)"_s),
                 qPrintable(cards->groupHeader(groupId)->summary()));

        // Each card its own database's figures: the busy one moves, the quiet one shows ~0 and
        // its own three connections (two idle sessions and ours).
        QTRY_VERIFY2_WITH_TIMEOUT(cardRate(cards->card(busy)) > 10, qPrintable(cards->card(busy)->summary()), 30000);
        // Three card refreshes in a row: a card showing the server's rate may show a quiet
        // moment once, not three times while the loop runs.
        const auto quietAndBusy = [&] {
            return cards->card(quiet)->summary().contains(u"conn 3 · "_s) && cardRate(cards->card(quiet)) >= 0
                && cardRate(cards->card(quiet)) < 1.5 && cardRate(cards->card(busy)) > 10;
        };
        int inARow = 0;
        QDeadlineTimer deadline(40000);
        while (inARow < 3 && !deadline.hasExpired()) {
            QTest::qWait(1100); // a card refresh
            inARow = quietAndBusy() ? inARow + 1 : 0;
        }
        QVERIFY2(inARow == 3, qPrintable(cards->card(quiet)->summary() + u" | "_s + cards->card(busy)->summary()));
        for (const QString &key : {busy, quiet}) {
            QVERIFY2(!cards->card(key)->summary().contains(u"max_connections"_s),
                     "a card in a server group leaves the server's figures to the group's header");
        }
        qInfo().noquote() << "busy card:" << cards->card(busy)->summary().section(u'\n', 1);
        qInfo().noquote() << "quiet card:" << cards->card(quiet)->summary().section(u'\n', 1);
        qInfo().noquote() << "group header:" << cards->groupHeader(groupId)->summary();

        // The quiet database's dashboard: its row named, its connections without a limit of its
        // own, the server's row apart with max_connections.
        MetricsFacts *facts = w.dashboard()->facts();
        QTRY_COMPARE_WITH_TIMEOUT(facts->connectionsText(), u"3"_s, 10000);
        QVERIFY2(facts->databaseTitle().contains(u"group_quiet"_s), qPrintable(facts->databaseTitle()));
        QVERIFY2(facts->serverTitle().startsWith(u"Server\n127.0.0.1:"_s), qPrintable(facts->serverTitle()));
        QCOMPARE(facts->connectionsCaption(), u"CONNECTIONS (NO OWN LIMIT)"_s);
        QVERIFY2(facts->serverConnectionsText().contains(u" / "_s), qPrintable(facts->serverConnectionsText()));
        // With a CONNECTION LIMIT of its own the database's connections count against it.
        PlainConnection admin(cluster->uri());
        QCOMPARE(admin.exec(u"ALTER DATABASE group_quiet CONNECTION LIMIT 20"_s), QString());
        QTRY_COMPARE_WITH_TIMEOUT(facts->connectionsText(), u"3 / 20 (15%)"_s, 10000);
        QCOMPARE(facts->connectionsCaption(), u"CONNECTIONS / ITS LIMIT"_s);
        saveShots(w, u"groups-database"_s);

        // The server view: the server's figures and every database with its own.
        w.sidebar()->setCurrentServer(groupId);
        QCOMPARE(w.dashboard()->currentServer(), groupId);
        const DatabaseBreakdownModel *breakdown = w.dashboard()->breakdown();
        QTRY_VERIFY2_WITH_TIMEOUT(rowOf(breakdown, u"group_busy"_s) && rowOf(breakdown, u"group_quiet"_s)
                                      && rowOf(breakdown, u"group_busy"_s)->transactionsPerSecond.value_or(0) > 10,
                                  qPrintable(u"%1 rows"_s.arg(breakdown->rowCount())), 30000);
        if (!rowOf(breakdown, u"group_busy"_s))
            QFAIL(qPrintable(u"breakdown has %1 rows"_s.arg(breakdown->rowCount())));
        const DatabaseBreakdownRow *quietRow = rowOf(breakdown, u"group_quiet"_s);
        QVERIFY(quietRow->monitored);
        QCOMPARE(quietRow->connections, 3);
        QVERIFY2(quietRow->transactionsPerSecond.value_or(99) < 1.5,
                 qPrintable(QString::number(quietRow->transactionsPerSecond.value_or(-1))));
        QVERIFY(quietRow->sizeBytes > 0);
        QVERIFY(rowOf(breakdown, u"postgres"_s)); // a database nobody monitors is listed too
        QVERIFY(!rowOf(breakdown, u"postgres"_s)->monitored);
        QVERIFY(!facts->connectionsCaption().isEmpty());
        QVERIFY(!facts->findChild<QWidget *>(u"databaseScopeTitle"_s)->isVisibleTo(facts)); // only the server's row
        saveShots(w, u"groups-server"_s);
        QVERIFY(load.ok());
    }

    // Two servers with one monitored database each: no group, so each card carries its own
    // server's connections under its database's figures.
    void loneCardsShowTheirServer()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString firstUri = freshDatabase(cluster, u"lone_first"_s);
        QVERIFY(!firstUri.isEmpty());
        LocalCluster second;
        QString error;
        QVERIFY2(second.create(testClusterOptions(), &error), qPrintable(error));

        MainWindow w;
        w.resize(1152, 864);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString first = w.servers()->addTarget(*parseTarget(firstUri).target);
        const QString other = w.servers()->addTarget(*parseTarget(second.uri()).target);
        w.setCurrentPage(u"dashboard"_s);
        w.servers()->connectTo(first);
        w.servers()->connectTo(other);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(first).state, ConnectionState::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(other).state, ConnectionState::Connected, 10000);

        ServerCardGrid *cards = w.dashboard()->cards();
        QTRY_COMPARE_WITH_TIMEOUT(cards->cardCount(), 2, 10000);
        QCOMPARE(cards->groupCount(), 0);
        static const QRegularExpression serverLine(u"\\nserver: [0-9]+/[0-9]+ max_connections$"_s);
        for (const QString &key : {first, other}) {
            QTRY_VERIFY2_WITH_TIMEOUT(serverLine.match(cards->card(key)->summary()).hasMatch(),
                                      qPrintable(cards->card(key)->summary()), 10000);
        }
        saveShots(w, u"groups-lone"_s);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"dbpulse-test"_s);
    TstServerGroups test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_servergroups.moc"
