#pragma once

#include "core/metrics/sqliteintegritystore.h"
#include "core/monitor/monitorworker.h"

#include <memory>

class QTimer;

namespace dbpulse {

class SqliteFileSampler;

/// \brief Watches one SQLite file through QtSql, read-only with a short busy timeout: reports its
/// facts, an SqliteSample every interval (sqliteSampled), and notices when the file goes away or
/// stops being a database. It never writes the file and holds no transaction between refreshes.
/// Lives on its ServerMonitor's thread, which owns the QSqlDatabase connection (never shared
/// across threads).
class SqliteMonitorWorker : public MonitorWorker
{
    Q_OBJECT
public:
    explicit SqliteMonitorWorker(const QString &path, QObject *parent = nullptr);
    /// Reads the last integrity check from \a integrity instead of the default store (tests).
    SqliteMonitorWorker(const QString &path, const SqliteIntegrityStore &integrity, QObject *parent = nullptr);
    ~SqliteMonitorWorker() override;

    /// Opens \a path read-only and checks it is a database. On failure \a error names the problem.
    /// Any thread; the connection is closed again before returning.
    static bool checkDatabase(const QString &path, QString *error, QString *sqliteVersion = nullptr);
    /// The message for a file SQLite opened but could not read (\a sqliteError), naming why.
    static QString describeOpenError(const QString &path, const QString &sqliteError);
    /// Whether \a sqliteError means a WAL-mode file no connection has open, in a directory we
    /// may not write (it becomes readable while a writer has it open).
    static bool isUnopenedWal(const QString &path, const QString &sqliteError);

public Q_SLOTS:
    void start() override;
    void stop() override;
    void setIntervalMs(int ms) override;
    void retryNow() override;

private:
    void check();
    void handleFailure(const QString &error, bool retryable);
    void closeDatabase();
    void setStatus(ConnectionState state, const QString &error = {}, int retryInMs = 0);

    QString m_path;
    QString m_connectionName;
    QTimer *m_timer = nullptr;
    std::unique_ptr<SqliteFileSampler> m_sampler;
    ServerInfo m_info;
    int m_intervalMs = 1000;
    int m_attempt = 0;
    bool m_connected = false;
    bool m_stopped = true;
};

} // namespace dbpulse
