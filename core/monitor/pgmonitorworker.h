#pragma once

#include "core/db/connectparams.h"
#include "core/monitor/monitorworker.h"

#include <memory>

class QTimer;

namespace dbpulse {

class MetricsCollector;
class PgConnection;

/// \brief Monitors one PostgreSQL server: keeps a PgConnection open, reconnects with backoff,
/// and runs a MetricsCollector refresh every interval (default 1 s), emitting activitySampled()
/// and metricsSampled() from the same round trips. A tick is skipped while the previous refresh
/// is still in flight. Lives on its ServerMonitor's thread (or the CLI's main thread).
class PgMonitorWorker : public MonitorWorker
{
    Q_OBJECT
public:
    explicit PgMonitorWorker(const ConnectParams &params, QObject *parent = nullptr);
    ~PgMonitorWorker() override;

public Q_SLOTS:
    void start() override;
    void stop() override;
    void setIntervalMs(int ms) override;
    void fetchQueryTexts(const QList<qint64> &queryIds) override;
    void setBudget(const dbpulse::QueryBudget &budget) override;

private:
    void connectNow();
    void retryNow() override;
    void onOpened();
    void onOpenFailed(const QString &error, bool retryable);
    void scheduleReconnect(const QString &error);
    void fetchServerInfo();
    void sample();
    void setStatus(ConnectionState state, const QString &error = {}, int retryInMs = 0);

    ConnectParams m_params;
    PgConnection *m_conn = nullptr;
    QTimer *m_sampleTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    std::unique_ptr<MetricsCollector> m_collector;
    int m_attempt = 0;
    bool m_sampling = false;   // a refresh is in flight: skip ticks instead of piling up
    bool m_stopped = true;
    bool m_everConnected = false;
};

} // namespace dbpulse
