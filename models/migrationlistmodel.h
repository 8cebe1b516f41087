#pragma once

#include "core/migrations/migrationrunner.h"

#include <QAbstractTableModel>

namespace dbpulse {

/// \brief Migrations of one folder against one database: version, description, state, applied at.
/// Filled from a MigrationReport's status rows. GUI thread.
class MigrationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, DescriptionColumn, StateColumn, AppliedAtColumn, ColumnCount };
    enum Role { ScriptRole = Qt::UserRole + 1, StateRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<MigrationStatusRow> &rows);
    const QList<MigrationStatusRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MigrationStatusRow> m_rows;
};

} // namespace dbpulse
