#include "core/jobs/statementjob.h"

#include "core/db/pghandles.h"
#include "core/db/pgsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <libpq-fe.h>
#include <poll.h>

namespace dbpulse {

namespace {

constexpr int WakeIntervalMs = 100;     // how soon a cancel request reaches the server
constexpr int ProgressIntervalMs = 500;
constexpr int ProgressTimeoutMs = 2000; // a stuck progress query must not stall the loop

QString connError(PGconn *conn)
{
    return conn ? QString::fromUtf8(PQerrorMessage(conn)).simplified() : QCoreApplication::translate("Jobs", "out of memory");
}

// A hardened Admin session: search_path pinned to pg_catalog, pg_temp (the statement names its
// objects schema-qualified), application_name dbpulse-admin, and the request's statement timeout.
std::unique_ptr<PgSession> openSession(const StatementJobRequest &request, int statementTimeoutMs, bool readOnly, QString *error)
{
    SessionOptions options = sessionDefaults(SessionPurpose::Admin);
    options.statementTimeoutMs = statementTimeoutMs;
    options.readOnly = readOnly;
    return PgSession::open(request.target.conninfo, request.password, options, error);
}

// One progress row: (percent or NULL, text). Returns false when the query failed.
bool pollProgress(PgSession &session, const QString &sql, int pid, int *percent, QString *text)
{
    const QueryResult r = session.exec(sql, {QString::number(pid)});
    if (!r.ok || r.columns.size() < 2)
        return false;
    if (r.rows.isEmpty())
        return true; // between phases the progress view may briefly have no row
    const QVariant value = r.rows.at(0).at(0);
    *percent = value.toString().isNull() ? -1 : qBound(0, int(value.toString().toDouble()), 99);
    *text = r.rows.at(0).at(1).toString();
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
    : Job(parent)
    , m_request(request)
{
}

StatementJob::~StatementJob()
{
    waitForWorker();
}

void StatementJob::doStart()
{
    setProgress(-1, m_request.description);
    runWorker([this](const JobContext &ctx) {
        const StatementOutcome outcome = runStatement(m_request, ctx);
        m_commandStatus = outcome.commandStatus;
        m_connectFailed = outcome.connectFailed;
        return outcome.error;
    });
}

namespace {

// The statement on its own session with the asynchronous API, so the loop can wake to forward a
// cancel and to poll progress. Returns the error text.
QString runStatementInto(const StatementJobRequest &request, const JobContext &ctx, StatementOutcome *outcome)
{
    QString error;
    std::unique_ptr<PgSession> session = openSession(request, qMax(0, request.statementTimeoutMs), false, &error);
    if (!session) {
        outcome->connectFailed = true;
        return QCoreApplication::translate("Jobs", "cannot connect to %1: %2").arg(request.target.label, error);
    }
    // The progress session only looks: read-only from its startup packet on.
    std::unique_ptr<PgSession> progressSession;
    if (!request.progressSql.isEmpty()) {
        QString progressError;
        progressSession = openSession(request, ProgressTimeoutMs, true, &progressError);
    }
    if (ctx.isCancelled())
        return QCoreApplication::translate("Jobs", "cancelled before the statement was sent");

    // The asynchronous API on the session's own connection, so the loop below can wake to
    // forward a cancel; the session stays pinned for the statement.
    PGconn *conn = session->handle();
    const QByteArray sql = request.sql.toUtf8();
    if (!PQsendQueryParams(conn, sql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0))
        return connError(conn);

    const int pid = PQbackendPID(conn);
    bool cancelSent = false;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    while (PQisBusy(conn)) {
        pollfd fd{PQsocket(conn), POLLIN, 0};
        if (::poll(&fd, 1, WakeIntervalMs) > 0 && !PQconsumeInput(conn))
            return connError(conn);
        if (ctx.isCancelled() && !cancelSent) {
            cancelSent = true;
            session->cancel();
        }
        if (progressSession && !cancelSent && sinceProgress.elapsed() >= ProgressIntervalMs) {
            sinceProgress.restart();
            int percent = -1;
            QString text;
            if (!pollProgress(*progressSession, request.progressSql, pid, &percent, &text))
                progressSession.reset(); // e.g. a missing view or privilege: stop asking, keep running
            else if (!text.isEmpty())
                ctx.reportProgress(percent, text);
        }
    }

    QString statementError;
    while (PGresult *raw = PQgetResult(conn)) {
        PgResultPtr res(raw);
        const ExecStatusType status = PQresultStatus(res.get());
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            outcome->commandStatus = QString::fromUtf8(PQcmdStatus(res.get()));
        else if (statementError.isEmpty())
            statementError = resultError(res.get());
    }
    if (!statementError.isEmpty())
        outcome->commandStatus.clear();
    return statementError;
}

} // namespace

StatementOutcome runStatement(const StatementJobRequest &request, const JobContext &ctx)
{
    StatementOutcome outcome;
    outcome.error = runStatementInto(request, ctx, &outcome);
    return outcome;
}

} // namespace dbpulse
