#include "models/findingmodel.h"

#include <QColor>

namespace dbpulse {

namespace {

// internalId 0 marks a group row; a finding row stores its group's row + 1.
constexpr quintptr groupId = 0;

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return QColor(0xc0, 0x39, 0x2b);
    case Severity::Warning:
        return QColor(0xd3, 0x6b, 0x00);
    case Severity::Info:
        return QColor(0x29, 0x80, 0xb9);
    case Severity::Ok:
        return QColor(0x27, 0xae, 0x60);
    }
    return {};
}

} // namespace

FindingModel::FindingModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FindingModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_groups.clear();
    for (Severity s : {Severity::Critical, Severity::Warning, Severity::Info, Severity::Ok}) {
        Group g{s, {}};
        for (const Finding &f : findings) {
            if (f.severity == s)
                g.findings << f;
        }
        if (!g.findings.isEmpty())
            m_groups << g;
    }
    endResetModel();
}

void FindingModel::clear()
{
    setFindings({});
}

const Finding *FindingModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupId)
        return nullptr;
    const int group = int(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).findings.size())
        return nullptr;
    return &m_groups.at(group).findings.at(index.row());
}

QModelIndex FindingModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupId && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).findings.size());
    return 0;
}

int FindingModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupId) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == CheckColumn
                ? QStringLiteral("%1 (%2)").arg(severityName(g.severity).toUpper()).arg(g.findings.size())
                : QVariant();
        case Qt::ForegroundRole:
            return severityColor(g.severity);
        case SeverityRole:
            return int(g.severity);
        default:
            return {};
        }
    }
    const Finding *f = finding(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CheckColumn:
            return f->check;
        case ObjectColumn:
            return f->object;
        case DetailColumn:
            return f->detail;
        case ValueColumn:
            return f->value;
        case ThresholdColumn:
            return f->threshold;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return index.column() == CheckColumn ? QVariant(severityColor(f->severity)) : QVariant();
    case SeverityRole:
        return int(f->severity);
    case FixRole:
        return f->fix;
    default:
        return {};
    }
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
