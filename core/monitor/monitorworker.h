#pragma once

#include "core/db/connectionstate.h"
#include "core/metrics/metricssample.h"
#include "core/metrics/querybudget.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace dbpulse {

/// \brief Long-lived per-server worker. Lives on its own QThread (see ServerMonitor); all slots
/// run there and every signal reaches the GUI through a queued connection.
class MonitorWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Backoff before reconnect attempt \a attempt (1-based): 1 s, 2 s, 4 s … capped at 30 s.
    static int backoffMs(int attempt);

public Q_SLOTS:
    virtual void start() = 0;        ///< connect and begin sampling
    virtual void stop() = 0;         ///< disconnect, cancel what runs; safe to call twice
    virtual void setIntervalMs(int ms) = 0;
    /// Looks up statement texts by pg_stat_statements queryid; answers with queryTextsFetched().
    /// The default (engines without statement statistics) answers with nothing.
    virtual void fetchQueryTexts(const QList<qint64> &queryIds)
    {
        Q_UNUSED(queryIds);
        Q_EMIT queryTextsFetched({});
    }

    /// Budgets and class overrides used for budgetBreaches from the next refresh on. The default
    /// (engines without statement statistics) has nothing to judge.
    virtual void setBudget(const dbpulse::QueryBudget &budget) { Q_UNUSED(budget); }
    /// While waiting to reconnect, tries again now instead of at the end of the delay; the
    /// backoff goes on from there if this attempt fails too. Does nothing in any other state.
    virtual void retryNow() = 0;

Q_SIGNALS:
    void statusChanged(const dbpulse::ConnectionStatus &status);
    void serverInfoReady(const dbpulse::ServerInfo &info);
    void activitySampled(const dbpulse::ActivitySample &sample);
    /// One refresh of the metrics engine (PostgreSQL only), from the same round trip as activitySampled.
    void metricsSampled(const dbpulse::MetricsSample &sample);
    /// Answer to fetchQueryTexts(): queryid → text (cut at 16 KB); ids that are gone are missing.
    void queryTextsFetched(const QHash<qint64, QString> &texts);

protected:
    /// Emits statusChanged() with the reconnect attempt count kept by the subclass.
    void reportStatus(ConnectionState state, int attempt, const QString &error = {}, int retryInMs = 0);
};

} // namespace dbpulse
