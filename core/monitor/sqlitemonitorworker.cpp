#include "core/monitor/sqlitemonitorworker.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace dbpulse {

namespace {

QString uniqueConnectionName()
{
    return QStringLiteral("dbpulse-sqlite-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Opening never creates the file: QSQLITE_OPEN_READONLY fails on a missing path, and a
// schema query fails on a file that is not a database ("file is not a database").
bool openAndVerify(QSqlDatabase &db, const QString &path, QString *error, QString *version)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("SQLite file not found: %1").arg(path);
        return false;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        *error = QStringLiteral("%1 is not a usable SQLite database: %2").arg(path, q.lastError().text());
        return false;
    }
    if (version && q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        *version = q.value(0).toString();
    return true;
}

} // namespace

SqliteMonitorWorker::SqliteMonitorWorker(const QString &path, QObject *parent)
    : MonitorWorker(parent)
    , m_path(path)
    , m_connectionName(uniqueConnectionName())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SqliteMonitorWorker::check);
}

SqliteMonitorWorker::~SqliteMonitorWorker()
{
    closeDatabase();
}

bool SqliteMonitorWorker::checkDatabase(const QString &path, QString *error, QString *sqliteVersion)
{
    const QString name = uniqueConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        ok = openAndVerify(db, path, error, sqliteVersion);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void SqliteMonitorWorker::start()
{
    m_stopped = false;
    m_attempt = 0;
    setStatus(ConnectionState::Connecting);
    check();
    m_timer->start();
}

void SqliteMonitorWorker::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_timer->stop();
    closeDatabase();
    setStatus(ConnectionState::Disconnected);
}

void SqliteMonitorWorker::setIntervalMs(int ms)
{
    m_timer->setInterval(std::max(100, ms));
}

void SqliteMonitorWorker::check()
{
    if (m_stopped)
        return;
    QString error;
    QString version;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (m_connected && db.isOpen() && QFileInfo::exists(m_path)) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA schema_version"));
            if (!ok)
                error = q.lastError().text();
        } else {
            db.close();
            ok = openAndVerify(db, m_path, &error, &version);
        }
    }
    if (ok && !m_connected) {
        m_connected = true;
        m_attempt = 0;
        setStatus(ConnectionState::Connected);
        ServerInfo info;
        info.product = QStringLiteral("SQLite");
        info.version = version;
        info.database = QFileInfo(m_path).fileName();
        info.host = m_path;
        info.sizeBytes = QFileInfo(m_path).size();
        Q_EMIT serverInfoReady(info);
    } else if (!ok) {
        const bool wasConnected = m_connected;
        m_connected = false;
        closeDatabase();
        // A file that is not a database will not become one by waiting; a vanished file might return.
        if (!wasConnected && QFileInfo::exists(m_path)) {
            m_timer->stop();
            setStatus(ConnectionState::Failed, error);
            return;
        }
        ++m_attempt;
        const int delay = backoffMs(m_attempt);
        setStatus(ConnectionState::Reconnecting, error, delay);
        m_timer->start(delay);
    }
}

void SqliteMonitorWorker::retryNow()
{
    // While disconnected the timer is the reconnect delay; connected, it is the sample cadence.
    if (m_connected || !m_timer->isActive())
        return;
    m_timer->stop();
    check();
}

void SqliteMonitorWorker::closeDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void SqliteMonitorWorker::setStatus(ConnectionState state, const QString &error, int retryInMs)
{
    reportStatus(state, m_attempt, error, retryInMs);
}

} // namespace dbpulse
