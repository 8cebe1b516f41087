#pragma once

#include "models/servergroups.h"

#include <QAbstractTableModel>
#include <optional>

namespace dbpulse {

class ServerRegistry;

/// \brief One database in a server view's breakdown. Value type.
struct DatabaseBreakdownRow
{
    QString name;
    bool monitored = false;                      ///< a connection of the group targets it
    int connections = 0;
    std::optional<double> transactionsPerSecond; ///< absent in a gap
    std::optional<double> cacheHit;              ///< all its blocks, 0…1
    qint64 sizeBytes = -1;                       ///< -1: not readable by the role
};

/// The databases of \a group's server from the newest server figures (serverFiguresKey()): a
/// monitored database's transactions/s are its own connection's, which leave DB Pulse's session
/// out; the others' are the server's per-database list. Sizes are those read at connect.
QList<DatabaseBreakdownRow> databaseBreakdown(const ServerRegistry &servers, const ServerGroup &group);

/// \brief The server view's per-database table: connections, transactions/s, cache hit and size
/// of every database of the server. GUI thread.
class DatabaseBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ConnectionsColumn, TransactionsColumn, CacheHitColumn, SizeColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 }; ///< the figures as numbers (-1 when unknown)

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<DatabaseBreakdownRow> &rows);
    const QList<DatabaseBreakdownRow> &rows() const { return m_rows; }

private:
    QList<DatabaseBreakdownRow> m_rows;
};

} // namespace dbpulse
