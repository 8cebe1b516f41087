#pragma once

#include "core/db/sessionadmin.h"

#include <QAbstractTableModel>

namespace dbpulse {

/// \brief Client sessions of a server (pg_stat_activity) for the Queries page's sessions table.
/// Replaced wholesale on each refresh; rows keyed by pid. GUI thread.
class BackendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PidColumn, UserColumn, DatabaseColumn, ApplicationColumn, StateColumn,
                  WaitColumn, DurationColumn, QueryColumn, ColumnCount };
    enum Role { PidRole = Qt::UserRole + 1, FullQueryRole, SortRole, BackendStartRole };

    explicit BackendModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSessions(const QList<BackendRow> &rows);
    const BackendRow *sessionAt(int row) const;

private:
    QList<BackendRow> m_rows;
};

} // namespace dbpulse
