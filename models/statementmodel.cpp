#include "models/statementmodel.h"

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
    switch (column) {
    case QueryColumn:
        return row.shortText;
    case CallsColumn:
        return row.calls;
    case TotalColumn:
        return row.totalMs;
    case MeanColumn:
        return row.meanMs();
    case P95Column:
        return row.p95Ms;
    case RowsColumn:
        return row.rows;
    case CacheHitColumn: {
        const qint64 blocks = row.blksHit + row.blksRead;
        return blocks > 0 ? double(row.blksHit) / double(blocks) : -1.0;
    }
    case DatabaseColumn:
        return row.database;
    case UsersColumn:
        return row.users.join(QStringLiteral(", "));
    }
    return {};
}

namespace {
void addUsers(QStringList &users, const QStringList &more)
{
    for (const QString &u : more) {
        if (!users.contains(u))
            users.append(u);
    }
    users.sort();
}
} // namespace

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
            return row.shortText.isEmpty() ? tr("(query %1 — text not loaded)").arg(row.queryId)
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
        if (column == P95Column)
            return tr("Estimated from the newest interval's mean and variance");
        return {};
    case Qt::TextAlignmentRole:
        return column == QueryColumn || column == DatabaseColumn || column == UsersColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (row.meanMs() >= m_slowMs)
            return QColor(0xfd, 0xe2, 0xe1);
        return {};
    case SortRole:
        return sortValue(row, column);
    case QueryIdRole:
        return row.queryId;
    case SlowRole:
        return row.meanMs() >= m_slowMs;
    case FullTextRole:
        return row.text;
    case DatabaseRole:
        return row.database;
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

void StatementModel::addSample(const MetricsSample &sample)
{
    queueSample(sample);
    applyQueued();
}

void StatementModel::queueSample(const MetricsSample &sample)
{
    if (!sample.statementsAvailable || sample.statementsGap)
        return;
    for (const StatementInterval &s : sample.statements) {
        const Key key{s.queryId, s.dbId};
        auto it = m_queuedOf.constFind(key);
        if (it == m_queuedOf.constEnd()) {
            it = m_queuedOf.insert(key, int(m_queued.size()));
            Row fresh;
            fresh.queryId = s.queryId;
            fresh.dbId = s.dbId;
            m_queued.append(fresh);
        }
        Row &row = m_queued[*it];
        if (!s.database.isEmpty())
            row.database = s.database;
        addUsers(row.users, s.users);
        row.calls += s.calls;
        row.totalMs += s.totalMs;
        row.p95Ms = s.p95Ms; // an estimate for the newest interval, not a sum
        row.rows += s.rows;
        row.blksHit += s.sharedBlksHit;
        row.blksRead += s.sharedBlksRead;
    }
}

void StatementModel::applyQueued()
{
    if (m_queued.isEmpty())
        return;
    QList<Row> fresh;
    bool changed = false;
    for (const Row &q : std::as_const(m_queued)) {
        auto it = m_rowOf.constFind(Key{q.queryId, q.dbId});
        if (it == m_rowOf.constEnd()) {
            fresh.append(q);
            continue;
        }
        Row &row = m_rows[*it];
        if (!q.database.isEmpty())
            row.database = q.database;
        addUsers(row.users, q.users);
        row.calls += q.calls;
        row.totalMs += q.totalMs;
        row.p95Ms = q.p95Ms;
        row.rows += q.rows;
        row.blksHit += q.blksHit;
        row.blksRead += q.blksRead;
        changed = true;
    }
    m_queued.clear();
    m_queuedOf.clear();
    if (changed)
        Q_EMIT dataChanged(index(0, CallsColumn), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Row &row : std::as_const(fresh)) {
        m_rowOf.insert(Key{row.queryId, row.dbId}, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void StatementModel::setQueryTexts(const QHash<qint64, QString> &texts)
{
    // A queryid may be a row in several databases: each gets the text.
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        const auto text = texts.constFind(r.queryId);
        if (text == texts.constEnd())
            continue;
        r.text = *text;
        // One line in the table however long or multi-line the statement is.
        r.shortText = text->left(ShortTextLength * 4).simplified().left(ShortTextLength);
        const QModelIndex cell = index(row, QueryColumn);
        Q_EMIT dataChanged(cell, cell);
    }
}

QList<qint64> StatementModel::takeMissingTextIds()
{
    QList<qint64> ids;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.text.isEmpty() && !m_asked.contains(row.queryId)) {
            ids.append(row.queryId);
            m_asked.insert(row.queryId);
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
    m_queued.clear();
    m_queuedOf.clear();
    endResetModel();
}

} // namespace dbpulse
