#include "core/monitor/servermonitor.h"

#include "core/monitor/pgmonitorworker.h"
#include "core/monitor/sqlitemonitorworker.h"
#include "core/metrics/historystore.h"
#include "core/jobs/backgroundpriority.h"

namespace dbpulse {

ServerMonitor::ServerMonitor(const Target &target, const QString &password, QObject *parent)
    : ServerMonitor(target, password, QString(), parent)
{
}

ServerMonitor::ServerMonitor(const Target &target, const QString &password, const QString &sslPassword,
                             QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    qRegisterMetaType<ConnectionStatus>();
    qRegisterMetaType<ServerInfo>();
    qRegisterMetaType<ActivitySample>();
    qRegisterMetaType<MetricsSample>();
    qRegisterMetaType<SqliteSample>();
    qRegisterMetaType<QHash<qint64, QString>>();

    if (target.kind == DatabaseKind::SQLite) {
        m_worker = new SqliteMonitorWorker(target.sqlitePath);
    } else {
        ConnectParams params;
        params.conninfo = target.conninfo;
        params.password = password;
        params.sslPassword = sslPassword;
        m_worker = new PgMonitorWorker(params);
    }
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("monitor:") + target.label);
    // Direct: runs on the monitor's thread as it starts, so it yields to the GUI thread.
    connect(&m_thread, &QThread::started, &m_thread, &lowerThisThreadsPriority, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // Cross-thread, so these are queued: the GUI thread only ever receives value copies.
    connect(m_worker, &MonitorWorker::statusChanged, this, [this](const ConnectionStatus &s) {
        m_status = s;
        if (s.state == ConnectionState::Reconnecting)
            m_status.nextAttemptAt = QDateTime::currentDateTime().addMSecs(s.retryInMs);
        Q_EMIT statusChanged(m_status);
    });
    connect(m_worker, &MonitorWorker::serverInfoReady, this, [this](const ServerInfo &info) {
        m_info = info;
        Q_EMIT serverInfoReady(info);
    });
    connect(m_worker, &MonitorWorker::activitySampled, this, &ServerMonitor::activitySampled);
    connect(m_worker, &MonitorWorker::metricsSampled, this, &ServerMonitor::metricsSampled);
    connect(m_worker, &MonitorWorker::sqliteSampled, this, &ServerMonitor::sqliteSampled);
    connect(m_worker, &MonitorWorker::queryTextsFetched, this, &ServerMonitor::queryTextsFetched);
}

void ServerMonitor::retryNow()
{
    QMetaObject::invokeMethod(m_worker, &MonitorWorker::retryNow, Qt::QueuedConnection);
}

ServerMonitor::~ServerMonitor()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &MonitorWorker::stop, Qt::QueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_history;
        delete m_worker;
    }
}

void ServerMonitor::recordHistory(const QString &path)
{
    if (m_history || m_thread.isRunning())
        return;
    m_history = new HistoryStore(path);
    m_history->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_history, &QObject::deleteLater);
    // Same thread on both ends: a direct call, so the store never lags behind the worker.
    connect(m_worker, &MonitorWorker::metricsSampled, m_history, &HistoryStore::append);
}

void ServerMonitor::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    m_status.state = ConnectionState::Connecting;
    QMetaObject::invokeMethod(m_worker, &MonitorWorker::start, Qt::QueuedConnection);
}

void ServerMonitor::setIntervalMs(int ms)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ms] { worker->setIntervalMs(ms); },
                              Qt::QueuedConnection);
}

void ServerMonitor::setBudget(const QueryBudget &budget)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, budget] { worker->setBudget(budget); },
                              Qt::QueuedConnection);
}

void ServerMonitor::fetchQueryTexts(const QList<qint64> &queryIds)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, queryIds] { worker->fetchQueryTexts(queryIds); },
                              Qt::QueuedConnection);
}

} // namespace dbpulse
