#include "models/databasebreakdownmodel.h"

#include "core/io/datasize.h"
#include "models/metricshistory.h"
#include "models/serverregistry.h"

#include <QFont>
#include <QLocale>

namespace dbpulse {

QList<DatabaseBreakdownRow> databaseBreakdown(const ServerRegistry &servers, const ServerGroup &group)
{
    const QString figuresKey = serverFiguresKey(servers, group);
    if (figuresKey.isEmpty())
        return {};
    const MetricsSample &sample = servers.metricsHistory(figuresKey)->latest();
    const QMap<QString, qint64> sizes = servers.serverInfo(figuresKey).databaseSizes;
    QList<DatabaseBreakdownRow> rows;
    for (const DatabaseActivity &d : sample.server.databases) {
        DatabaseBreakdownRow row;
        row.name = d.name;
        row.connections = d.connections;
        row.transactionsPerSecond = d.transactionsPerSecond;
        row.cacheHit = d.cacheHit;
        row.sizeBytes = sizes.value(d.name, -1);
        for (const QString &key : group.keys) {
            const MetricsHistory *history = servers.metricsHistory(key);
            if (!history || history->isEmpty() || history->latest().database != d.name)
                continue;
            // Its own monitor leaves its own session's commits out; the server's list cannot.
            const MetricsSample &own = history->latest();
            row.monitored = true;
            row.transactionsPerSecond = own.gap ? std::nullopt : std::optional<double>(own.rates.transactionsPerSecond);
        }
        rows.append(row);
    }
    return rows;
}

int DatabaseBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatabaseBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatabaseBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatabaseBreakdownRow &row = m_rows.at(index.row());
    const QLocale locale;
    const QString dash = QStringLiteral("—");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ConnectionsColumn:
            return row.connections;
        case TransactionsColumn:
            return row.transactionsPerSecond ? locale.toString(*row.transactionsPerSecond, 'f', 1) : dash;
        case CacheHitColumn:
            return row.cacheHit ? locale.toString(*row.cacheHit * 100.0, 'f', 1) + QLatin1Char('%') : dash;
        case SizeColumn:
            return row.sizeBytes >= 0 ? formatDataSize(row.sizeBytes, locale) : dash;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case ConnectionsColumn:
            return row.connections;
        case TransactionsColumn:
            return row.transactionsPerSecond.value_or(-1.0);
        case CacheHitColumn:
            return row.cacheHit.value_or(-1.0);
        case SizeColumn:
            return row.sizeBytes;
        default:
            return row.name;
        }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (row.monitored && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && row.monitored)
            return tr("Monitored here: its transactions/s leave DB Pulse's own session out");
        if (index.column() == CacheHitColumn)
            return tr("Blocks found in shared buffers, of all its relations (tables, indexes, catalogs)");
        if (index.column() == SizeColumn)
            return tr("Read when DB Pulse connected");
        return {};
    default:
        return {};
    }
}

QVariant DatabaseBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Database");
    case ConnectionsColumn:
        return tr("Connections");
    case TransactionsColumn:
        return tr("Transactions/s");
    case CacheHitColumn:
        return tr("Cache hit (all blocks)");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

void DatabaseBreakdownModel::setRows(const QList<DatabaseBreakdownRow> &rows)
{
    bool sameNames = rows.size() == m_rows.size();
    for (int i = 0; sameNames && i < rows.size(); ++i)
        sameNames = rows.at(i).name == m_rows.at(i).name;
    if (!sameNames) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows; // new figures only: a view keeps its selection and scroll position
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace dbpulse
