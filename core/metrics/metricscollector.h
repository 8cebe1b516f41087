#pragma once

#include "core/db/connectionstate.h"
#include "core/db/queryresult.h"
#include "core/metrics/metricssample.h"
#include "core/metrics/metricssnapshot.h"
#include "core/metrics/querybudget.h"
#include "core/metrics/statementdelta.h"
#include "core/metrics/statementscadence.h"
#include "core/metrics/statemententries.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>

namespace dbpulse {

class PgConnection;

/// \brief Runs one metrics refresh on a PgConnection (server; statements, read again in full
/// when a changed-only read finds a reset; and texts of statements seen for the first time) and
/// turns consecutive snapshots into a MetricsSample. Keeps the previous snapshots across reconnects, so a restart
/// shows as a gap. Statements are read only every k-th refresh when reading them would break the
/// server-time budget (StatementsCadence, from pg_stat_statements' own figures for our queries),
/// and only entries whose calls changed are shipped (StatementEntries). Texts of new statements
/// are read together, at most every few refreshes (StatementsCadence::textsWait), and only once.
/// Lives in (and is used only from) the connection's thread.
class MetricsCollector
{
public:
    /// \a ok is false when the server query failed (connection lost); then no sample is valid.
    using Callback = std::function<void(bool ok, const ActivitySample &, const MetricsSample &)>;
    using TextsCallback = std::function<void(const QHash<qint64, QString> &)>;

    /// The fix shown when pg_stat_statements cannot be read.
    static QString statementsFix();

    explicit MetricsCollector(PgConnection *connection);
    ~MetricsCollector();

    /// Starts a refresh; \a done runs once, on this thread, when it finished or failed.
    void collect(Callback done);
    bool isCollecting() const { return m_collecting; }

    /// Texts of \a queryIds (cut at 16 KB), from the cache or fetched once; \a done runs on this thread.
    void fetchQueryTexts(const QList<qint64> &queryIds, TextsCallback done);

    void setBudget(const QueryBudget &budget) { m_budget = budget; }
    /// Server execution time our queries may cost per refresh; sets how often statements are read.
    void setServerBudgetMs(double ms) { m_serverBudgetMs = ms; }

    /// Forget the previous snapshots: the next sample is a "first sample" gap.
    void reset();

    /// Pure conversions of the server query's row, public for tests and benchmarks: the target
    /// database's counters, and the whole server's.
    static ServerSnapshot serverSnapshot(const QueryResult &result);
    static ServerSnapshot serverWideSnapshot(const QueryResult &result);

private:
    static ServerSnapshot snapshotOf(const QueryResult &result, const QString &prefix);
    static ConnectionCounts connectionCounts(const QueryResult &result, const QString &prefix);
    void fetchMissingTexts(const QList<qint64> &missing, QHash<qint64, QString> found, TextsCallback done);
    struct Refresh;
    void readNewTexts(const std::shared_ptr<Refresh> &refresh, const QList<qint64> &unknown);
    void onServer(const std::shared_ptr<Refresh> &refresh, const QueryResult &result);
    void readStatements(const std::shared_ptr<Refresh> &refresh);
    void onStatements(const std::shared_ptr<Refresh> &refresh, const QueryResult &result, bool fullRead);
    void chooseCadence(const StatementDelta::Result &delta);
    void repeatLastStatements(MetricsSample &sample) const;
    void finishStatements(const std::shared_ptr<Refresh> &refresh);
    /// Remembers what a text read returned (and returns it), or the reason it failed.
    QHash<qint64, QString> onTexts(const QueryResult &texts);
    bool textsBackingOff() const;
    void noteOwnQuery(const QVariant &queryId, qint64 *slot = nullptr);
    void finish(const std::shared_ptr<Refresh> &refresh);
    void remember(qint64 queryId, const QString &text);

    PgConnection *m_connection;
    ServerSnapshot m_previousServer;              ///< the target database's counters
    ServerSnapshot m_previousServerWide;          ///< the whole server's
    QHash<quint32, DatabaseCounters> m_previousDatabases; ///< the server's per-database list
    StatementsSnapshot m_previousStatements;
    StatementEntries m_entries;
    MetricsSample m_lastStatements;               ///< statement values of the last read
    QString m_statementsSchema;                   ///< pg_stat_statements' quoted schema; empty: not created
    QHash<qint64, QString> m_texts;               ///< bounded cache of query texts
    QHash<qint64, QueryBudget::QueryClass> m_classes;
    QSet<qint64> m_own;                           ///< DB Pulse's own monitoring statements
    qint64 m_ownServerQuery = 0;                  ///< queryids of our server and statements queries
    qint64 m_ownStatementsQuery = 0;
    int m_refreshesSinceTexts = 0;                ///< since the last text read of new statements
    int m_textsWait = 0;                          ///< refreshes between two such reads (StatementsCadence)
    double m_serverBudgetMs = StatementsCadence::serverBudgetMs;
    int m_statementsEvery = 1;
    int m_refreshesToSkip = 0;                    ///< refreshes left before statements are read again
    bool m_lastReadWasGap = false;
    QString m_textsProblem;                       ///< why the last text read failed; empty when it worked
    QElapsedTimer m_textsFailedAt;
    QueryBudget m_budget;
    bool m_collecting = false;
    quint64 m_generation = 0;
};

} // namespace dbpulse
