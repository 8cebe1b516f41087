#pragma once

#include "core/jobs/job.h"
#include "core/db/target.h"

#include <QString>

namespace dbpulse {

/// \brief What a StatementJob runs, where, and how it reports progress.
struct StatementJobRequest
{
    Target target;
    QString password;        ///< empty: libpq's own sources (pgpass, service, PGPASSWORD)
    /// One statement, run outside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, REINDEX …).
    QString sql;
    /// Optional: polled every 500 ms on a second connection with $1 = the pid of the backend
    /// running \a sql; returns one row (percent double precision or NULL, text).
    QString progressSql;
    QString description;     ///< shown as the progress text until the first progress row arrives
    int statementTimeoutMs = 0; ///< 0: no timeout (the server's default is overridden, not kept)
};

/// \brief What running one statement gave. Value type.
struct StatementOutcome
{
    QString error;          ///< empty on success; the server's message with its SQLSTATE otherwise
    QString commandStatus;  ///< the server's command tag on success (e.g. "CREATE INDEX")
    bool connectFailed = false;
};

/// Runs \a request's statement as StatementJob does, on the calling thread: for workflows that run
/// a statement among other steps (IndexApplyJob). Cancelled through \a ctx. Blocking.
StatementOutcome runStatement(const StatementJobRequest &request, const JobContext &ctx);

/// \brief Runs one maintenance statement (index builds, VACUUM) as a cancellable Job.
///
/// The statement runs on its own PgSession (purpose Admin: search_path pinned to pg_catalog,
/// pg_temp, so it must name its objects schema-qualified), sent with libpq's asynchronous API from the job's
/// private worker thread, so neither the job's thread (normally the GUI thread) nor the worker
/// ever waits on the server uninterruptibly: the worker wakes every 100 ms to notice a cancel
/// request, which it forwards with PQcancel, and every 500 ms to run the progress query on a
/// second, read-only Admin session (a progress query that fails only silences progress, it never fails the
/// job). The statement gets a single-statement extended-protocol round trip, which PostgreSQL
/// treats as outside any transaction block — as CREATE INDEX CONCURRENTLY requires. The job
/// finishes Succeeded, Failed with the server's message (SQLSTATE included), or Cancelled.
/// Sessions use application_name `dbpulse-admin`: they are the user's actions, not monitoring.
/// Lives in the thread that created it; the destructor cancels and waits for the worker.
class StatementJob : public Job
{
    Q_OBJECT
public:
    explicit StatementJob(const StatementJobRequest &request, QObject *parent = nullptr);
    ~StatementJob() override;

    const StatementJobRequest &request() const { return m_request; }
    /// The server's command tag on success (e.g. "CREATE INDEX"); empty before.
    QString commandStatus() const { return m_commandStatus; }

protected:
    void doStart() override;

private:
    const StatementJobRequest m_request;
    QString m_commandStatus; ///< written by the worker before it returns
};

} // namespace dbpulse
