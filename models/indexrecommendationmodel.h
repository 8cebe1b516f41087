#pragma once

#include "core/advisor/indexrecommendation.h"

#include <QAbstractTableModel>

namespace dbpulse {

/// \brief Index advice as a table: priority, kind, table, columns, index, benefit. GUI thread.
class IndexRecommendationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PriorityColumn, KindColumn, TableColumn, ColumnsColumn, IndexColumn, BenefitColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< priority by rank; other columns their text
        KindRole,                    ///< the kind's name as reports spell it ("fk_unindexed")
        KeyRole,                     ///< the advice's identity across runs
    };

    /// "Foreign key without index" for fk_unindexed: what the page shows; reports keep kindName().
    static QString kindLabel(IndexRecommendation::Kind kind);
    static QString priorityLabel(IndexRecommendation::Priority priority);

    explicit IndexRecommendationModel(QObject *parent = nullptr);

    void setRecommendations(const IndexRecommendations &list);
    void clear();
    const IndexRecommendation *recommendation(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IndexRecommendations m_items;
};

} // namespace dbpulse
