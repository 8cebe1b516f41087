#include "core/db/target.h"
#include "mainwindow.h"
#include "models/connectionlistmodel.h"
#include "widgets/activitychart.h"
#include "core/credentials/credentialbroker.h"
#include "models/serverregistry.h"
#include "widgets/connectionsidebar.h"
#include "widgets/connectionstatuslabel.h"
#include "widgets/dashboardpage.h"
#include "widgets/infobar.h"
#include "widgets/pagenavigator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixPages()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList expected{QStringLiteral("dashboard"), QStringLiteral("queries"),
                                   QStringLiteral("indexes"),   QStringLiteral("health"),
                                   QStringLiteral("migrations"), QStringLiteral("backups")};
        QCOMPARE(w.navigator()->pageIds(), expected);
        QCOMPARE(w.navigator()->stack()->count(), 6);
        QCOMPARE(w.navigator()->navigation()->count(), 6);
        QVERIFY(!w.setCurrentPage(QStringLiteral("nonsense")));
    }

    void switchingPages()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PageNavigator *nav = w.navigator();
        for (const QString &id : nav->pageIds()) {
            QVERIFY(w.setCurrentPage(id));
            QCOMPARE(nav->currentPage(), id);
            QCOMPARE(nav->stack()->currentWidget(), nav->page(id));
            QVERIFY(nav->page(id)->isVisible());
        }
        // Through the navigation list, as a user would.
        QListWidget *list = nav->navigation();
        const QRect rect = list->visualRect(list->model()->index(2, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(nav->currentPage(), QStringLiteral("indexes"));
    }

    void everyPageIsItsFeature()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Each navigator entry opens the page of its feature, and showing it works.
        const QList<std::pair<QString, const char *>> pages{
            {QStringLiteral("dashboard"), "dbpulse::DashboardPage"}, {QStringLiteral("queries"), "dbpulse::QueriesPage"},
            {QStringLiteral("indexes"), "dbpulse::IndexesPage"},     {QStringLiteral("health"), "dbpulse::HealthPage"},
            {QStringLiteral("migrations"), "dbpulse::MigrationsPage"}, {QStringLiteral("backups"), "dbpulse::BackupsPage"}};
        for (const auto &[id, className] : pages) {
            QWidget *page = w.navigator()->page(id);
            QVERIFY2(page, qPrintable(id));
            QCOMPARE(page->metaObject()->className(), className);
            w.setCurrentPage(id);
            QVERIFY2(page->isVisible(), qPrintable(id));
        }
    }

    void dashboardWithoutConnection()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (w.servers()->model()->rowCount() > 0)
            QSKIP("profiles present in the test settings");
        QVERIFY(w.dashboard()->messageText().contains(QLatin1String("No connection selected")));
    }

    void noKeychainIsSaidOnce()
    {
        // ctest runs this program without a session bus (tests/widgets/CMakeLists.txt).
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a session bus is present, so the keychain may work; ctest runs this without one");
        MainWindow w;
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.infoBar()->isVisible(), 15000);
        QVERIFY(w.infoBar()->text().contains(QLatin1String("No keychain service available")));
        QCOMPARE(w.servers()->credentials()->keychainState(), CredentialBroker::KeychainState::Unavailable);
    }

    void unreachableServerShowsState()
    {
        MainWindow w;
        w.show();
        const TargetParseResult parsed =
            parseTarget(QStringLiteral("postgresql://dbpulse@127.0.0.1:1/postgres?connect_timeout=2"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QString key = w.servers()->addTarget(*parsed.target);
        w.selectConnection(key);
        w.servers()->connectTo(key);
        QTRY_VERIFY_WITH_TIMEOUT(w.servers()->status(key).state == ConnectionState::Reconnecting
                                     || w.servers()->status(key).state == ConnectionState::Failed,
                                 15000);
        QVERIFY(!w.servers()->status(key).error.isEmpty());
        auto *label = w.findChild<ConnectionStatusLabel *>();
        QVERIFY(label);
        QVERIFY2(label->toolTip().contains(QLatin1String("reconnecting"))
                     || label->toolTip().contains(QLatin1String("failed")),
                 qPrintable(label->toolTip()));
    }

    void sqliteTargetSaysChartDoesNotApply()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly)); // an empty file is a valid, empty SQLite database
        file.close();
        MainWindow w;
        w.show();
        const TargetParseResult parsed = parseTarget(QStringLiteral("sqlite:") + path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QString key = w.servers()->addTarget(*parsed.target);
        w.selectConnection(key);
        w.servers()->connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(key).state, ConnectionState::Connected, 10000);
        QTRY_VERIFY(w.dashboard()->messageText().contains(QLatin1String("does not apply")));
    }

    void closingWhileConnectingIsPrompt()
    {
        QElapsedTimer timer;
        {
            MainWindow w;
            w.show();
            // A server that accepts and then never answers: libpq waits until its timeout.
            QTcpServer silent;
            QVERIFY(silent.listen(QHostAddress::LocalHost));
            const TargetParseResult parsed = parseTarget(
                QStringLiteral("postgresql://dbpulse@127.0.0.1:%1/postgres?sslmode=disable")
                    .arg(silent.serverPort()));
            QVERIFY(parsed.ok());
            const QString key = w.servers()->addTarget(*parsed.target);
            w.servers()->connectTo(key);
            QTRY_VERIFY(silent.hasPendingConnections() || !silent.isListening());
            QCOMPARE(w.servers()->status(key).state, ConnectionState::Connecting);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void settingsPersist()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(w.setCurrentPage(QStringLiteral("health")));
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.navigator()->currentPage(), QStringLiteral("health"));
        again.setCurrentPage(QStringLiteral("dashboard"));
        again.close();
    }
};

int main(int argc, char *argv[])
{
    // Private settings and profiles: never read or overwrite the developer's own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TstMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
