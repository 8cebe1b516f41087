#pragma once

#include "core/db/queryresult.h"

#include <QString>
#include <QStringList>
#include <memory>

struct pg_conn;
struct pg_cancel;

namespace dbpulse {

/// \brief The doctor's own blocking libpq connection: read-only, application_name
/// "dbpulse-doctor", connect bounded by a timeout. Lives on one worker/pool thread (or the CLI's
/// main thread); only cancel() may be called from another thread.
class HealthSession
{
public:
    ~HealthSession();
    HealthSession(const HealthSession &) = delete;
    HealthSession &operator=(const HealthSession &) = delete;

    /// Connects within \a timeoutMs (libpq's connect_timeout, which also covers a host that
    /// accepts TCP but never answers). nullptr with \a error set (libpq's text) on failure.
    static std::unique_ptr<HealthSession> connect(const QString &conninfo, const QString &password,
                                                  int timeoutMs, QString *error);

    /// Runs \a sql with text parameters (a null QString is SQL NULL). Values come back as
    /// QString (null for SQL NULL) so checks decide how to read them.
    QueryResult exec(const QString &sql, const QStringList &params = {});
    /// statement_timeout and lock_timeout for the statements that follow.
    bool setTimeouts(int statementMs, int lockMs);
    /// Quotes an identifier for generated SQL (PQescapeIdentifier).
    QString quoteIdent(const QString &name) const;
    /// Asks the server to cancel the running statement. Any thread.
    void cancel();
    bool isOk() const;

private:
    explicit HealthSession(pg_conn *conn);
    pg_conn *m_conn = nullptr;
    pg_cancel *m_cancel = nullptr;
};

} // namespace dbpulse
