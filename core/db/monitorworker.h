#pragma once

#include "core/db/connectionstate.h"

#include <QObject>

namespace dbpulse {

/// \brief Long-lived per-server worker. Lives on its own QThread (see ServerSession); all slots
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

Q_SIGNALS:
    void statusChanged(const dbpulse::ConnectionStatus &status);
    void serverInfoReady(const dbpulse::ServerInfo &info);
    void activitySampled(const dbpulse::ActivitySample &sample);
};

} // namespace dbpulse
