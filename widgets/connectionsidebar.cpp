#include "widgets/connectionsidebar.h"

#include "core/credentials/credentialbroker.h"
#include "core/db/profilestore.h"
#include "models/connectionlistmodel.h"
#include "models/serverregistry.h"
#include "widgets/connectiondelegate.h"
#include "widgets/connectiondialog.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace dbpulse {

ConnectionSidebar::ConnectionSidebar(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_view(new QListView(this))
    , m_add(new QAction(tr("&New Connection…"), this))
    , m_edit(new QAction(tr("&Edit Connection…"), this))
    , m_remove(new QAction(tr("&Remove Connection"), this))
    , m_connect(new QAction(tr("&Connect"), this))
{
    setObjectName(QStringLiteral("connectionSidebar"));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_add->setShortcut(QKeySequence::New);
    m_edit->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_connect->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));

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

    m_view->setModel(servers->model());
    m_view->setItemDelegate(new ConnectionDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_connect, m_edit, m_remove});
    m_view->setUniformItemSizes(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->addWidget(title);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);

    connect(m_add, &QAction::triggered, this, &ConnectionSidebar::addConnection);
    connect(m_edit, &QAction::triggered, this, &ConnectionSidebar::editConnection);
    connect(m_remove, &QAction::triggered, this, &ConnectionSidebar::removeConnection);
    connect(m_connect, &QAction::triggered, this, &ConnectionSidebar::toggleConnection);
    connect(m_view, &QListView::doubleClicked, this, [this] {
        if (!m_servers->isActive(currentKey()))
            toggleConnection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT currentKeyChanged(currentKey());
    });
    connect(servers, &ServerRegistry::statusChanged, this, &ConnectionSidebar::updateActions);
    connect(servers->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
    });
    if (m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
    updateActions();
}

QString ConnectionSidebar::currentKey() const
{
    return m_view->currentIndex().data(ConnectionListModel::KeyRole).toString();
}

void ConnectionSidebar::setCurrentKey(const QString &key)
{
    const QModelIndex index = m_servers->model()->indexForKey(key);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ConnectionSidebar::updateActions()
{
    const QString key = currentKey();
    const ConnectionListModel *model = m_servers->model();
    const bool any = !key.isEmpty();
    const bool isProfile = any && model->profile(key).has_value();
    m_edit->setEnabled(isProfile);
    m_remove->setEnabled(any);
    m_connect->setEnabled(any && model->hasTarget(key));
    const ConnectionState state = model->status(key).state;
    const bool active = m_servers->isActive(key) && state != ConnectionState::Failed;
    m_connect->setText(active ? tr("&Disconnect") : tr("&Connect"));
    m_connect->setIcon(style()->standardIcon(active ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
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
    if (key.isEmpty())
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
    if (key.isEmpty())
        return;
    const ConnectionState state = m_servers->model()->status(key).state;
    if (m_servers->isActive(key) && state != ConnectionState::Failed)
        m_servers->disconnectFrom(key);
    else
        m_servers->connectTo(key);
    updateActions();
}

} // namespace dbpulse
