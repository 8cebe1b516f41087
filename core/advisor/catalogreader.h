#pragma once

#include "core/db/target.h"
#include "core/jobs/jobcontext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

struct pg_conn;

namespace dbpulse { class PgSession; }

namespace dbpulse {

/// \brief Rows of a query as text; NULL is a null QString. Value type.
struct AdvisorRows
{
    bool ok = false;
    QString error;
    QList<QStringList> rows;
};

/// \brief One blocking hardened session (PgSession, purpose Advisor) for an advisor run. Not thread-safe: owned by the thread
/// (CLI main thread or a pool thread) that runs the analysis; it never crosses threads.
class CatalogReader
{
public:
    CatalogReader();
    ~CatalogReader();
    CatalogReader(const CatalogReader &) = delete;
    CatalogReader &operator=(const CatalogReader &) = delete;

    /// Connects and makes the session read-only with a statement timeout. False with error();
    /// cancelling \a context ends the connect.
    bool open(const Target &target, const QString &password, int connectTimeoutMs, int statementTimeoutMs,
              const JobContext &context = {});
    bool isOpen() const;
    QString error() const { return m_error; }

    /// Runs \a sql with text parameters (PQexecParams). Null QString parameters are SQL NULL.
    AdvisorRows query(const QString &sql, const QStringList &params = {});
    /// Runs a command; false with the server's message in \a error.
    bool exec(const QString &sql, QString *error = nullptr);

    /// Asks the server to cancel the running statement; callable from any thread.
    void cancel();

    pg_conn *handle() const { return m_conn; }
    /// The hardened session underneath (extension schemas, quoting); null until open() succeeds.
    PgSession *session() const { return m_session.get(); }

private:
    std::unique_ptr<PgSession> m_session;
    pg_conn *m_conn = nullptr;
    QString m_error;
};

/// Double-quotes \a identifier (inner quotes doubled), as PQescapeIdentifier does: always quoting
/// keeps capitals, spaces, keywords and non-ASCII names intact in generated DDL. Any thread.
QString quoteIdentifier(const QString &identifier);

} // namespace dbpulse
