#pragma once

#include "core/db/connectionstate.h"
#include "core/db/target.h"
#include "core/metrics/metricssample.h"
#include "core/metrics/querybudget.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

namespace dbpulse {

class HistoryStore;
class MonitorWorker;

/// \brief GUI-side handle of one monitored server: owns the QThread and the worker on it.
/// Lives in the creating thread (normally the GUI thread). The destructor stops the worker and
/// joins its thread, so closing a window never leaves a thread behind.
class ServerMonitor : public QObject
{
    Q_OBJECT
public:
    /// \a password may be empty (libpq then uses PGPASSWORD/.pgpass/service files).
    ServerMonitor(const Target &target, const QString &password, QObject *parent = nullptr);
    /// Also gives libpq the client key's passphrase \a sslPassword (memory only, never logged).
    ServerMonitor(const Target &target, const QString &password, const QString &sslPassword,
                  QObject *parent = nullptr);
    ~ServerMonitor() override;

    const Target &target() const { return m_target; }
    ConnectionStatus status() const { return m_status; }
    ServerInfo serverInfo() const { return m_info; }

    void start();
    void setIntervalMs(int ms);
    /// While reconnecting, tries again now (see MonitorWorker::retryNow()).
    void retryNow();
    /// Asks the worker for statement texts by queryid (cached there, fetched once); the answer
    /// arrives through queryTextsFetched(). PostgreSQL only; SQLite answers with nothing.
    void fetchQueryTexts(const QList<qint64> &queryIds);
    /// Judges budget breaches by \a budget from the next refresh on (PostgreSQL only).
    void setBudget(const QueryBudget &budget);
    /// Stores every MetricsSample in the SQLite history file \a path, written on the worker
    /// thread (see HistoryStore). Call before start().
    void recordHistory(const QString &path);

Q_SIGNALS:
    void statusChanged(const dbpulse::ConnectionStatus &status);
    void serverInfoReady(const dbpulse::ServerInfo &info);
    void activitySampled(const dbpulse::ActivitySample &sample);
    /// Every refresh of a PostgreSQL server (see MetricsSample); not emitted for SQLite.
    void metricsSampled(const dbpulse::MetricsSample &sample);
    void queryTextsFetched(const QHash<qint64, QString> &texts);

private:
    Target m_target;
    QThread m_thread;
    MonitorWorker *m_worker = nullptr; // owned by m_thread's lifetime (deleteLater on finished)
    HistoryStore *m_history = nullptr; // likewise; lives on m_thread next to the worker
    ConnectionStatus m_status;
    ServerInfo m_info;
};

} // namespace dbpulse
