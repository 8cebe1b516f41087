#include "widgets/connectionsidebar.h"

#include "core/credentials/credentialbroker.h"
#include "core/db/profilestore.h"
#include "models/connectionlistmodel.h"
#include "models/connectiontreemodel.h"
#include "models/serverregistry.h"
#include "widgets/connectiondelegate.h"
#include "widgets/connectiondialog.h"
#include "widgets/themedstyle.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace dbpulse {

ConnectionSidebar::ConnectionSidebar(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_tree(new ConnectionTreeModel(servers, this))
    , m_view(new QTreeView(this))
    , m_add(new QAction(tr("&New Connection…"), this))
    , m_edit(new QAction(tr("&Edit Connection…"), this))
    , m_remove(new QAction(tr("&Remove Connection"), this))
    , m_connect(new QAction(tr("&Connect"), this))
    , m_next(new QAction(tr("&Next Connection"), this))
    , m_previous(new QAction(tr("&Previous Connection"), this))
    , m_focus(new QAction(tr("Go to Connection &List"), this))
{
    setObjectName(QStringLiteral("connectionSidebar"));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_add->setShortcut(QKeySequence::New);
    m_edit->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_connect->setIcon(monochromeIcon(this, QStyle::SP_MediaPlay));
    whenPaletteChanges(this, [this] { updateActions(); }); // its icon is drawn for the palette
    // Edit and Remove act on the selected row: their keys work in the list only, so F2 or Delete
    // typed in a filter field or a form never removes a connection. Remove still asks first.
    m_edit->setShortcut(Qt::Key_F2);
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    auto *title = new QLabel(tr("Connections"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_remove);
    toolbar->addSeparator();
    toolbar->addAction(m_connect);

    m_view->setModel(m_tree);
    m_view->setItemDelegate(new ConnectionDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_connect, m_edit, m_remove});
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    m_view->setIndentation(14);
    m_view->setItemsExpandable(false); // a server row always shows its databases
    m_view->setRootIsDecorated(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->addWidget(title);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);

    connect(m_add, &QAction::triggered, this, &ConnectionSidebar::addConnection);
    connect(m_edit, &QAction::triggered, this, &ConnectionSidebar::editConnection);
    connect(m_remove, &QAction::triggered, this, &ConnectionSidebar::removeConnection);
    connect(m_connect, &QAction::triggered, this, &ConnectionSidebar::toggleConnection);
    connect(m_next, &QAction::triggered, this, [this] { moveSelection(1); });
    connect(m_previous, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(m_focus, &QAction::triggered, this, [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (currentServer().isEmpty() && !m_servers->isActive(currentKey()))
            toggleConnection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectionSidebar::selectionMoved);
    connect(servers, &ServerRegistry::statusChanged, this, &ConnectionSidebar::updateActions);
    connect(m_tree, &QAbstractItemModel::modelReset, this, &ConnectionSidebar::restoreSelection);
    restoreSelection();
    updateActions();
}

void ConnectionSidebar::selectionMoved()
{
    if (!m_view->currentIndex().isValid())
        return; // a regroup in progress: restoreSelection() picks the same row again
    updateActions();
    const QString key = currentKey();
    const QString server = currentServer();
    const bool keyMoved = key != m_lastKey;
    const bool serverMoved = server != m_lastServer;
    m_lastKey = key;
    m_lastServer = server;
    if (keyMoved)
        Q_EMIT currentKeyChanged(key);
    if (serverMoved)
        Q_EMIT currentServerChanged(server);
}

void ConnectionSidebar::restoreSelection()
{
    m_view->expandAll();
    QModelIndex index = m_lastServer.isEmpty() ? m_tree->indexForKey(m_lastKey) : m_tree->indexForGroup(m_lastServer);
    if (!index.isValid() && !m_lastServer.isEmpty()) // the server row went: its connection stays
        index = m_tree->indexForKey(m_lastKey);
    if (!index.isValid() && m_tree->rowCount() > 0)
        index = m_tree->index(0, 0);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ConnectionSidebar::moveSelection(int step)
{
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex next = step > 0 ? m_view->indexBelow(current) : m_view->indexAbove(current);
    if (next.isValid())
        m_view->setCurrentIndex(next);
}

QString ConnectionSidebar::currentKey() const
{
    const QModelIndex index = m_view->currentIndex();
    if (index.data(ConnectionTreeModel::ServerGroupRole).toString().isEmpty())
        return index.data(ConnectionListModel::KeyRole).toString();
    return m_tree->index(0, 0, index).data(ConnectionListModel::KeyRole).toString();
}

QString ConnectionSidebar::currentServer() const
{
    return m_view->currentIndex().data(ConnectionTreeModel::ServerGroupRole).toString();
}

void ConnectionSidebar::setCurrentKey(const QString &key)
{
    const QModelIndex index = m_tree->indexForKey(key);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ConnectionSidebar::setCurrentServer(const QString &groupId)
{
    const QModelIndex index = m_tree->indexForGroup(groupId);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ConnectionSidebar::updateActions()
{
    // A server row is not a connection: the actions are its connections'.
    const QString key = currentServer().isEmpty() ? currentKey() : QString();
    const ConnectionListModel *model = m_servers->model();
    const bool any = !key.isEmpty();
    const bool isProfile = any && model->profile(key).has_value();
    m_edit->setEnabled(isProfile);
    m_remove->setEnabled(any);
    m_connect->setEnabled(any && model->hasTarget(key));
    const ConnectionState state = model->status(key).state;
    const bool active = m_servers->isActive(key) && state != ConnectionState::Failed;
    m_connect->setText(active ? tr("&Disconnect") : tr("&Connect"));
    m_connect->setIcon(monochromeIcon(this, active ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
}

void ConnectionSidebar::addConnection()
{
    QStringList names;
    if (ProfileStore *store = m_servers->profileStore()) {
        for (const ConnectionProfile &p : store->profiles())
            names << p.name;
    }
    ConnectionDialog dialog(names, m_servers->credentials()->keychainState()
                                       != CredentialBroker::KeychainState::Unavailable, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile profile = dialog.profile();
    m_servers->saveProfile({}, profile, dialog.password(), dialog.saveInKeychain(), dialog.sslPassword());
    const QString key = ConnectionListModel::profileKey(profile.name);
    setCurrentKey(key);
    m_servers->connectTo(key);
}

void ConnectionSidebar::editConnection()
{
    if (!currentServer().isEmpty())
        return;
    const QString key = currentKey();
    const std::optional<ConnectionProfile> old = m_servers->model()->profile(key);
    if (!old)
        return;
    QStringList names;
    if (ProfileStore *store = m_servers->profileStore()) {
        for (const ConnectionProfile &p : store->profiles())
            names << p.name;
    }
    ConnectionDialog dialog(names, m_servers->credentials()->keychainState()
                                       != CredentialBroker::KeychainState::Unavailable, this);
    dialog.setProfile(*old);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile profile = dialog.profile();
    const bool wasActive = m_servers->isActive(key);
    m_servers->saveProfile(old->name, profile, dialog.password(), dialog.saveInKeychain(), dialog.sslPassword());
    const QString newKey = ConnectionListModel::profileKey(profile.name);
    setCurrentKey(newKey);
    if (wasActive && (profile != *old || !dialog.password().isEmpty() || !dialog.sslPassword().isEmpty())) {
        // Settings changed: reconnect with them.
        m_servers->disconnectFrom(newKey);
        m_servers->connectTo(newKey);
    }
}

void ConnectionSidebar::removeConnection()
{
    const QString key = currentKey();
    if (key.isEmpty() || !currentServer().isEmpty())
        return;
    const ConnectionListModel *model = m_servers->model();
    if (model->profile(key)) {
        const QString name = model->data(model->indexForKey(key), ConnectionListModel::NameRole).toString();
        const auto answer = QMessageBox::question(
            this, tr("Remove connection"),
            tr("Remove the saved connection “%1” and its stored password?").arg(name));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_servers->remove(key);
}

void ConnectionSidebar::toggleConnection()
{
    const QString key = currentKey();
    if (key.isEmpty() || !currentServer().isEmpty())
        return;
    const ConnectionState state = m_servers->model()->status(key).state;
    if (m_servers->isActive(key) && state != ConnectionState::Failed)
        m_servers->disconnectFrom(key);
    else
        m_servers->connectTo(key);
    updateActions();
}

} // namespace dbpulse
