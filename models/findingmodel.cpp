#include "models/findingmodel.h"

#include "core/health/checklabels.h"
#include "core/health/healthproblem.h"
#include "models/theme.h"

#include <QColor>

namespace dbpulse {

/// A row: a status group, a problem of several findings, or one finding (alone or a part).
struct FindingModel::Node
{
    enum class Kind { Group, Problem, Finding };
    Kind kind = Kind::Group;
    Node *parent = nullptr;
    int row = 0;
    QList<Node *> children;
    Finding finding;     ///< a finding row's finding; a problem row's lead
    int rank = 0;        ///< statusRank() of the group
    QStringList checks;  ///< a problem row's checks, dead_tuples and autovacuum_lag
    int parts = 1;
};

namespace {

QColor statusColor(const Finding &f)
{
    if (f.isNotChecked())
        return theme::color(ThemeRole::SecondaryText);
    switch (f.severity) {
    case Severity::Critical:
        return theme::color(ThemeRole::CriticalText);
    case Severity::Warning:
        return theme::color(ThemeRole::WarningText);
    case Severity::Info:
        return theme::color(ThemeRole::InfoText);
    case Severity::Ok:
        return theme::color(ThemeRole::OkText);
    }
    return {};
}

QString groupTitle(const Finding &sample)
{
    if (sample.isNotChecked())
        return FindingModel::tr("NOT CHECKED");
    return severityName(sample.severity).toUpper();
}

} // namespace

FindingModel::FindingModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

FindingModel::~FindingModel() = default;

void FindingModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_root->children.clear();
    m_nodes.clear();
    const auto add = [this](Node *parent, Node::Kind kind, const Finding &f) {
        auto n = std::make_unique<Node>();
        n->kind = kind;
        n->parent = parent;
        n->row = int(parent->children.size());
        n->finding = f;
        n->rank = statusRank(f);
        parent->children << n.get();
        m_nodes.push_back(std::move(n));
        return parent->children.last();
    };
    const QList<HealthProblem> problems = groupProblems(findings);
    for (int rank = 4; rank >= 0; --rank) {
        Node *group = nullptr;
        for (const HealthProblem &p : problems) {
            if (statusRank(p.lead()) != rank)
                continue;
            if (!group)
                group = add(m_root.get(), Node::Kind::Group, p.lead());
            if (!p.isGroup()) {
                add(group, Node::Kind::Finding, p.lead());
                continue;
            }
            Node *problem = add(group, Node::Kind::Problem, p.lead());
            problem->checks = p.checkNames();
            problem->parts = int(p.parts.size());
            for (const Finding &part : p.parts)
                add(problem, Node::Kind::Finding, part);
        }
    }
    endResetModel();
}

void FindingModel::clear()
{
    setFindings({});
}

FindingModel::Node *FindingModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

const Finding *FindingModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Node *n = node(index);
    return n->kind == Node::Kind::Group ? nullptr : &n->finding;
}

QModelIndex FindingModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, node(parent)->children.at(row));
}

QModelIndex FindingModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = node(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int FindingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingModel::groupData(const Node &n, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == CheckColumn ? QStringLiteral("%1 (%2)").arg(groupTitle(n.finding)).arg(n.children.size()) : QVariant();
    case Qt::ForegroundRole:
        return statusColor(n.finding);
    case SeverityRole:
        return int(n.finding.severity);
    case StatusRole:
    case KeyRole:
        return statusName(n.finding);
    default:
        return {};
    }
}

QVariant FindingModel::findingData(const Node &n, int column, int role) const
{
    const Finding &f = n.finding;
    const bool problem = n.kind == Node::Kind::Problem;
    const QStringList checks = problem ? n.checks : QStringList{f.check};
    if (role == Qt::ToolTipRole && column == CheckColumn)
        return tr("%1 (%2 in reports and --checks)").arg(checkLabels(checks), checks.join(QStringLiteral(" + ")));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case CheckColumn:
            return checkLabels(checks);
        case ObjectColumn:
            return f.object;
        case DetailColumn:
            if (problem)
                return tr("One problem seen by %1 checks, counted once at its worst (%2)").arg(n.parts).arg(severityName(f.severity));
            return f.detail; // a transient finding's detail says so itself
        case ValueColumn:
            if (f.isNotChecked() && f.value.isEmpty())
                return tr("not checked (%1)").arg(notCheckedName(f.notChecked));
            return problem ? QVariant() : QVariant(f.value);
        case ThresholdColumn:
            return problem ? QVariant() : QVariant(f.threshold);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return column == CheckColumn ? QVariant(statusColor(f)) : QVariant();
    case SeverityRole:
        return int(f.severity);
    case StatusRole:
        return statusName(f);
    case PartsRole:
        return n.parts;
    case CheckRole:
        return checks.join(QStringLiteral(" + "));
    case KeyRole:
        return QStringList{n.parent && n.parent->kind == Node::Kind::Problem ? QStringLiteral("part") : QString(),
                           checks.join(QLatin1Char('+')), f.object}
            .join(QChar(0x1f));
    case FixRole:
        return f.fix;
    default:
        return {};
    }
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = *node(index);
    return n.kind == Node::Kind::Group ? groupData(n, index.column(), role) : findingData(n, index.column(), role);
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case ObjectColumn:
        return tr("Object");
    case DetailColumn:
        return tr("Detail");
    case ValueColumn:
        return tr("Value");
    case ThresholdColumn:
        return tr("Threshold");
    default:
        return {};
    }
}

} // namespace dbpulse
