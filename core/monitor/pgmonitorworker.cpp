#include "core/monitor/pgmonitorworker.h"

#include "core/db/linksecurity.h"

#include "core/db/pgconnection.h"
#include "core/metrics/metricscollector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace dbpulse {

namespace {

constexpr auto serverInfoSql =
    "/* dbpulse:server info */ SELECT current_setting('server_version') AS version,"
    " current_setting('server_version_num')::int AS version_num,"
    " extract(epoch FROM pg_postmaster_start_time()) * 1000 AS started_ms,"
    " current_database() AS database, current_user AS usr,"
    " pg_database_size(current_database()) AS size,"
    // pg_control_system() needs a right a monitoring role may lack: asked only when granted.
    " CASE WHEN has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')"
    "  THEN (SELECT system_identifier::text FROM pg_control_system()) END AS system_identifier";

// Every database's size, for the server view. A query of its own: a database dropped while it
// runs fails it, and that must not cost the facts above. Only databases the role may size.
constexpr auto databaseSizesSql =
    "/* dbpulse:server info */ SELECT json_object_agg(datname, pg_database_size(oid)) AS sizes"
    " FROM pg_database WHERE datallowconn"
    " AND (has_database_privilege(oid, 'CONNECT') OR pg_has_role('pg_read_all_stats', 'USAGE'))";

} // namespace

PgMonitorWorker::PgMonitorWorker(const ConnectParams &params, QObject *parent)
    : MonitorWorker(parent)
    , m_params(params)
    , m_conn(new PgConnection(this))
    , m_sampleTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_collector(std::make_unique<MetricsCollector>(m_conn))
{
    qRegisterMetaType<MetricsSample>();
    qRegisterMetaType<QHash<qint64, QString>>();
    m_sampleTimer->setInterval(1000);
    m_reconnectTimer->setSingleShot(true);
    connect(m_sampleTimer, &QTimer::timeout, this, &PgMonitorWorker::sample);
    connect(m_reconnectTimer, &QTimer::timeout, this, &PgMonitorWorker::connectNow);
    connect(m_conn, &PgConnection::opened, this, &PgMonitorWorker::onOpened);
    connect(m_conn, &PgConnection::openFailed, this, &PgMonitorWorker::onOpenFailed);
    connect(m_conn, &PgConnection::lost, this, &PgMonitorWorker::scheduleReconnect);
}

PgMonitorWorker::~PgMonitorWorker()
{
    // Pending handlers capture the collector: drop them before it goes.
    delete m_conn;
    m_conn = nullptr;
}

void PgMonitorWorker::start()
{
    m_stopped = false;
    m_attempt = 0;
    setStatus(ConnectionState::Connecting);
    connectNow();
}

void PgMonitorWorker::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_sampleTimer->stop();
    m_reconnectTimer->stop();
    m_conn->close();
    m_sampling = false;
    setStatus(ConnectionState::Disconnected);
}

void PgMonitorWorker::setIntervalMs(int ms)
{
    m_sampleTimer->setInterval(std::max(100, ms));
}

void PgMonitorWorker::connectNow()
{
    if (m_stopped)
        return;
    m_conn->open(m_params);
}

void PgMonitorWorker::onOpened()
{
    m_attempt = 0;
    m_everConnected = true;
    setStatus(ConnectionState::Connected);
    fetchServerInfo();
    sample();
    m_sampleTimer->start();
}

void PgMonitorWorker::onOpenFailed(const QString &error, bool retryable)
{
    // A server that was fine before and now refuses is most likely restarting: keep trying.
    if (!retryable && !m_everConnected) {
        setStatus(ConnectionState::Failed, error);
        return;
    }
    scheduleReconnect(error);
}

void PgMonitorWorker::retryNow()
{
    if (m_stopped || !m_reconnectTimer->isActive())
        return;
    m_reconnectTimer->stop();
    connectNow();
}

void PgMonitorWorker::scheduleReconnect(const QString &error)
{
    if (m_stopped)
        return;
    m_sampleTimer->stop();
    m_sampling = false;
    ++m_attempt;
    const int delay = backoffMs(m_attempt);
    setStatus(ConnectionState::Reconnecting, error, delay);
    m_reconnectTimer->start(delay);
}

void PgMonitorWorker::fetchServerInfo()
{
    m_conn->exec(QString::fromLatin1(serverInfoSql), [this](const QueryResult &r) {
        if (!r.ok)
            return;
        ServerInfo info;
        info.product = QStringLiteral("PostgreSQL");
        info.version = r.value(0, QStringLiteral("version")).toString();
        info.versionNumber = r.value(0, QStringLiteral("version_num")).toInt();
        info.startedAt = QDateTime::fromMSecsSinceEpoch(qint64(r.value(0, QStringLiteral("started_ms")).toDouble()), Qt::UTC);
        info.database = r.value(0, QStringLiteral("database")).toString();
        info.user = r.value(0, QStringLiteral("usr")).toString();
        info.host = m_conn->host() + QLatin1Char(':') + m_conn->port();
        info.sizeBytes = r.value(0, QStringLiteral("size")).toLongLong();
        info.systemIdentifier = r.value(0, QStringLiteral("system_identifier")).toString();
        const LinkSecurity link = m_conn->linkSecurity();
        info.link = link.text;
        info.linkWarning = link.warning;
        info.linkEncrypted = link.encrypted;
        m_conn->exec(QString::fromLatin1(databaseSizesSql), [this, info](const QueryResult &sizes) mutable {
            const QJsonObject byName = sizes.ok ? QJsonDocument::fromJson(sizes.value(0, QStringLiteral("sizes"))
                                                                              .toString().toUtf8()).object()
                                                : QJsonObject();
            for (auto it = byName.begin(); it != byName.end(); ++it)
                info.databaseSizes.insert(it.key(), qint64(it.value().toDouble()));
            Q_EMIT serverInfoReady(info);
        });
    });
}

void PgMonitorWorker::sample()
{
    if (m_sampling || !m_conn->isOpen())
        return;
    m_sampling = true;
    m_collector->collect([this](bool ok, const ActivitySample &activity, const MetricsSample &metrics) {
        m_sampling = false;
        if (!ok)
            return; // a lost connection is reported through PgConnection::lost
        Q_EMIT activitySampled(activity);
        Q_EMIT metricsSampled(metrics);
    });
}

void PgMonitorWorker::setBudget(const QueryBudget &budget)
{
    m_collector->setBudget(budget);
}

void PgMonitorWorker::fetchQueryTexts(const QList<qint64> &queryIds)
{
    m_collector->fetchQueryTexts(queryIds, [this](const QHash<qint64, QString> &texts) {
        Q_EMIT queryTextsFetched(texts);
    });
}

void PgMonitorWorker::setStatus(ConnectionState state, const QString &error, int retryInMs)
{
    reportStatus(state, m_attempt, error, retryInMs);
}

} // namespace dbpulse
