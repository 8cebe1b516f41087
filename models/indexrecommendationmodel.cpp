#include "models/indexrecommendationmodel.h"

#include "models/theme.h"

#include <QBrush>
#include <QColor>

namespace dbpulse {

QString IndexRecommendationModel::kindLabel(IndexRecommendation::Kind kind)
{
    switch (kind) {
    case IndexRecommendation::Kind::Missing: return tr("Missing index");
    case IndexRecommendation::Kind::Unused: return tr("Unused index");
    case IndexRecommendation::Kind::Duplicate: return tr("Duplicate index");
    case IndexRecommendation::Kind::Redundant: return tr("Redundant index");
    case IndexRecommendation::Kind::FkUnindexed: return tr("Foreign key without index");
    case IndexRecommendation::Kind::Invalid: return tr("Invalid index");
    case IndexRecommendation::Kind::Bloated: return tr("Bloated index");
    }
    return {};
}

QString IndexRecommendationModel::priorityLabel(IndexRecommendation::Priority priority)
{
    switch (priority) {
    case IndexRecommendation::Priority::High: return tr("High");
    case IndexRecommendation::Priority::Medium: return tr("Medium");
    case IndexRecommendation::Priority::Low: return tr("Low");
    }
    return {};
}

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
        case PriorityColumn: return priorityLabel(r.priority);
        case KindColumn: return kindLabel(r.kind);
        case TableColumn: return r.schema + QLatin1Char('.') + r.table;
        case ColumnsColumn: return r.columns.join(QLatin1String(", "));
        case IndexColumn: return r.index;
        case BenefitColumn: return r.estimatedBenefit;
        }
        return {};
    case Qt::ToolTipRole:
        // A cut benefit or name is read whole here, with the reason behind it.
        if (index.column() == BenefitColumn)
            return r.estimatedBenefit + QStringLiteral("\n\n") + r.reason;
        if (index.column() == TableColumn || index.column() == IndexColumn || index.column() == ColumnsColumn)
            return data(index, Qt::DisplayRole).toString() + QStringLiteral("\n\n") + r.reason;
        return r.reason;
    case SortRole:
        // Priorities sort by rank, not alphabetically ("high" before "low" before "medium").
        if (index.column() == PriorityColumn)
            return int(r.priority);
        return data(index, Qt::DisplayRole);
    case KindRole:
        return kindName(r.kind);
    case KeyRole:
        return QStringList{kindName(r.kind), r.schema, r.table, r.columns.join(QLatin1Char(',')), r.index, r.ddl}.join(QChar(0x1f));
    case Qt::ForegroundRole:
        if (index.column() == PriorityColumn && r.priority == IndexRecommendation::Priority::High)
            return QBrush(theme::color(ThemeRole::CriticalText));
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
