#pragma once

#include "core/db/target.h"
#include "core/jobs/jobcontext.h"

#include <QList>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace dbpulse {

/// \brief What one statement returned: rows as text, or the server's error and where it points.
struct SqlResult
{
    bool ok = false;
    QString error;       ///< "ERROR: syntax error at or near "x"" (severity and primary message)
    QString detail;      ///< DETAIL/HINT lines, when the server sent them
    int position = 0;    ///< 1-based character offset into the statement, 0 when unknown
    QString sqlState;    ///< PostgreSQL's SQLSTATE ("55P03" lock_not_available …); empty when unknown
    QList<QStringList> rows;
    bool connectionLost = false;
};

/// \brief A blocking connection the migration runner drives: one PGconn or one QSqlDatabase.
///
/// Lives in, and is used only from, the thread that created it (a Job's worker thread or the
/// CLI's main thread). interrupt() alone may be called from any thread.
class MigrationDatabase
{
public:
    enum class Dialect { PostgreSQL, SQLite };

    virtual ~MigrationDatabase();

    /// Opens a connection for \a target; nullptr with \a error set when it cannot connect.
    /// Cancelling \a context ends the connect.
    static std::unique_ptr<MigrationDatabase> open(const Target &target, const QString &password, QString *error,
                                                   const JobContext &context = {});

    virtual Dialect dialect() const = 0;
    /// Runs one statement; \a params ($1, $2 … as text; a null QVariant is SQL NULL).
    virtual SqlResult exec(const QString &sql, const QVariantList &params = {}) = 0;
    /// Cancels the running statement. Any thread.
    virtual void interrupt() {}
    /// Session-level advisory lock: true when taken now, false when another session holds it.
    /// SQLite serialises writers itself and always returns true.
    virtual bool tryLock(QString *error) = 0;
    virtual void unlock() = 0;
    /// Human-readable, password-free name of the database ("app on db1:5432").
    virtual QString label() const = 0;
    /// The database's name alone (what a confirmation asks the user to type).
    virtual QString databaseName() const = 0;
    /// Where it lives: "db1:5432" (host and port), or the SQLite file's full path.
    virtual QString server() const = 0;

    /// Where the statements that follow resolve unqualified names. DB Pulse's own statements
    /// (history, locks, checks) run Pinned; the user's migration SQL runs under User, the
    /// search_path the role would have in psql. \a local: only until the open transaction ends
    /// (SET LOCAL), otherwise for the session. SQLite has no search_path: always true.
    enum class SearchPath { Pinned, User };
    virtual bool useSearchPath(SearchPath path, bool local, QString *error)
    {
        Q_UNUSED(path);
        Q_UNUSED(local);
        Q_UNUSED(error);
        return true;
    }
    /// \a table as DB Pulse's own SQL must name it: schema-qualified and quoted on PostgreSQL,
    /// in the schema the user's search_path finds it in (or would create it in), as dbmate and
    /// Flyway resolve it; unchanged on SQLite.
    virtual QString qualifiedTable(const QString &table) { return table; }

    bool isPostgres() const { return dialect() == Dialect::PostgreSQL; }
};

} // namespace dbpulse
