#pragma once

#include <QMainWindow>
#include <memory>

class QSplitter;

namespace dbpulse {

class ServerRegistry;
class ConnectionSidebar;
class ConnectionStatusLabel;
class DashboardPage;
class DemoLauncher;
class InfoBar;
class PageNavigator;
class ProfileStore;

/// \brief Assembles the window: connection sidebar, page navigation, pages, info bar, status
/// bar and menus, and persists the layout. Behaviour lives in the widgets it assembles.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ServerRegistry *servers() const { return m_servers; }
    PageNavigator *navigator() const { return m_pages; }
    ConnectionSidebar *sidebar() const { return m_sidebar; }
    DashboardPage *dashboard() const { return m_dashboard; }
    InfoBar *infoBar() const { return m_infoBar; }

    /// "dashboard", "queries", "indexes", "health", "migrations", "backups"; false if unknown.
    bool setCurrentPage(const QString &id);
    void selectConnection(const QString &key);
    /// Starts `dbpulse-cli demo` and selects its connection once it is up.
    void startDemo(const QString &cliPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void shutDown();

    std::unique_ptr<ProfileStore> m_profiles;
    ServerRegistry *m_servers;
    PageNavigator *m_pages;
    ConnectionSidebar *m_sidebar;
    DashboardPage *m_dashboard = nullptr;
    InfoBar *m_infoBar;
    ConnectionStatusLabel *m_statusLabel;
    QSplitter *m_splitter;
    DemoLauncher *m_demo = nullptr;
};

} // namespace dbpulse
