#pragma once

#include "core/health/finding.h"

#include <QAbstractItemModel>
#include <QList>
#include <memory>
#include <vector>

namespace dbpulse {

/// \brief A doctor report's findings grouped by status: top-level rows are the groups
/// ("CRITICAL (2)", "NOT CHECKED (4)", worst first, empty groups left out), their children the
/// problems. A problem several checks saw (one Finding::problem) is one row — its checks joined,
/// counted once — with its parts as children; a finding on its own is one row. GUI thread.
class FindingModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { CheckColumn, ObjectColumn, DetailColumn, ValueColumn, ThresholdColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int(Severity), on group and finding rows
        FixRole,                         ///< the suggested SQL (finding and problem rows)
        StatusRole,                      ///< "critical" … "not_checked" (statusName()), on every row
        PartsRole,                       ///< how many findings a row stands for (1 for a lone finding)
        CheckRole,                       ///< the check's name ("dead_tuples + autovacuum_lag" for a problem)
        KeyRole,                         ///< the row's identity across runs: its status, checks and object
    };

    explicit FindingModel(QObject *parent = nullptr);
    ~FindingModel() override;

    void setFindings(const QList<Finding> &findings);
    void clear();
    /// The finding at \a index — a problem row's lead (worst) finding — or nullptr for a group
    /// row / invalid index.
    const Finding *finding(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *node(const QModelIndex &index) const;
    QVariant groupData(const Node &n, int column, int role) const;
    QVariant findingData(const Node &n, int column, int role) const;

    std::unique_ptr<Node> m_root;
    std::vector<std::unique_ptr<Node>> m_nodes; ///< owns every node below the root
};

} // namespace dbpulse
