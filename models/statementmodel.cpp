#include "models/statementmodel.h"

#include "models/theme.h"

#include <QColor>
#include <QLocale>

namespace dbpulse {

namespace {
constexpr int ShortTextLength = 200;
constexpr int TooltipLength = 2000;

QString formatMs(double ms)
{
    if (ms >= 1000)
        return QLocale().toString(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
    return QLocale().toString(ms, 'f', ms < 10 ? 2 : 1) + QStringLiteral(" ms");
}
} // namespace

StatementModel::StatementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int StatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementModel::sortValue(const Row &row, int column) const
{
    const StatementRangeRow &f = row.figures;
    switch (column) {
    case QueryColumn:
        return row.shortText;
    case CallsColumn:
        return f.calls;
    case TotalColumn:
        return f.totalMs;
    case MeanColumn:
        return f.meanMs();
    case P95Column:
        return f.p95Ms;
    case P99Column:
        return f.p99Ms;
    case RowsColumn:
        return f.rows;
    case CacheHitColumn: {
        const qint64 blocks = f.blksHit + f.blksRead;
        return blocks > 0 ? double(f.blksHit) / double(blocks) : -1.0;
    }
    case DatabaseColumn:
        return f.database;
    case UsersColumn:
        return f.users.join(QStringLiteral(", "));
    }
    return {};
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case QueryColumn:
            return row.shortText.isEmpty() ? tr("(query %1 — text not loaded)").arg(row.figures.queryId)
                                           : row.shortText;
        case DatabaseColumn:
        case UsersColumn:
            return sortValue(row, column);
        case CallsColumn:
        case RowsColumn:
            return QLocale().toString(sortValue(row, column).toLongLong());
        case TotalColumn:
        case MeanColumn:
        case P95Column:
        case P99Column:
            return formatMs(sortValue(row, column).toDouble());
        case CacheHitColumn: {
            const double ratio = sortValue(row, column).toDouble();
            return ratio < 0 ? QStringLiteral("—") : QLocale().toString(ratio * 100.0, 'f', 1) + QLatin1Char('%');
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (column == QueryColumn && !row.text.isEmpty())
            return row.text.left(TooltipLength);
        if (column == P95Column || column == P99Column)
            return tr("Estimated for the range: each stored interval (or minute, or hour) is fitted "
                      "with its mean and variance, and the percentile is taken from their mix, weighted by calls");
        return {};
    case Qt::TextAlignmentRole:
        return column == QueryColumn || column == DatabaseColumn || column == UsersColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (row.figures.meanMs() >= m_slowMs)
            return theme::color(ThemeRole::CriticalBackground);
        return {};
    case SortRole:
        return sortValue(row, column);
    case QueryIdRole:
        return row.figures.queryId;
    case SlowRole:
        return row.figures.meanMs() >= m_slowMs;
    case FullTextRole:
        return row.text;
    case DatabaseRole:
        return row.figures.database;
    }
    return {};
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueryColumn:
        return tr("Query");
    case CallsColumn:
        return tr("Calls");
    case TotalColumn:
        return tr("Total time");
    case MeanColumn:
        return tr("Mean");
    case P95Column:
        return tr("p95 (est.)");
    case P99Column:
        return tr("p99 (est.)");
    case RowsColumn:
        return tr("Rows");
    case CacheHitColumn:
        return tr("Cache hit");
    case DatabaseColumn:
        return tr("Database");
    case UsersColumn:
        return tr("Users");
    }
    return {};
}

void StatementModel::setText(Row &row) const
{
    const auto text = m_texts.constFind(row.figures.queryId);
    if (text == m_texts.constEnd())
        return;
    row.text = *text;
    // One line in the table however long or multi-line the statement is.
    row.shortText = text->left(ShortTextLength * 4).simplified().left(ShortTextLength);
}

void StatementModel::setRows(const QList<StatementRangeRow> &rows)
{
    QHash<Key, const StatementRangeRow *> wanted;
    wanted.reserve(rows.size());
    for (const StatementRangeRow &r : rows)
        wanted.insert(Key{r.queryId, r.dbId}, &r);
    // Rows that left the range go first (from the end, so the indexes before stay valid).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(Key{m_rows.at(row).figures.queryId, m_rows.at(row).figures.dbId}))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        const Key key{r.figures.queryId, r.figures.dbId};
        m_rowOf.insert(key, row);
        r.figures = *wanted.value(key);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CallsColumn), index(int(m_rows.size()) - 1, ColumnCount - 1));
    QList<Row> fresh;
    for (const StatementRangeRow &r : rows) {
        if (m_rowOf.contains(Key{r.queryId, r.dbId}))
            continue;
        Row row;
        row.figures = r;
        setText(row);
        fresh << row;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Row &row : std::as_const(fresh)) {
        m_rowOf.insert(Key{row.figures.queryId, row.figures.dbId}, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void StatementModel::setQueryTexts(const QHash<qint64, QString> &texts)
{
    for (auto t = texts.cbegin(); t != texts.cend(); ++t)
        m_texts.insert(t.key(), t.value());
    // A queryid may be a row in several databases: each gets the text.
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (!texts.contains(r.figures.queryId))
            continue;
        setText(r);
        const QModelIndex cell = index(row, QueryColumn);
        Q_EMIT dataChanged(cell, cell);
    }
}

QList<qint64> StatementModel::takeMissingTextIds()
{
    QList<qint64> ids;
    for (const Row &row : std::as_const(m_rows)) {
        const qint64 id = row.figures.queryId;
        if (row.text.isEmpty() && !m_asked.contains(id)) {
            ids.append(id);
            m_asked.insert(id);
        }
    }
    return ids;
}

void StatementModel::setSlowThresholdMs(double ms)
{
    if (qFuzzyCompare(ms, m_slowMs))
        return;
    m_slowMs = ms;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, SlowRole});
}

void StatementModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_asked.clear();
    m_texts.clear();
    endResetModel();
}

} // namespace dbpulse
