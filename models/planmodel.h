#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace dbpulse {

/// \brief An EXPLAIN (FORMAT JSON) plan as a tree: node, estimated and actual rows, the
/// misestimate factor and time. Nodes whose row estimate is off by 10× or more are highlighted
/// (only after ANALYZE, when actual rows exist). GUI thread.
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NodeColumn, EstimatedRowsColumn, ActualRowsColumn, FactorColumn, TimeColumn,
                  CostColumn, ColumnCount };
    enum Role { MisestimateRole = Qt::UserRole + 1 }; ///< bool, on every column

    /// Estimates this far off (either way) are marked.
    static constexpr double MisestimateFactor = 10.0;

    explicit PlanModel(QObject *parent = nullptr);
    ~PlanModel() override;

    /// Replaces the plan; returns false (and shows nothing) when \a json is not an EXPLAIN result.
    bool setPlanJson(const QString &json);
    void clear();
    bool isAnalyzed() const { return m_analyzed; }
    double executionMs() const { return m_executionMs; }
    int misestimateCount() const { return m_misestimates; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Node
    {
        QString label;           ///< "Seq Scan on orders", "Hash Join"…
        QString detail;          ///< filter / condition, for the tooltip
        double planRows = 0;
        double actualRows = -1;  ///< per loop × loops; -1 without ANALYZE
        double totalMs = -1;     ///< actual total time × loops
        double cost = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        double factor() const;   ///< ≥ 1: how far the estimate was off, 0 unknown
    };

private:
    const Node *node(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root; // invisible root holding the top plan node
    bool m_analyzed = false;
    double m_executionMs = -1;
    int m_misestimates = 0;
};

} // namespace dbpulse
