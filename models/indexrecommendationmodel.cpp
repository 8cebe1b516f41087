#include "models/indexrecommendationmodel.h"

#include <QBrush>
#include <QColor>

namespace dbpulse {

IndexRecommendationModel::IndexRecommendationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IndexRecommendationModel::setRecommendations(const IndexRecommendations &list)
{
    beginResetModel();
    m_items = list;
    endResetModel();
}

void IndexRecommendationModel::clear()
{
    setRecommendations({});
}

const IndexRecommendation *IndexRecommendationModel::recommendation(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int IndexRecommendationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int IndexRecommendationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndexRecommendationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndexRecommendation &r = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PriorityColumn: return priorityName(r.priority);
        case KindColumn: return kindName(r.kind);
        case TableColumn: return r.schema + QLatin1Char('.') + r.table;
        case ColumnsColumn: return r.columns.join(QLatin1String(", "));
        case IndexColumn: return r.index;
        case BenefitColumn: return r.estimatedBenefit;
        }
        return {};
    case Qt::ToolTipRole:
        return r.reason;
    case Qt::ForegroundRole:
        if (index.column() == PriorityColumn && r.priority == IndexRecommendation::Priority::High)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    }
    return {};
}

QVariant IndexRecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorityColumn: return tr("Priority");
    case KindColumn: return tr("Kind");
    case TableColumn: return tr("Table");
    case ColumnsColumn: return tr("Columns");
    case IndexColumn: return tr("Index");
    case BenefitColumn: return tr("Estimated benefit");
    }
    return {};
}

} // namespace dbpulse
