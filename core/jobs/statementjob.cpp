#include "core/jobs/statementjob.h"

#include "core/db/pghandles.h"

#include <QElapsedTimer>

#include <libpq-fe.h>
#include <poll.h>

namespace dbpulse {

namespace {

constexpr int WakeIntervalMs = 100;     // how soon a cancel request reaches the server
constexpr int ProgressIntervalMs = 500;
constexpr const char *ProgressTimeoutMs = "2000"; // a stuck progress query must not stall the loop

QString connError(PGconn *conn)
{
    return conn ? QString::fromUtf8(PQerrorMessage(conn)).simplified() : QStringLiteral("out of memory");
}

PgConnPtr openSession(const StatementJobRequest &request, const char *statementTimeoutMs, QString *error)
{
    const QByteArray conninfo = request.target.conninfo.toUtf8();
    const QByteArray pw = request.password.toUtf8();
    const char *keys[] = {"dbname", "application_name", "connect_timeout",
                          request.password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {conninfo.constData(), "dbpulse-admin", "10", pw.constData(), nullptr};
    PgConnPtr conn(PQconnectdbParams(keys, values, 1));
    if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
        *error = connError(conn.get());
        return nullptr;
    }
    const char *params[] = {statementTimeoutMs};
    PgResultPtr res(PQexecParams(conn.get(), "SELECT set_config('statement_timeout', $1, false)", 1, nullptr,
                                 params, nullptr, nullptr, 0));
    if (PQresultStatus(res.get()) != PGRES_TUPLES_OK) {
        *error = QString::fromUtf8(PQresultErrorMessage(res.get())).simplified();
        return nullptr;
    }
    return conn;
}

// One progress row: (percent or NULL, text). Returns false when the query failed.
bool pollProgress(PGconn *conn, const QString &sql, int pid, int *percent, QString *text)
{
    const QByteArray query = sql.toUtf8();
    const QByteArray pidText = QByteArray::number(pid);
    const char *params[] = {pidText.constData()};
    PgResultPtr res(PQexecParams(conn, query.constData(), 1, nullptr, params, nullptr, nullptr, 0));
    if (PQresultStatus(res.get()) != PGRES_TUPLES_OK || PQnfields(res.get()) < 2)
        return false;
    if (PQntuples(res.get()) == 0)
        return true; // between phases the progress view may briefly have no row
    *percent = PQgetisnull(res.get(), 0, 0) ? -1 : qBound(0, int(QByteArray(PQgetvalue(res.get(), 0, 0)).toDouble()), 99);
    *text = QString::fromUtf8(PQgetvalue(res.get(), 0, 1));
    return true;
}

QString resultError(const PGresult *res)
{
    QString message = QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
    if (message.isEmpty())
        return QString::fromUtf8(PQresultErrorMessage(res)).simplified();
    if (const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL))
        message += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail).simplified());
    if (const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE))
        message += QStringLiteral(" [SQLSTATE %1]").arg(QString::fromLatin1(state));
    return message;
}

} // namespace

StatementJob::StatementJob(const StatementJobRequest &request, QObject *parent)
    : WorkerJob(parent)
    , m_request(request)
{
}

StatementJob::~StatementJob()
{
    stopWorker();
}

void StatementJob::doStart()
{
    setProgress(-1, m_request.description);
    runWorker([this] { return run(); });
}

QString StatementJob::run()
{
    QString error;
    const QByteArray timeout = QByteArray::number(qMax(0, m_request.statementTimeoutMs));
    PgConnPtr conn = openSession(m_request, timeout.constData(), &error);
    if (!conn) {
        m_connectFailed = true;
        return QStringLiteral("cannot connect to %1: %2").arg(m_request.target.label, error);
    }
    PgConnPtr progressConn;
    if (!m_request.progressSql.isEmpty()) {
        QString progressError;
        progressConn = openSession(m_request, ProgressTimeoutMs, &progressError);
    }
    if (aborted())
        return QStringLiteral("cancelled before the statement was sent");

    const QByteArray sql = m_request.sql.toUtf8();
    if (!PQsendQueryParams(conn.get(), sql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0))
        return connError(conn.get());

    const int pid = PQbackendPID(conn.get());
    bool cancelSent = false;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    while (PQisBusy(conn.get())) {
        pollfd fd{PQsocket(conn.get()), POLLIN, 0};
        if (::poll(&fd, 1, WakeIntervalMs) > 0 && !PQconsumeInput(conn.get()))
            return connError(conn.get());
        if (aborted() && !cancelSent) {
            cancelSent = true;
            if (PGcancel *cancel = PQgetCancel(conn.get())) {
                char errbuf[256];
                PQcancel(cancel, errbuf, sizeof errbuf);
                PQfreeCancel(cancel);
            }
        }
        if (progressConn && !cancelSent && sinceProgress.elapsed() >= ProgressIntervalMs) {
            sinceProgress.restart();
            int percent = -1;
            QString text;
            if (!pollProgress(progressConn.get(), m_request.progressSql, pid, &percent, &text))
                progressConn.reset(); // e.g. a missing view or privilege: stop asking, keep running
            else if (!text.isEmpty())
                reportProgress(percent, text);
        }
    }

    QString statementError;
    while (PGresult *raw = PQgetResult(conn.get())) {
        PgResultPtr res(raw);
        const ExecStatusType status = PQresultStatus(res.get());
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            m_commandStatus = QString::fromUtf8(PQcmdStatus(res.get()));
        else if (statementError.isEmpty())
            statementError = resultError(res.get());
    }
    if (!statementError.isEmpty())
        m_commandStatus.clear();
    return statementError;
}

} // namespace dbpulse
