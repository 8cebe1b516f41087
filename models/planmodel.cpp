#include "models/planmodel.h"

#include "models/theme.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace dbpulse {

namespace {

// EXPLAIN's own words ("Index Scan using orders_pkey on orders", "Filter", "Sort Key"): PostgreSQL
// prints them in English whatever lc_messages says, and DBAs read and search plans in them, so the
// node labels and keys stay untranslated.
QString nodeLabel(const QJsonObject &plan)
{
    QString label = plan.value(QLatin1String("Node Type")).toString();
    const QString relation = plan.value(QLatin1String("Relation Name")).toString();
    const QString index = plan.value(QLatin1String("Index Name")).toString();
    if (!index.isEmpty())
        label += QStringLiteral(" using ") + index;
    if (!relation.isEmpty())
        label += QStringLiteral(" on ") + relation;
    const QString join = plan.value(QLatin1String("Join Type")).toString();
    if (!join.isEmpty() && join != QLatin1String("Inner"))
        label = join + QLatin1Char(' ') + label;
    return label;
}

QString nodeDetail(const QJsonObject &plan)
{
    QStringList parts;
    for (const char *key : {"Filter", "Index Cond", "Hash Cond", "Merge Cond", "Join Filter", "Recheck Cond", "Sort Key"}) {
        const QJsonValue v = plan.value(QLatin1String(key));
        if (v.isString())
            parts << QStringLiteral("%1: %2").arg(QLatin1String(key), v.toString());
        else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items << item.toString();
            parts << QStringLiteral("%1: %2").arg(QLatin1String(key), items.join(QStringLiteral(", ")));
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

double PlanModel::Node::factor() const
{
    if (actualRows < 0)
        return 0;
    // A node that never ran (loops = 0) or rows of 0 vs 1 is not a meaningful misestimate.
    const double estimated = std::max(planRows, 1.0);
    const double actual = std::max(actualRows, 1.0);
    return std::max(estimated, actual) / std::min(estimated, actual);
}

PlanModel::PlanModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

PlanModel::~PlanModel() = default;

bool PlanModel::setPlanJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    const QJsonObject top = doc.array().at(0).toObject();
    const QJsonObject plan = top.value(QLatin1String("Plan")).toObject();
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_analyzed = top.contains(QLatin1String("Execution Time"));
    m_executionMs = top.value(QLatin1String("Execution Time")).toDouble(-1);
    m_misestimates = 0;
    if (!plan.isEmpty()) {
        // Iterative so a deep plan cannot overflow the stack.
        std::vector<std::pair<QJsonObject, Node *>> todo{{plan, m_root.get()}};
        while (!todo.empty()) {
            auto [object, parentNode] = todo.back();
            todo.pop_back();
            auto child = std::make_unique<Node>();
            child->label = nodeLabel(object);
            child->detail = nodeDetail(object);
            child->planRows = object.value(QLatin1String("Plan Rows")).toDouble();
            child->cost = object.value(QLatin1String("Total Cost")).toDouble();
            if (object.contains(QLatin1String("Actual Rows"))) {
                const double loops = object.value(QLatin1String("Actual Loops")).toDouble(1);
                // Plan Rows is per loop as well, so compare per loop; show totals.
                child->actualRows = object.value(QLatin1String("Actual Rows")).toDouble();
                child->totalMs = object.value(QLatin1String("Actual Total Time")).toDouble() * loops;
                if (loops == 0)
                    child->actualRows = -1; // never executed
            }
            if (child->factor() >= MisestimateFactor)
                ++m_misestimates;
            child->parent = parentNode;
            child->row = int(parentNode->children.size());
            Node *raw = child.get();
            parentNode->children.push_back(std::move(child));
            const QJsonArray plans = object.value(QLatin1String("Plans")).toArray();
            // Reversed so the stack pops children in plan order.
            for (qsizetype i = plans.size() - 1; i >= 0; --i)
                todo.emplace_back(plans.at(i).toObject(), raw);
        }
    }
    endResetModel();
    return !plan.isEmpty();
}

void PlanModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_analyzed = false;
    m_executionMs = -1;
    m_misestimates = 0;
    endResetModel();
}

const PlanModel::Node *PlanModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = node(parent);
    return createIndex(row, column, const_cast<Node *>(p->children.at(size_t(row)).get()));
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = node(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = node(index);
    const QLocale locale;
    const bool off = n->factor() >= MisestimateFactor;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn:
            return n->label;
        case EstimatedRowsColumn:
            return locale.toString(n->planRows, 'f', 0);
        case ActualRowsColumn:
            return n->actualRows < 0 ? QString() : locale.toString(n->actualRows, 'f', 0);
        case FactorColumn:
            return n->factor() > 0 ? QStringLiteral("%1×").arg(locale.toString(n->factor(), 'f', n->factor() < 10 ? 1 : 0))
                                   : QString();
        case TimeColumn:
            return n->totalMs < 0 ? QString() : locale.toString(n->totalMs, 'f', 3) + QStringLiteral(" ms");
        case CostColumn:
            return locale.toString(n->cost, 'f', 2);
        }
        return {};
    case Qt::ToolTipRole:
        if (off)
            return tr("Row estimate off by %1× — statistics may be stale (ANALYZE the table) or "
                      "columns correlated.\n%2").arg(qRound(n->factor())).arg(n->detail);
        return n->detail.isEmpty() ? QVariant() : QVariant(n->detail);
    case Qt::BackgroundRole:
        return off ? QVariant(theme::color(ThemeRole::CriticalBackground)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NodeColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case MisestimateRole:
        return off;
    }
    return {};
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Plan node");
    case EstimatedRowsColumn:
        return tr("Est. rows");
    case ActualRowsColumn:
        return tr("Actual rows");
    case FactorColumn:
        //: Column: how far the planner's row estimate is from the actual rows (a factor, "12×")
        return tr("Off by");
    case TimeColumn:
        return tr("Time");
    case CostColumn:
        return tr("Cost");
    }
    return {};
}

} // namespace dbpulse
