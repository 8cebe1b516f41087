#include "mainwindow.h"

#include "core/backup/backupscheduler.h"
#include "core/credentials/credentialbroker.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"
#include "demolauncher.h"
#include "models/serverregistry.h"
#include "widgets/appearance.h"
#include "widgets/appicon.h"
#include "widgets/backuprunnotifier.h"
#include "widgets/backupspage.h"
#include "widgets/connectionsidebar.h"
#include "widgets/connectionstatuslabel.h"
#include "widgets/dashboardpage.h"
#include "widgets/dialogpasswordprompter.h"
#include "widgets/healthpage.h"
#include "widgets/indexespage.h"
#include "widgets/infobar.h"
#include "widgets/linkstatuslabel.h"
#include "widgets/metricsalertnotifier.h"
#include "widgets/migrationspage.h"
#include "widgets/pagenavigator.h"
#include "widgets/queriespage.h"
#include "widgets/pagekeys.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/tabletools.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace dbpulse {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_servers(new ServerRegistry(m_profiles.get(), this))
    , m_pages(new PageNavigator(this))
    , m_sidebar(new ConnectionSidebar(m_servers, this))
    , m_infoBar(new InfoBar(this))
    , m_statusLabel(new ConnectionStatusLabel(m_servers, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DB Pulse"));
    setWindowIcon(appIcon());
    // Passwords the server refused are asked for over this window.
    m_servers->credentials()->setPrompter(new DialogPasswordPrompter(this));
    createPages();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    QListWidget *nav = m_pages->navigation();
    nav->setMaximumHeight(nav->sizeHintForRow(0) * int(m_pages->pageIds().size()) + 12);
    leftLayout->addWidget(nav);
    leftLayout->addWidget(m_sidebar, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pages->stack());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 760});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusLabel, 1);
    // Permanent, on the right: whether the selected server's link is encrypted stays in view.
    auto *linkLabel = new LinkStatusLabel(m_servers, this);
    statusBar()->addPermanentWidget(linkLabel);
    createMenus();

    connect(m_servers, &ServerRegistry::noticeRaised, m_infoBar, &InfoBar::showMessage);
    new MetricsAlertNotifier(m_servers, m_infoBar, this);
    connect(m_dashboard, &DashboardPage::serverSelected, this, &MainWindow::selectConnection);
    // First run: the same start as `dbpulse --demo`, and the sidebar's "New Connection…".
    connect(m_dashboard, &DashboardPage::demoRequested, this, [this] { startDemo(DemoLauncher::findCli()); });
    connect(m_dashboard, &DashboardPage::newConnectionRequested, m_sidebar, &ConnectionSidebar::addConnection);
    connect(m_sidebar, &ConnectionSidebar::currentKeyChanged, m_dashboard, &DashboardPage::setCurrentKey);
    connect(m_sidebar, &ConnectionSidebar::currentServerChanged, m_dashboard, &DashboardPage::setCurrentServer);
    connect(m_dashboard, &DashboardPage::serverGroupSelected, m_sidebar, &ConnectionSidebar::setCurrentServer);
    connect(m_sidebar, &ConnectionSidebar::currentKeyChanged, m_statusLabel,
            &ConnectionStatusLabel::setCurrentKey);
    restoreSettings();
    // The sidebar may have picked its row before these connections existed.
    m_dashboard->setCurrentKey(m_sidebar->currentKey());
    m_dashboard->setCurrentServer(m_sidebar->currentServer());
    m_statusLabel->setCurrentKey(m_sidebar->currentKey());
    connect(m_sidebar, &ConnectionSidebar::currentKeyChanged, linkLabel, &LinkStatusLabel::setCurrentKey);
    linkLabel->setCurrentKey(m_sidebar->currentKey());
}

MainWindow::~MainWindow()
{
    shutDown();
}

void MainWindow::createPages()
{
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    m_dashboard = new DashboardPage(m_servers);
    m_pages->addPage(QStringLiteral("dashboard"), tr("Dashboard"), icon(QStyle::SP_ComputerIcon), m_dashboard);
    auto *queries = new QueriesPage(m_servers);
    connect(m_sidebar, &ConnectionSidebar::currentKeyChanged, queries, &QueriesPage::setCurrentKey);
    queries->setCurrentKey(m_sidebar->currentKey());
    m_pages->addPage(QStringLiteral("queries"), tr("Queries"), icon(QStyle::SP_FileDialogContentsView), queries);
    auto *indexes = new IndexesPage(m_servers);
    connect(m_sidebar, &ConnectionSidebar::currentKeyChanged, indexes, &IndexesPage::setCurrentKey);
    indexes->setCurrentKey(m_sidebar->currentKey());
    m_pages->addPage(QStringLiteral("indexes"), tr("Indexes"), icon(QStyle::SP_FileDialogListView), indexes);
    auto *health = new HealthPage(m_servers);
    connect(m_sidebar, &ConnectionSidebar::currentKeyChanged, health, &HealthPage::setCurrentKey);
    health->setCurrentKey(m_sidebar->currentKey());
    m_pages->addPage(QStringLiteral("health"), tr("Health"), icon(QStyle::SP_DialogApplyButton), health);
    auto *migrations = new MigrationsPage(m_servers);
    connect(m_sidebar, &ConnectionSidebar::currentKeyChanged, migrations, &MigrationsPage::setCurrentKey);
    migrations->setCurrentKey(m_sidebar->currentKey());
    m_pages->addPage(QStringLiteral("migrations"), tr("Migrations"), icon(QStyle::SP_ArrowUp), migrations);
    auto *backups = new BackupsPage(m_servers);
    backups->setPasswordProvider([servers = m_servers](const Target &t) { return servers->livePassword(t); });
    connect(m_sidebar, &ConnectionSidebar::currentKeyChanged, backups, &BackupsPage::setCurrentKey);
    backups->setCurrentKey(m_sidebar->currentKey());
    new BackupRunNotifier(backups->scheduler(), m_infoBar, this);
    backups->scheduler()->start();
    connect(backups, &BackupsPage::openDatabaseRequested, this, [this](const QString &conninfo) {
        if (const TargetParseResult t = parseTarget(conninfo); t.ok()) {
            m_servers->connectTo(m_servers->addTarget(*t.target));
            m_pages->setCurrentPage(QStringLiteral("dashboard"));
        }
    });
    m_pages->addPage(QStringLiteral("backups"), tr("Backups"), icon(QStyle::SP_DriveHDIcon), backups);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_sidebar->addAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addAction(m_sidebar->connectAction());
    connection->addAction(m_sidebar->editAction());
    connection->addAction(m_sidebar->removeAction());
    connection->addSeparator();
    connection->addAction(m_sidebar->nextAction());
    connection->addAction(m_sidebar->previousAction());
    connection->addAction(m_sidebar->focusAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList ids = m_pages->pageIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i);
        QListWidgetItem *item = m_pages->navigation()->item(i);
        QAction *go = view->addAction(item->icon(), item->text(), this, [this, id] { setCurrentPage(id); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (!PageKeys::press(m_pages->stack()->currentWidget(), PageKeys::Role::Refresh))
            statusBar()->showMessage(tr("Nothing to refresh on this page."), 3000);
    });
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *cancel = view->addAction(tr("&Cancel Running Job"), this, [this] {
        if (!PageKeys::press(m_pages->stack()->currentWidget(), PageKeys::Role::Cancel))
            statusBar()->showMessage(tr("Nothing is running on this page."), 3000);
    });
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    view->addSeparator();
    view->addMenu(appearance::createMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QList<ShortcutEntry> entries = shortcutsOf(menuBar());
        const QString inTables = tr("In tables");
        entries.append({inTables, tr("Copy the selected rows"), QKeySequence(TableTools::CopyRowKey)});
        entries.append({inTables, tr("Filter the rows"), QKeySequence(TableTools::FilterKey)});
        ShortcutsDialog(entries, this).exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About DB Pulse"), this, [this] {
        QMessageBox::about(this, tr("About DB Pulse"),
                           tr("<b>DB Pulse %1</b><p>Live dashboard, advisor and toolbox for "
                              "PostgreSQL and SQLite databases.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::setCurrentPage(const QString &id)
{
    return m_pages->setCurrentPage(id);
}

void MainWindow::selectConnection(const QString &key)
{
    m_sidebar->setCurrentKey(key);
}

void MainWindow::startDemo(const QString &cliPath)
{
    if (!m_demo) {
        m_demo = new DemoLauncher(m_servers, this);
        // The demo's folders fill the pages only where the user has chosen none.
        auto *migrations = qobject_cast<MigrationsPage *>(m_pages->page(QStringLiteral("migrations")));
        auto *backups = qobject_cast<BackupsPage *>(m_pages->page(QStringLiteral("backups")));
        connect(m_demo, &DemoLauncher::foldersReady, this, [migrations, backups](const QString &dir, const QString &destination) {
            migrations->offerFolder(dir);
            backups->offerDestination(destination);
        });
        connect(m_demo, &DemoLauncher::backupWritten, backups, &BackupsPage::refresh);
    }
    selectConnection(m_demo->start(cliPath));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainwindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    setCurrentPage(settings.value(QStringLiteral("page"), QStringLiteral("dashboard")).toString());
    selectConnection(settings.value(QStringLiteral("connection")).toString());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainwindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("page"), m_pages->currentPage());
    // Ad-hoc keys mean nothing in the next run; only saved profiles are worth reselecting.
    const QString key = m_sidebar->currentKey();
    if (key.startsWith(QLatin1String("profile:")))
        settings.setValue(QStringLiteral("connection"), key);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::shutDown()
{
    // Sessions first (joins their threads), then the demo child that serves them.
    m_servers->disconnectAll();
    delete m_demo;
    m_demo = nullptr;
}

} // namespace dbpulse
