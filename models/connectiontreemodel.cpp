#include "models/connectiontreemodel.h"

#include "core/db/connectionstate.h"
#include "models/connectionlistmodel.h"
#include "models/serverregistry.h"
#include "models/statustext.h"

#include <QTimer>

namespace dbpulse {

namespace {
constexpr int RegroupDelayMs = 100;

bool sameGroups(const QList<ServerGroup> &a, const QList<ServerGroup> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || a.at(i).keys != b.at(i).keys || a.at(i).title != b.at(i).title)
            return false;
    }
    return true;
}
} // namespace

ConnectionTreeModel::ConnectionTreeModel(ServerRegistry *servers, QObject *parent)
    : QAbstractItemModel(parent)
    , m_servers(servers)
    , m_regroupTimer(new QTimer(this))
{
    ConnectionListModel *source = servers->model();
    connect(source, &QAbstractItemModel::rowsInserted, this, &ConnectionTreeModel::regroup);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &ConnectionTreeModel::regroup);
    connect(source, &QAbstractItemModel::modelReset, this, &ConnectionTreeModel::regroup);
    connect(source, &QAbstractItemModel::dataChanged, this, &ConnectionTreeModel::sourceChanged);
    // Fifty saved servers connecting at startup learn their server one by one, and each may
    // move rows (a reset, and the view lays out again): once per interval serves them all.
    m_regroupTimer->setSingleShot(true);
    m_regroupTimer->setInterval(RegroupDelayMs);
    connect(m_regroupTimer, &QTimer::timeout, this, &ConnectionTreeModel::regroup);
    connect(servers, &ServerRegistry::serverInfoChanged, this, [this] {
        if (!m_regroupTimer->isActive())
            m_regroupTimer->start();
    });
    regroup();
}

void ConnectionTreeModel::regroup()
{
    m_regroupTimer->stop(); // rows inserted or removed regroup at once, and for what was pending
    QStringList keys;
    const ConnectionListModel *source = m_servers->model();
    for (int row = 0; row < source->rowCount(); ++row)
        keys << source->keyAt(row);
    const QList<ServerGroup> groups = groupServers(*m_servers, keys);
    if (sameGroups(groups, m_groups))
        return; // most server info updates move nothing: keep the view's selection and expansion
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void ConnectionTreeModel::sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const ConnectionListModel *source = m_servers->model();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex i = indexForKey(source->keyAt(row));
        if (!i.isValid())
            continue;
        Q_EMIT dataChanged(i, i);
        if (i.parent().isValid()) // a server row shows its connections' state
            Q_EMIT dataChanged(i.parent(), i.parent());
    }
}

QModelIndex ConnectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    const ServerGroup &group = m_groups.at(parent.row());
    if (!group.isGroup() || row >= group.keys.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex ConnectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ConnectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    const ServerGroup &group = m_groups.at(parent.row());
    return group.isGroup() ? int(group.keys.size()) : 0;
}

int ConnectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ConnectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    QString key;
    if (index.internalId() == 0) {
        const ServerGroup &group = m_groups.at(index.row());
        if (group.isGroup())
            return groupData(group, role);
        key = group.keys.first();
    } else {
        key = m_groups.at(int(index.internalId() - 1)).keys.value(index.row());
    }
    if (role == ServerGroupRole)
        return QString();
    const ConnectionListModel *source = m_servers->model();
    // Under its server an ad-hoc connection's long "user@host:port/db" name is just its database;
    // a profile keeps the name it was given.
    if (index.internalId() != 0 && (role == Qt::DisplayRole || role == ConnectionListModel::NameRole)
        && source->data(source->indexForKey(key), ConnectionListModel::AdHocRole).toBool()) {
        const QString database = m_servers->serverInfo(key).database;
        if (!database.isEmpty())
            return database;
    }
    return source->data(source->indexForKey(key), role);
}

QVariant ConnectionTreeModel::groupData(const ServerGroup &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case ConnectionListModel::NameRole:
        return tr("Server %1").arg(group.title);
    case ConnectionListModel::LabelRole:
        return group.title;
    case ServerGroupRole:
        return group.id;
    case ConnectionListModel::KeyRole:
        return QString();
    case ConnectionListModel::StateRole: {
        // The server is as reachable as its best connection.
        ConnectionState best = ConnectionState::Disconnected;
        for (const QString &key : group.keys) {
            const ConnectionState state = m_servers->status(key).state;
            if (state == ConnectionState::Connected || (state == ConnectionState::Reconnecting
                                                        && best != ConnectionState::Connected))
                best = state;
        }
        return int(best);
    }
    case Qt::DecorationRole:
        return stateColor(ConnectionState(groupData(group, ConnectionListModel::StateRole).toInt()));
    case ConnectionListModel::StatusTextRole:
    case Qt::ToolTipRole: {
        const ServerInfo info = m_servers->serverInfo(group.keys.first());
        const QString version = (info.product + QLatin1Char(' ') + info.version).trimmed();
        return tr("%n database(s)", nullptr, int(group.keys.size()))
               + (version.isEmpty() ? QString() : QStringLiteral(" · ") + version);
    }
    default:
        return {};
    }
}

QModelIndex ConnectionTreeModel::indexForKey(const QString &key) const
{
    if (key.isEmpty())
        return {};
    for (int row = 0; row < m_groups.size(); ++row) {
        const ServerGroup &group = m_groups.at(row);
        const int at = int(group.keys.indexOf(key));
        if (at < 0)
            continue;
        return group.isGroup() ? index(at, 0, index(row, 0)) : index(row, 0);
    }
    return {};
}

QModelIndex ConnectionTreeModel::indexForGroup(const QString &groupId) const
{
    if (groupId.isEmpty())
        return {};
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == groupId)
            return index(row, 0);
    }
    return {};
}

} // namespace dbpulse
