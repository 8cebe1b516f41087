#pragma once

#include <QWidget>

class QAction;
class QListView;

namespace dbpulse {

class ServerRegistry;

/// \brief The list of connections with status dots and add/edit/remove/connect actions; opens
/// the connection dialog and hands the results to the server registry. GUI thread.
class ConnectionSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionSidebar(ServerRegistry *servers, QWidget *parent = nullptr);

    QString currentKey() const;
    void setCurrentKey(const QString &key);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *connectAction() const { return m_connect; }

    void addConnection();
    void editConnection();
    void removeConnection();
    void toggleConnection();

Q_SIGNALS:
    void currentKeyChanged(const QString &key);

private:
    void updateActions();

    ServerRegistry *m_servers;
    QListView *m_view;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_connect;
};

} // namespace dbpulse
