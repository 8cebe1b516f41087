#pragma once

#include <QWidget>

class QAction;
class QTreeView;

namespace dbpulse {

class ConnectionTreeModel;
class ServerRegistry;

/// \brief The list of connections, grouped under their server when several share one, with
/// status dots and add/edit/remove/connect actions; opens
/// the connection dialog and hands the results to the server registry. GUI thread.
class ConnectionSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionSidebar(ServerRegistry *servers, QWidget *parent = nullptr);

    /// The selected connection; with a server row selected, its first connection.
    QString currentKey() const;
    void setCurrentKey(const QString &key);
    /// The selected server row's group id (see groupServers()); empty when a connection is selected.
    QString currentServer() const;
    /// Selects the server row of group \a groupId, if there is one.
    void setCurrentServer(const QString &groupId);
    ConnectionTreeModel *treeModel() const { return m_tree; }

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *connectAction() const { return m_connect; }
    /// Keyboard navigation from anywhere in the window: the next or previous row (connection or
    /// server), and the list itself focused.
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *focusAction() const { return m_focus; }

    void addConnection();
    void editConnection();
    void removeConnection();
    void toggleConnection();

Q_SIGNALS:
    void currentKeyChanged(const QString &key);
    /// A server row was selected (its group id), or a connection (empty).
    void currentServerChanged(const QString &groupId);

private:
    void updateActions();
    void selectionMoved();
    /// After a regroup: the same connection or server row selected again, every server expanded.
    void restoreSelection();
    /// Moves the selection \a step rows down (or up), stopping at either end.
    void moveSelection(int step);

    ServerRegistry *m_servers;
    ConnectionTreeModel *m_tree;
    QTreeView *m_view;
    QString m_lastKey;    // what was selected, to select it again after a regroup
    QString m_lastServer;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_connect;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_focus;
};

} // namespace dbpulse
