#include "core/db/pgconnection.h"

#include "core/db/pgsession.h"
#include "core/db/secretmask.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>
#include <libpq-fe.h>
#include <vector>

// Warnings only by default: a lost connection or a notice reaches the user through the status it
// causes; QT_LOGGING_RULES="dbpulse.db.debug=true" shows the details.
Q_LOGGING_CATEGORY(lcPg, "dbpulse.db", QtWarningMsg)

namespace dbpulse {

namespace {

// Built-in type OIDs (pg_type.h) that get a native QVariant; everything else stays text.
enum : Oid { BoolOid = 16, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, OidOid = 26,
             Float4Oid = 700, Float8Oid = 701, NumericOid = 1700 };

QVariant convertValue(const PGresult *res, int row, int col)
{
    if (PQgetisnull(res, row, col))
        return {};
    const char *text = PQgetvalue(res, row, col);
    switch (PQftype(res, col)) {
    case BoolOid:
        return QVariant(text[0] == 't');
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid:
        return QVariant(QByteArray(text).toLongLong());
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return QVariant(QByteArray(text).toDouble());
    default:
        // fromUtf8 replaces invalid sequences, so odd bytes in query texts cannot break callers.
        return QVariant(QString::fromUtf8(text, PQgetlength(res, row, col)));
    }
}

QString oneLine(const char *message)
{
    return QString::fromUtf8(message).simplified();
}

// Errors where another attempt with the same settings cannot succeed.
bool isPermanentConnectError(pg_conn *conn, const QString &error)
{
    if (conn && PQconnectionNeedsPassword(conn))
        return true;
    static const char *const permanent[] = {
        "password authentication failed", "no password supplied", "does not exist",
        "no pg_hba.conf entry", "invalid sslmode", "invalid port number", "could not translate host name",
    };
    for (const char *fragment : permanent) {
        if (error.contains(QLatin1String(fragment)))
            return true;
    }
    return false;
}

// libpq prints server notices (including "terminating connection" FATALs) to stderr by default;
// route them to our logging category instead so the CLI's output stays clean.
void forwardNotice(void *, const char *message)
{
    qCDebug(lcPg) << "server notice:" << oneLine(message);
}

QByteArray paramText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? "true" : "false";
    return value.toString().toUtf8();
}

} // namespace

PgConnection::PgConnection(QObject *parent)
    : QObject(parent)
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        failConnect(QCoreApplication::translate("Connection", "timed out after %1 s while connecting to %2:%3")
                        .arg(m_params.connectTimeoutMs / 1000.0).arg(host(), port()),
                    true);
    });
}

PgConnection::~PgConnection()
{
    // Handlers capture their owners, which are being destroyed too: drop them uncalled.
    m_queue.clear();
    m_running.reset();
    close();
}

void PgConnection::open(const ConnectParams &params)
{
    close();
    m_params = params;

    // The same startup packet as every blocking PgSession; the connect timeout is our own timer,
    // since libpq's connect_timeout does not apply to PQconnectPoll.
    SessionOptions options = sessionOptions();
    options.connectTimeoutMs = 0;
    const auto startup = sessionStartupParams(params.conninfo, params.password, options, params.sslPassword);
    std::vector<const char *> keyPtrs;
    std::vector<const char *> valuePtrs;
    for (const auto &p : startup) {
        keyPtrs.push_back(p.first.constData());
        valuePtrs.push_back(p.second.constData());
    }
    keyPtrs.push_back(nullptr);
    valuePtrs.push_back(nullptr);

    m_conn = PQconnectStartParams(keyPtrs.data(), valuePtrs.data(), /*expand_dbname*/ 1);
    m_phase = Phase::Connecting;
    if (!m_conn) {
        failConnect(QCoreApplication::translate("Connection", "out of memory starting a connection"), true);
        return;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        failConnect(connectionError(), false);
        return;
    }
    PQsetNoticeProcessor(m_conn, forwardNotice, nullptr);
    if (params.connectTimeoutMs > 0)
        m_connectTimer->start(params.connectTimeoutMs);
    // libpq: before the first PQconnectPoll, behave as if it had returned PGRES_POLLING_WRITING.
    watchSocket(false, true);
}

void PgConnection::close()
{
    m_connectTimer->stop();
    resetNotifiers();
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_phase = Phase::Closed;
    failAllPending(QCoreApplication::translate("Connection", "connection closed"));
}

bool PgConnection::isOpen() const
{
    return m_phase == Phase::Ready;
}

void PgConnection::exec(const QString &sql, const QVariantList &params, ResultHandler handler)
{
    if (m_phase == Phase::Closed) {
        QueryResult r;
        r.error = QCoreApplication::translate("Connection", "not connected");
        handler(r);
        return;
    }
    ++m_statementCount;
    m_queue.enqueue({sql, params, std::move(handler)});
    startNext();
}

void PgConnection::cancel()
{
    if (!m_conn || !m_running)
        return;
    // PQcancel opens a second short connection; it blocks briefly, which is fine on a worker thread.
    if (PGcancel *c = PQgetCancel(m_conn)) {
        char errbuf[256];
        if (!PQcancel(c, errbuf, sizeof errbuf))
            qCWarning(lcPg) << "cancel request failed:" << errbuf;
        PQfreeCancel(c);
    }
}

SessionOptions PgConnection::sessionOptions() const
{
    SessionOptions o = sessionDefaults(SessionPurpose::Monitor);
    o.applicationName = m_params.applicationName;
    o.readOnly = m_params.readOnly;
    o.statementTimeoutMs = m_params.statementTimeoutMs;
    return o;
}

int PgConnection::serverVersion() const { return m_conn ? PQserverVersion(m_conn) : 0; }
QString PgConnection::host() const { return m_conn ? QString::fromUtf8(PQhost(m_conn)) : QString(); }
QString PgConnection::port() const { return m_conn ? QString::fromUtf8(PQport(m_conn)) : QString(); }
QString PgConnection::database() const { return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString(); }
QString PgConnection::user() const { return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString(); }
int PgConnection::backendPid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

QString PgConnection::connectionError() const
{
    return m_conn ? maskSecrets(oneLine(PQerrorMessage(m_conn))) : QString();
}

void PgConnection::pollConnect()
{
    switch (PQconnectPoll(m_conn)) {
    case PGRES_POLLING_OK:
        finishSetup();
        return;
    case PGRES_POLLING_FAILED: {
        const QString error = connectionError();
        failConnect(error, !isPermanentConnectError(m_conn, error));
        return;
    }
    case PGRES_POLLING_READING:
        watchSocket(true, false);
        return;
    case PGRES_POLLING_WRITING:
        watchSocket(false, true);
        return;
    default:
        watchSocket(true, false);
        return;
    }
}

void PgConnection::failConnect(const QString &error, bool retryable)
{
    if (m_phase != Phase::Connecting && m_phase != Phase::Setup)
        return;
    qCDebug(lcPg) << "connect failed:" << error;
    close();
    Q_EMIT openFailed(error.isEmpty() ? QCoreApplication::translate("Connection", "connection failed") : error, retryable);
}

void PgConnection::finishSetup()
{
    PQsetnonblocking(m_conn, 1);
    m_phase = Phase::Setup;
    watchSocket(true, false);
    // Pinned before anything else runs, exactly as a blocking PgSession is: search_path, row
    // security, timeouts. Monitoring must never hold a lock for long or change data by accident.
    m_queue.prepend({sessionPinningSql(sessionOptions()),
                     {},
                     [this](const QueryResult &r) {
                         if (!r.ok) {
                             failConnect(QCoreApplication::translate("Connection", "session setup failed: %1").arg(r.error), true);
                             return;
                         }
                         m_connectTimer->stop();
                         m_phase = Phase::Ready;
                         Q_EMIT opened();
                     }});
    startNext();
}

void PgConnection::startNext()
{
    if (m_running || m_queue.isEmpty() || !m_conn)
        return;
    if (m_phase != Phase::Setup && m_phase != Phase::Ready)
        return;
    // During setup only the setup statement (queued first) may run.
    m_running = m_queue.dequeue();
    m_partial = QueryResult();

    QList<QByteArray> texts;
    std::vector<const char *> values;
    for (const QVariant &v : std::as_const(m_running->params)) {
        texts << (v.isNull() ? QByteArray() : paramText(v));
        values.push_back(v.isNull() ? nullptr : texts.last().constData());
    }
    const QByteArray sql = m_running->sql.toUtf8();
    if (!PQsendQueryParams(m_conn, sql.constData(), int(values.size()), nullptr,
                           values.empty() ? nullptr : values.data(), nullptr, nullptr, 0)) {
        const QString error = connectionError();
        if (PQstatus(m_conn) == CONNECTION_BAD) {
            breakConnection(error);
            return;
        }
        Pending done = std::move(*m_running);
        m_running.reset();
        QueryResult r;
        r.error = error;
        done.handler(r);
        startNext();
        return;
    }
    flushOutput();
}

void PgConnection::flushOutput()
{
    const int rc = PQflush(m_conn);
    if (rc < 0)
        breakConnection(connectionError());
    else
        watchSocket(true, rc == 1);
}

void PgConnection::onWritable()
{
    if (m_phase == Phase::Connecting)
        pollConnect();
    else
        flushOutput();
}

void PgConnection::onReadable()
{
    if (m_phase == Phase::Connecting) {
        pollConnect();
        return;
    }
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
        breakConnection(connectionError());
        return;
    }
    if (m_writeNotifier && m_writeNotifier->isEnabled())
        flushOutput();
    if (m_running)
        collectResults();
    // Notifications are not used; drain them so they do not pile up.
    while (PGnotify *n = PQnotifies(m_conn))
        PQfreemem(n);
}

void PgConnection::collectResults()
{
    while (m_conn && !PQisBusy(m_conn)) {
        PGresult *res = PQgetResult(m_conn);
        if (!res) {
            Pending done = std::move(*m_running);
            m_running.reset();
            QueryResult result = std::move(m_partial);
            m_partial = QueryResult();
            done.handler(result);
            startNext();
            return;
        }
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            if (m_partial.error.isEmpty()) {
                QueryResult r;
                r.ok = true;
                const int cols = PQnfields(res);
                const int rows = PQntuples(res);
                for (int c = 0; c < cols; ++c)
                    r.columns << QString::fromUtf8(PQfname(res, c));
                r.rows.reserve(rows);
                for (int row = 0; row < rows; ++row) {
                    QVariantList values;
                    values.reserve(cols);
                    for (int c = 0; c < cols; ++c)
                        values << convertValue(res, row, c);
                    r.rows << values;
                }
                r.rowsAffected = QByteArray(PQcmdTuples(res)).toLongLong();
                m_partial = std::move(r);
            }
        } else {
            m_partial = QueryResult();
            m_partial.error = oneLine(PQresultErrorMessage(res));
            m_partial.sqlState = QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE));
        }
        PQclear(res);
    }
}

void PgConnection::breakConnection(const QString &error)
{
    const Phase was = m_phase;
    if (was == Phase::Closed)
        return;
    const QString message = error.isEmpty() ? QCoreApplication::translate("Connection", "connection to the server was lost") : error;
    if (was == Phase::Connecting || was == Phase::Setup) {
        failConnect(message, true);
        return;
    }
    qCInfo(lcPg) << "connection lost:" << message;
    m_connectTimer->stop();
    resetNotifiers();
    PQfinish(m_conn);
    m_conn = nullptr;
    m_phase = Phase::Closed;
    failAllPending(message);
    Q_EMIT lost(message);
}

void PgConnection::failAllPending(const QString &error)
{
    QueryResult r;
    r.error = error;
    r.sqlState = QStringLiteral("08006"); // connection_failure
    // Handlers may queue new statements; those fail fast because the phase is already Closed.
    QList<Pending> pending;
    if (m_running)
        pending << std::move(*m_running);
    m_running.reset();
    while (!m_queue.isEmpty())
        pending << m_queue.dequeue();
    for (Pending &p : pending)
        p.handler(r);
}

void PgConnection::resetNotifiers()
{
    // Called from inside a notifier's own activated() signal, so delete later, not now.
    for (QSocketNotifier *n : {m_readNotifier, m_writeNotifier}) {
        if (n) {
            n->setEnabled(false);
            n->disconnect(this);
            n->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_socket = -1;
}

void PgConnection::watchSocket(bool read, bool write)
{
    const int socket = m_conn ? PQsocket(m_conn) : -1;
    if (socket < 0) {
        breakConnection(connectionError());
        return;
    }
    // While connecting libpq may close and reopen the socket (other host, SSL retry), possibly
    // under the same number; fresh notifiers each step avoid watching a stale descriptor.
    if (socket != m_socket || m_phase == Phase::Connecting) {
        resetNotifiers();
        m_socket = socket;
        m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &PgConnection::onReadable);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &PgConnection::onWritable);
    }
    m_readNotifier->setEnabled(read);
    m_writeNotifier->setEnabled(write);
}

} // namespace dbpulse

namespace dbpulse {

LinkSecurity PgConnection::linkSecurity() const
{
    return describeLink(m_conn);
}

} // namespace dbpulse
