#pragma once

#include "core/db/connectparams.h"
#include "core/db/monitorworker.h"

class QTimer;

namespace dbpulse {

class PgConnection;

/// \brief Monitors one PostgreSQL server: keeps a PgConnection open, reconnects with backoff,
/// and samples pg_stat_activity every interval. Lives on its ServerSession's thread.
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

private:
    void connectNow();
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
    int m_attempt = 0;
    bool m_sampling = false;   // a sample query is in flight: skip ticks instead of piling up
    bool m_stopped = true;
    bool m_everConnected = false;
};

} // namespace dbpulse
