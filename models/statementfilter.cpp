#include "models/statementfilter.h"

#include "models/statementmodel.h"

namespace dbpulse {

StatementFilter::StatementFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void StatementFilter::setDatabase(const QString &database)
{
    if (database == m_database)
        return;
    m_database = database;
    invalidateRowsFilter();
}

bool StatementFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_database.isEmpty()) {
        const QModelIndex cell = sourceModel()->index(sourceRow, StatementModel::QueryColumn, sourceParent);
        if (cell.data(StatementModel::DatabaseRole).toString() != m_database)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace dbpulse
