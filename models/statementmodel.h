#pragma once

#include "core/metrics/statementrange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <utility>

namespace dbpulse {

/// \brief Top statements of one server over one time range, one row per queryid and database
/// (with the roles that ran it): every column — calls, total, mean, rows, cache hit and the p95/p99
/// estimates — covers the same range (StatementRange::summarize), with the lazily fetched query
/// text and a slow-query mark. GUI thread.
class StatementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QueryColumn, CallsColumn, TotalColumn, MeanColumn, P95Column, P99Column, RowsColumn,
                  CacheHitColumn, DatabaseColumn, UsersColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a number for numeric columns, so sorting is numeric
        QueryIdRole,
        SlowRole,                    ///< bool: mean time at or above the slow threshold
        FullTextRole,
        DatabaseRole,                ///< the database the statement ran in (EXPLAIN runs there)
    };

    explicit StatementModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows \a rows (one range's figures): statements still there change in place, so the
    /// selection stays; new ones are appended, ones with no calls in the range are removed.
    void setRows(const QList<StatementRangeRow> &rows);
    /// Texts as answered by ServerMonitor::queryTextsFetched().
    void setQueryTexts(const QHash<qint64, QString> &texts);
    /// Ids that have no text yet and were not asked for before; marks them as asked.
    QList<qint64> takeMissingTextIds();
    void setSlowThresholdMs(double ms);
    double slowThresholdMs() const { return m_slowMs; }
    void clear();

private:
    /// A statement is a queryid in one database.
    using Key = std::pair<qint64, quint32>;
    struct Row
    {
        StatementRangeRow figures;
        QString text;
        QString shortText;
    };
    void setText(Row &row) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<Key, int> m_rowOf;
    QHash<qint64, QString> m_texts; // by queryid: a statement that leaves the range and returns keeps it
    QSet<qint64> m_asked;
    double m_slowMs = 1000;
};

} // namespace dbpulse
