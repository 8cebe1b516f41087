#pragma once

#include "core/metrics/metricssample.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <optional>

class QTimer;

namespace dbpulse {

/// \brief One stored point of a server's history (a raw sample or a downsampled bucket).
struct HistoryPoint
{
    QDateTime time;
    bool gap = false;                  ///< the interval was not measurable (or the server unreachable)
    ConnectionCounts connections;
    double transactionsPerSecond = 0;
    std::optional<double> statementsPerSecond; ///< none when the statement statistics had a gap
    std::optional<double> cacheHitTable;
    std::optional<double> cacheHitIndex;
    std::optional<LatencyPercentiles> latencyMs;
};

/// \brief Limits of a history file: raw samples for \c rawHours, then one-minute buckets for
/// \c minuteDays. Together they bound the file (about 15 MB with the defaults).
struct HistoryRetention
{
    int rawHours = 24;
    int minuteDays = 30;
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

    QString errorText() const { return m_error; }

public Q_SLOTS:
    void append(const dbpulse::MetricsSample &sample);
    /// Writes the buffered samples now (one transaction).
    void flush();
    /// Folds raw samples older than the raw window into minute buckets and drops expired buckets.
    void prune();

private:
    bool open();

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
