#pragma once

#include "core/metrics/metricssample.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <utility>

namespace dbpulse {

/// \brief Top statements of one server, one row per queryid and database (with the roles that
/// ran it): pg_stat_statements intervals summed since monitoring began, with the newest p95 estimate, the lazily fetched query text and a slow-query mark.
/// GUI thread.
class StatementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QueryColumn, CallsColumn, TotalColumn, MeanColumn, P95Column, RowsColumn,
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

    /// Adds one interval's statements (ignored in a statement gap: those deltas are not valid)
    /// and shows them: queueSample() then applyQueued().
    void addSample(const MetricsSample &sample);
    /// Adds one interval's statements to totals that views do not see yet: cheap, no signals, so
    /// a hidden page can keep counting every interval and catch up once when it is shown.
    void queueSample(const MetricsSample &sample);
    /// Shows what was queued: existing rows change, new statements are appended.
    void applyQueued();
    bool hasQueued() const { return !m_queued.isEmpty(); }
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
        qint64 queryId = 0;
        quint32 dbId = 0;
        QString database;
        QStringList users;
        qint64 calls = 0;
        double totalMs = 0;
        double p95Ms = 0;
        qint64 rows = 0;
        qint64 blksHit = 0;
        qint64 blksRead = 0;
        QString text;
        QString shortText;
        double meanMs() const { return calls > 0 ? totalMs / double(calls) : 0.0; }
    };
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<Key, int> m_rowOf;
    // Intervals summed per statement since the last applyQueued(), in order of first appearance.
    QList<Row> m_queued;
    QHash<Key, int> m_queuedOf;
    QSet<qint64> m_asked;
    double m_slowMs = 1000;
};

} // namespace dbpulse
