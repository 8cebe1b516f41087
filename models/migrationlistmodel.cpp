#include "models/migrationlistmodel.h"

#include "models/theme.h"

#include <QBrush>
#include <QColor>

namespace dbpulse {

void MigrationListModel::setRows(const QList<MigrationStatusRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int MigrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MigrationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrationStatusRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn: return row.repeatable ? tr("repeatable") : row.version;
        case DescriptionColumn: return row.description;
        case StateColumn: return row.outOfOrder ? tr("%1 (out of order)").arg(row.state) : row.state;
        case AppliedAtColumn: return row.appliedAt.left(19);
        }
        return {};
    case Qt::ToolTipRole:
        if (row.state == QLatin1String("changed"))
            return tr("%1 was edited after it was applied").arg(row.script);
        if (row.state == QLatin1String("missing"))
            return tr("Applied, but its file is not in the folder");
        return row.script;
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        if (row.state == QLatin1String("changed") || row.state == QLatin1String("missing") || row.outOfOrder)
            return QBrush(theme::color(ThemeRole::CriticalText));
        if (row.state == QLatin1String("pending"))
            return QBrush(theme::color(ThemeRole::WarningText));
        return QBrush(theme::color(ThemeRole::OkText));
    case ScriptRole: return row.script;
    case StateRole: return row.state;
    }
    return {};
}

QVariant MigrationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case DescriptionColumn: return tr("Description");
    case StateColumn: return tr("State");
    case AppliedAtColumn: return tr("Applied at");
    }
    return {};
}

} // namespace dbpulse
