#pragma once

#include "core/monitor/monitorworker.h"

class QTimer;

namespace dbpulse {

/// \brief Watches one SQLite file through QtSql (read-only): reports its facts, and notices when
/// the file goes away or stops being a database. Lives on its ServerMonitor's thread, which
/// owns the QSqlDatabase connection (never shared across threads).
class SqliteMonitorWorker : public MonitorWorker
{
    Q_OBJECT
public:
    explicit SqliteMonitorWorker(const QString &path, QObject *parent = nullptr);
    ~SqliteMonitorWorker() override;

    /// Opens \a path read-only and checks it is a database. On failure \a error names the problem.
    /// Any thread; the connection is closed again before returning.
    static bool checkDatabase(const QString &path, QString *error, QString *sqliteVersion = nullptr);

public Q_SLOTS:
    void start() override;
    void stop() override;
    void setIntervalMs(int ms) override;
    void retryNow() override;

private:
    void check();
    void closeDatabase();
    void setStatus(ConnectionState state, const QString &error = {}, int retryInMs = 0);

    QString m_path;
    QString m_connectionName;
    QTimer *m_timer = nullptr;
    int m_attempt = 0;
    bool m_connected = false;
    bool m_stopped = true;
};

} // namespace dbpulse
