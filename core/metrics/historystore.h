#pragma once

#include "core/metrics/metricssample.h"
#include "core/metrics/statementbucket.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <optional>

class QSqlDatabase;
class QTimer;

namespace dbpulse {

/// \brief One stored point of a server's history (a raw sample or a downsampled bucket).
struct HistoryPoint
{
    QDateTime time;
    bool gap = false;                  ///< the interval was not measurable (or the server unreachable)
    /// The target database's sessions; \c connections.waitingByType is each wait event type's
    /// count (a bucket's peak per type; types without a column of their own as "other"), empty
    /// when none waited or the row is from a file written before the split was stored.
    ConnectionCounts connections;
    double transactionsPerSecond = 0;
    std::optional<double> statementsPerSecond; ///< none when the statement statistics had a gap
    std::optional<double> cacheHitTable;
    std::optional<double> cacheHitIndex;
    std::optional<LatencyPercentiles> latencyMs;
};

/// \brief Limits of a history file: raw samples for \c rawHours, then one-minute buckets for
/// \c minuteDays. Together they bound the file (about 17 MB with the defaults). Per-statement
/// figures keep each interval for \c statementRawMinutes, then minutes until \c rawHours, then
/// hours until \c minuteDays: at most about 5,700 rows (~0.5 MB) per statement that runs in
/// every interval.
struct HistoryRetention
{
    int rawHours = 24;
    int minuteDays = 30;
    int statementRawMinutes = 60;
};

/// \brief Persists a server's MetricsSamples in its own SQLite file (QtSql), so an engineer can
/// scroll back to the start of an incident after reopening the app.
///
/// Lives on the server's worker thread (ServerMonitor creates it there), which owns its
/// QSqlDatabase connection. Writes are batched into one transaction every few seconds, and
/// pruning/downsampling runs on the same thread every few minutes — never on the GUI thread.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    explicit HistoryStore(const QString &path, HistoryRetention retention = {}, QObject *parent = nullptr);
    ~HistoryStore() override; ///< flushes what is buffered

    /// The history file of a server key (profile name or label) in \a directory.
    static QString pathFor(const QString &directory, const QString &serverKey);
    /// Deletes the history files in \a directory not written for longer than \a retention keeps
    /// data (servers no longer monitored), so the folder stays bounded. Blocking: pool thread.
    static void removeExpired(const QString &directory, HistoryRetention retention = {});

    /// Reads [from, to] in at most \a maxPoints buckets (averages; p95/p99 and connections take
    /// the bucket's maximum, so a spike survives downsampling). Blocking: call it from a worker
    /// or pool thread, never the GUI thread. Empty with \a error set when the file is unusable.
    static QList<HistoryPoint> load(const QString &path, const QDateTime &from, const QDateTime &to,
                                    int maxPoints, QString *error = nullptr);

    /// Reads the statement buckets whose time lies in [from, to] and before \a beforeMs (what an
    /// in-memory StatementHistory does not cover), each statement's merged into consecutive runs
    /// of at least (to − from) / \a perStatement, so a long range reads a few rows per statement.
    /// Blocking, like load(). Empty with \a error set when the file is unusable.
    static QList<StatementBucket> loadStatements(const QString &path, qint64 fromMs, qint64 toMs,
                                                 qint64 beforeMs, int perStatement, QString *error = nullptr);

    QString errorText() const { return m_error; }

public Q_SLOTS:
    void append(const dbpulse::MetricsSample &sample);
    /// Writes the buffered samples now (one transaction).
    void flush();
    /// Folds raw samples older than the raw window into minute buckets and drops expired buckets.
    void prune();

private:
    bool open();
    bool writeStatements(QSqlDatabase &db, const MetricsSample &sample);
    /// Folds statement buckets of \a span older than \a cutoffMs into buckets of \a granularityMs.
    bool foldStatements(QSqlDatabase &db, qint64 span, qint64 cutoffMs, qint64 granularityMs);

    QString m_path;
    QString m_connectionName;
    HistoryRetention m_retention;
    QList<MetricsSample> m_buffer;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
    QString m_error;
    bool m_open = false;
};

} // namespace dbpulse

Q_DECLARE_METATYPE(dbpulse::HistoryPoint)
