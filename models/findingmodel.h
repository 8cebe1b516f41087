#pragma once

#include "core/health/finding.h"

#include <QAbstractItemModel>
#include <QList>

namespace dbpulse {

/// \brief A doctor report's findings grouped by severity: top-level rows are the groups
/// ("Critical (2)", worst first, empty groups left out), their children the findings.
/// GUI thread.
class FindingModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { CheckColumn, ObjectColumn, DetailColumn, ValueColumn, ThresholdColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int(Severity), on group and finding rows
        FixRole,                         ///< the suggested SQL (finding rows)
    };

    explicit FindingModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    void clear();
    /// The finding at \a index, or nullptr for a group row / invalid index.
    const Finding *finding(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        Severity severity;
        QList<Finding> findings;
    };
    QList<Group> m_groups;
};

} // namespace dbpulse
