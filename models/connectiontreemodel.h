#pragma once

#include "models/servergroups.h"

#include <QAbstractItemModel>

class QTimer;

namespace dbpulse {

class ServerRegistry;

/// \brief The sidebar's tree: the connection list (ConnectionListModel's rows and roles), with
/// the connections to databases of one server under a row for that server (see groupServers()).
/// A connection alone on its server stays a top-level row. GUI thread.
///
/// Server rows answer NameRole (“Server host:port”), LabelRole, StateRole (the best of their
/// connections'), StatusTextRole and ServerGroupRole; their KeyRole is empty.
class ConnectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        ServerGroupRole = Qt::UserRole + 100, ///< the server row's group id; empty for a connection
    };

    explicit ConnectionTreeModel(ServerRegistry *servers, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexForKey(const QString &key) const;
    QModelIndex indexForGroup(const QString &groupId) const;
    const QList<ServerGroup> &groups() const { return m_groups; }

private:
    /// Regroups when a connection came, went or learned which server it is on.
    void regroup();
    void sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    QVariant groupData(const ServerGroup &group, int role) const;

    ServerRegistry *m_servers;
    QList<ServerGroup> m_groups; // one per top-level row
    QTimer *m_regroupTimer;      // regroups for server info, at most once per interval
};

} // namespace dbpulse
