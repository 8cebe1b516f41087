#include "core/monitor/sqlitemonitorworker.h"

#include "core/monitor/sqlitefilesampler.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace dbpulse {

namespace {

// Short: the monitor must never make a writer wait, and a refresh that finds the file locked
// still reports what the file system shows (SqliteFileSampler). The one-shot check (the doctor's
// first look) may wait longer.
constexpr int monitorBusyTimeoutMs = 250;
constexpr int checkBusyTimeoutMs = 2000;

QString uniqueConnectionName()
{
    return QStringLiteral("dbpulse-sqlite-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Opening never creates the file: QSQLITE_OPEN_READONLY fails on a missing path, and a
// schema query fails on a file that is not a database ("file is not a database"). \a retryable
// says whether waiting may help: a missing file may return, a writer's lock ends, and a WAL file
// in a read-only directory becomes readable while a writer has it open.
bool openAndVerify(QSqlDatabase &db, const QString &path, int busyTimeoutMs, QString *error, QString *version,
                   bool *retryable = nullptr)
{
    bool ignored = false;
    bool &waitable = retryable ? *retryable : ignored;
    waitable = false;
    if (!QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("Monitor", "SQLite file not found: %1").arg(path);
        waitable = true;
        return false;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        *error = QCoreApplication::translate("Monitor", "cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        const QSqlError e = q.lastError();
        *error = SqliteMonitorWorker::describeOpenError(path, e.text());
        waitable = SqliteFileSampler::isBusy(e) || SqliteMonitorWorker::isUnopenedWal(path, e.text());
        return false;
    }
    if (version && q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
        *version = q.value(0).toString();
    return true;
}

} // namespace

SqliteMonitorWorker::SqliteMonitorWorker(const QString &path, QObject *parent)
    : SqliteMonitorWorker(path, SqliteIntegrityStore(), parent)
{
}

SqliteMonitorWorker::SqliteMonitorWorker(const QString &path, const SqliteIntegrityStore &integrity, QObject *parent)
    : MonitorWorker(parent)
    , m_path(path)
    , m_connectionName(uniqueConnectionName())
    , m_timer(new QTimer(this))
    , m_sampler(std::make_unique<SqliteFileSampler>(path, integrity))
{
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SqliteMonitorWorker::check);
}

SqliteMonitorWorker::~SqliteMonitorWorker()
{
    closeDatabase();
}

bool SqliteMonitorWorker::isUnopenedWal(const QString &path, const QString &sqliteError)
{
    // A WAL-mode file that no connection has open has no -wal; SQLite must create one (and the
    // -shm) before anyone can read it, which a read-only directory forbids.
    return sqliteError.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        && !QFileInfo::exists(path + QStringLiteral("-wal"));
}

QString SqliteMonitorWorker::describeOpenError(const QString &path, const QString &sqliteError)
{
    if (isUnopenedWal(path, sqliteError))
        return QCoreApplication::translate("Monitor", "%1 is in WAL mode and no connection has it open: SQLite cannot read it without "
                              "creating %2-wal and -shm, and its directory is read-only. It becomes readable "
                              "while a writer has it open (%3)")
            .arg(path, QFileInfo(path).fileName(), sqliteError);
    return QCoreApplication::translate("Monitor", "%1 is not a usable SQLite database: %2").arg(path, sqliteError);
}

bool SqliteMonitorWorker::checkDatabase(const QString &path, QString *error, QString *sqliteVersion)
{
    const QString name = uniqueConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        ok = openAndVerify(db, path, checkBusyTimeoutMs, error, sqliteVersion);
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
    // Before check(): a failure there sets its own timer (a retry delay, or none when final).
    m_timer->start(m_intervalMs);
    check();
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
    m_intervalMs = std::max(100, ms);
    if (m_connected || m_stopped)
        m_timer->setInterval(m_intervalMs);
}

void SqliteMonitorWorker::check()
{
    if (m_stopped)
        return;
    QString error;
    QString version;
    SqliteSample sample;
    bool ok = false;
    bool opened = false;
    bool retryable = true;
    {
        QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!m_connected || !db.isOpen()) {
            db.close();
            ok = opened = openAndVerify(db, m_path, monitorBusyTimeoutMs, &error, &version, &retryable);
            if (opened)
                m_sampler->restart(); // a new connection: data_version starts again
        } else {
            ok = QFileInfo::exists(m_path);
            if (!ok)
                error = QCoreApplication::translate("Monitor", "SQLite file not found: %1").arg(m_path);
        }
        if (ok)
            ok = m_sampler->sample(db, &sample, &error);
    }
    if (!ok) {
        handleFailure(error, retryable);
        return;
    }
    if (opened) {
        m_connected = true;
        m_attempt = 0;
        m_timer->start(m_intervalMs);
        setStatus(ConnectionState::Connected);
        m_info = ServerInfo();
        m_info.product = QStringLiteral("SQLite");
        m_info.version = version;
        m_info.database = QFileInfo(m_path).fileName();
        m_info.host = m_path;
    }
    // The header's size follows the file, announced only when it changed.
    if (opened || sample.fileBytes != m_info.sizeBytes) {
        m_info.sizeBytes = sample.fileBytes;
        Q_EMIT serverInfoReady(m_info);
    }
    Q_EMIT sqliteSampled(sample);
}

void SqliteMonitorWorker::handleFailure(const QString &error, bool retryable)
{
    const bool wasConnected = m_connected;
    m_connected = false;
    closeDatabase();
    // A file that is not a database will not become one by waiting.
    if (!wasConnected && !retryable) {
        m_timer->stop();
        setStatus(ConnectionState::Failed, error);
        return;
    }
    ++m_attempt;
    const int delay = backoffMs(m_attempt);
    setStatus(ConnectionState::Reconnecting, error, delay);
    m_timer->start(delay);
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
