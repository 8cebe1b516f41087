#include "core/db/target.h"
#include "mainwindow.h"
#include "models/connectionlistmodel.h"
#include "widgets/activitychart.h"
#include "core/credentials/credentialbroker.h"
#include "models/serverregistry.h"
#include "widgets/connectionsidebar.h"
#include "widgets/connectionstatuslabel.h"
#include "widgets/dashboardpage.h"
#include "widgets/healthpage.h"
#include "widgets/backupspage.h"
#include "widgets/connectiondialog.h"
#include "widgets/infobar.h"
#include "widgets/messagepanel.h"
#include "widgets/migrationspage.h"
#include "widgets/pagenavigator.h"
#include "widgets/sqlitepanel.h"
#include "widgets/timeserieschart.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QMenuBar>
#include <QMenu>
#include <QAction>

using namespace dbpulse;

namespace {
// Set in the copy of this program that runs without a session bus.
constexpr auto noBusChildEnv = "DBPULSE_TEST_NO_BUS_CHILD";
} // namespace

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

    // First run: the empty dashboard offers the demo and a new connection as buttons. "New
    // connection…" opens the connection dialog; "Start demo" starts the demo as `dbpulse --demo`
    // does (the CLI's demo as a child, its row selected) and every page follows it.
    void firstRunButtons()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (w.servers()->model()->rowCount() > 0)
            QSKIP("profiles present in the test settings");
        MessagePanel *panel = w.dashboard()->messagePanel();
        QPushButton *demo = panel->startDemoButton();
        QPushButton *newConnection = panel->newConnectionButton();
        QVERIFY(demo->isVisible() && newConnection->isVisible());

        bool dialogShown = false;
        QTimer::singleShot(0, &w, [&dialogShown] {
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget()), 5000);
            dialogShown = true;
            QApplication::activeModalWidget()->close();
        });
        newConnection->click();
        QVERIFY(dialogShown);
        QCOMPARE(w.servers()->model()->rowCount(), 0); // cancelled: nothing added

        demo->click();
        QCOMPARE(w.servers()->model()->rowCount(), 1);
        const QString key = w.sidebar()->currentKey();
        QCOMPARE(w.servers()->model()->index(0).data(ConnectionListModel::NameRole).toString(),
                 QStringLiteral("Demo database"));
        QCOMPARE(key, w.servers()->model()->keyAt(0));
        QVERIFY(!demo->isVisible()); // a connection exists now: no first-run buttons
        auto *migrations = w.navigator()->stack()->findChild<MigrationsPage *>();
        auto *backups = w.navigator()->stack()->findChild<BackupsPage *>();
        QVERIFY(migrations && backups);
        QCOMPARE(migrations->currentKey(), key);
        QCOMPARE(backups->currentKey(), key);
        // The real demo, as `dbpulse --demo` runs it: a cluster of its own, seeded, then connected.
        QTRY_VERIFY_WITH_TIMEOUT(w.servers()->status(key).state == ConnectionState::Connected
                                     || w.servers()->status(key).state == ConnectionState::Failed,
                                 150000);
        const ConnectionStatus status = w.servers()->status(key);
        if (status.state == ConnectionState::Failed && qEnvironmentVariable("DBPULSE_REQUIRE_PG") != QLatin1String("1"))
            QSKIP(qPrintable(QStringLiteral("the demo could not start here: ") + status.error));
        QVERIFY2(status.state == ConnectionState::Connected, qPrintable(status.error));
        QVERIFY(w.servers()->model()->target(key).throwaway);
        w.close();
    }

    // The one-shot tool pages follow the sidebar's current connection, and list rows added later.
    void toolPagesFollowTheSidebar()
    {
        QTemporaryDir dir;
        QStringList keys;
        MainWindow w;
        auto *migrations = w.navigator()->stack()->findChild<MigrationsPage *>();
        auto *backups = w.navigator()->stack()->findChild<BackupsPage *>();
        QVERIFY(migrations && backups);
        for (const QString &name : {QStringLiteral("first.db"), QStringLiteral("second.db")}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            keys << w.servers()->addTarget(*parseTarget(dir.filePath(name)).target);
        }
        for (const QString &key : {keys.at(0), keys.at(1), keys.at(0)}) {
            w.selectConnection(key);
            QCOMPARE(w.sidebar()->currentKey(), key);
            QCOMPARE(migrations->currentKey(), key);
            QCOMPARE(backups->currentKey(), key);
        }
        w.close();
    }

    // Without a session bus, as on a server reached over ssh: no keychain, and the window says so
    // once. Whatever bus this run has (CI starts one with a keyring), the check runs in a copy of
    // this program whose environment has none and cannot autolaunch one.
    void noKeychainIsSaidOnce()
    {
        if (qEnvironmentVariableIsSet(noBusChildEnv)) {
            QVERIFY2(!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "the child has a session bus");
            MainWindow w;
            w.show();
            QTRY_VERIFY_WITH_TIMEOUT(w.infoBar()->isVisible(), 15000);
            QVERIFY2(w.infoBar()->text().contains(QLatin1String("No keychain service available")),
                     qPrintable(w.infoBar()->text()));
            QCOMPARE(w.servers()->credentials()->keychainState(), CredentialBroker::KeychainState::Unavailable);
            w.close();
            // The next start knows it was said: the notice would come with the keychain's answer.
            MainWindow nextStart;
            nextStart.show();
            QTRY_COMPARE_WITH_TIMEOUT(nextStart.servers()->credentials()->keychainState(),
                                      CredentialBroker::KeychainState::Unavailable, 15000);
            QVERIFY2(!nextStart.infoBar()->isVisible(), qPrintable(nextStart.infoBar()->text()));
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL"})
            env.remove(QString::fromLatin1(name));
        // libdbus would otherwise find $XDG_RUNTIME_DIR/bus.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/nonexistent-dbpulse-test"));
        env.insert(QString::fromLatin1(noBusChildEnv), QStringLiteral("1"));
        // Settings of its own: the windows of this run, also without a keychain, have said it already.
        QTemporaryDir childConfig;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), childConfig.path());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainIsSaidOnce")});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
        // It ran the check, not a skip of it.
        QVERIFY2(out.contains(QLatin1String("PASS   : TstMainWindow::noKeychainIsSaidOnce()")), qPrintable(out));
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

    void sqliteTargetShowsTheFileFigures()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        const QString writer = QStringLiteral("gui-test-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), writer);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size = 2048")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)")));
        }
        MainWindow w;
        w.show();
        const TargetParseResult parsed = parseTarget(QStringLiteral("sqlite:") + path);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QString key = w.servers()->addTarget(*parsed.target);
        w.selectConnection(key);
        w.servers()->connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(w.servers()->status(key).state, ConnectionState::Connected, 10000);
        SqlitePanel *panel = w.dashboard()->sqlitePanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY2(w.dashboard()->messageText().isEmpty(), qPrintable(w.dashboard()->messageText()));
        QCOMPARE(panel->figure(QStringLiteral("journal")), QStringLiteral("delete"));
        QVERIFY2(panel->figure(QStringLiteral("pages")).contains(QLocale().toString(2048)), qPrintable(panel->figure(QStringLiteral("pages"))));
        QVERIFY(panel->figure(QStringLiteral("file")) != QStringLiteral("—"));
        QVERIFY(panel->figure(QStringLiteral("integrity")).contains(QLatin1String("never")));
        QTRY_VERIFY_WITH_TIMEOUT(panel->figure(QStringLiteral("writes")).contains(QLatin1String("idle")), 10000);
        QVERIFY(panel->sizeChart()->pointCount(0) > 0);

        // Another program writes: the next sample shows it.
        {
            QSqlQuery q(QSqlDatabase::database(writer));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t(body) VALUES ('x')")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(panel->figure(QStringLiteral("writes")).contains(QLatin1String("written in the last interval")), 10000);
        QTRY_VERIFY(panel->writeChart()->pointCount(0) > 0);
        QSqlDatabase::database(writer).close();
        QSqlDatabase::removeDatabase(writer);
    }

    // Closing the window while a connect hangs does not wait for it: libpq is given an hour to
    // connect, so a close that waited would hang this test until ctest's timeout ends it.
    void closingWhileConnectingIsPrompt()
    {
        QTcpServer silent; // accepts, then never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        {
            MainWindow w;
            w.show();
            const TargetParseResult parsed = parseTarget(
                QStringLiteral("postgresql://dbpulse@127.0.0.1:%1/postgres?sslmode=disable&connect_timeout=3600")
                    .arg(silent.serverPort()));
            QVERIFY(parsed.ok());
            const QString key = w.servers()->addTarget(*parsed.target);
            w.servers()->connectTo(key);
            QTRY_VERIFY(silent.hasPendingConnections());
            QCOMPARE(w.servers()->status(key).state, ConnectionState::Connecting);
        }
        QTcpSocket *accepted = silent.nextPendingConnection();
        QVERIFY(accepted);
        // The abandoned attempt's socket is closed, not left to the timeout.
        QTRY_COMPARE(accepted->state(), QAbstractSocket::UnconnectedState);
    }

    // F5 and Esc press the current page's own Refresh and Cancel buttons: on Health, F5 starts the
    // checks; on Backups, Esc cancels a backup whose server never answers.
    void refreshAndEscapePressThePageButtons()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QFile file(dir.filePath(QStringLiteral("f5.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString sqlite = w.servers()->addTarget(*parseTarget(QStringLiteral("sqlite:") + file.fileName()).target);
        w.servers()->connectTo(sqlite);
        w.selectConnection(sqlite);
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.navigator()->currentPage(), QStringLiteral("health"));
        auto *health = qobject_cast<HealthPage *>(w.navigator()->page(QStringLiteral("health")));
        QVERIFY(health);
        QTRY_VERIFY(w.servers()->context(sqlite).live);
        QTRY_VERIFY(!health->isRunning()); // the first check runs by itself when the page shows
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(health->isRunning());
        QTRY_VERIFY(!health->isRunning());

        QTcpServer silent; // accepts, then never answers: the backup waits in its connect
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString hanging = w.servers()->addTarget(*parseTarget(
            QStringLiteral("postgresql://dbpulse@127.0.0.1:%1/postgres?sslmode=disable&connect_timeout=3600")
                .arg(silent.serverPort())).target);
        w.selectConnection(hanging);
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QWidget *backups = w.navigator()->page(QStringLiteral("backups"));
        const auto button = [backups](const QString &text) {
            for (QPushButton *b : backups->findChildren<QPushButton *>())
                if (b->text() == text)
                    return b;
            return static_cast<QPushButton *>(nullptr);
        };
        const auto says = [backups](const QString &text) {
            for (QLabel *l : backups->findChildren<QLabel *>())
                if (l->text() == text)
                    return true;
            return false;
        };
        QTRY_VERIFY(button(QStringLiteral("Back up now"))->isEnabled());
        button(QStringLiteral("Back up now"))->click();
        QVERIFY(button(QStringLiteral("Cancel"))->isEnabled());
        QTest::keyClick(&w, Qt::Key_Escape);
        QTRY_VERIFY(says(QStringLiteral("Cancelled; nothing was left behind.")));

        // On the dashboard Esc has nothing of ours to cancel: it never touches a session's query.
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_Escape);
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Nothing is running on this page."));
    }

    // The window works from the keyboard: pages by Ctrl+digit, connections by Alt+Up/Down and
    // Ctrl+L, and F1 lists exactly the keys the menus have.
    void keyboardDrivesTheWindow()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QStringList keys;
        for (const QString &name : {QStringLiteral("a.db"), QStringLiteral("b.db")}) {
            QFile file(dir.filePath(name)); // an empty file is an empty SQLite database
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            const TargetParseResult parsed = parseTarget(QStringLiteral("sqlite:") + dir.filePath(name));
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            keys << w.servers()->addTarget(*parsed.target);
        }
        w.selectConnection(keys.at(0));
        QCOMPARE(w.sidebar()->currentKey(), keys.at(0));

        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.navigator()->currentPage(), QStringLiteral("indexes"));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.navigator()->currentPage(), QStringLiteral("dashboard"));

        QTest::keyClick(&w, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(w.sidebar()->currentKey(), keys.at(1));
        QTest::keyClick(&w, Qt::Key_Down, Qt::AltModifier); // the last row: stays
        QCOMPARE(w.sidebar()->currentKey(), keys.at(1));
        QTest::keyClick(&w, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(w.sidebar()->currentKey(), keys.at(0));

        w.navigator()->navigation()->setFocus();
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(w.sidebar()->isAncestorOf(QApplication::focusWidget()));

        // The list is read from the menus: every menu shortcut is in it, under its menu.
        QList<std::pair<QString, QString>> listed;
        QTimer::singleShot(0, &w, [&listed] {
            QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget(), 5000);
            QWidget *dialog = QApplication::activeModalWidget();
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
            QVERIFY(list);
            for (int g = 0; g < list->topLevelItemCount(); ++g) {
                for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i) {
                    const QTreeWidgetItem *item = list->topLevelItem(g)->child(i);
                    listed.append({item->text(0), item->text(1)});
                }
            }
            dialog->close();
        });
        QTest::keyClick(&w, Qt::Key_F1);
        QVERIFY(listed.contains(std::pair(QStringLiteral("Next Connection"), QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText))));
        QVERIFY(listed.contains(std::pair(QStringLiteral("Indexes"), QKeySequence(Qt::CTRL | Qt::Key_3).toString(QKeySequence::NativeText))));
        QVERIFY(listed.contains(std::pair(QStringLiteral("New Connection"), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))));
        QVERIFY(listed.contains(std::pair(QStringLiteral("Keyboard Shortcuts"), QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText))));
        int menuShortcuts = 0;
        for (const QAction *top : w.menuBar()->actions()) {
            for (const QAction *a : top->menu()->actions())
                menuShortcuts += a->shortcut().isEmpty() ? 0 : 1;
        }
        QVERIFY(listed.contains(std::pair(QStringLiteral("Filter the rows"), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText))));
        QCOMPARE(listed.size(), menuShortcuts + 2); // and the two every table has
    }

    // Delete removes a connection only while the list has the focus: typed in a form it is a key.
    void deleteActsInTheListOnly()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QFile file(dir.filePath(QStringLiteral("c.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const TargetParseResult parsed = parseTarget(QStringLiteral("sqlite:") + file.fileName());
        QVERIFY(parsed.ok());
        const QString key = w.servers()->addTarget(*parsed.target);
        w.selectConnection(key);
        w.navigator()->navigation()->setFocus();
        QTest::keyClick(&w, Qt::Key_Delete);
        QVERIFY(w.servers()->model()->indexForKey(key).isValid());
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete); // an ad-hoc connection: no question
        QVERIFY(!w.servers()->model()->indexForKey(key).isValid());
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
