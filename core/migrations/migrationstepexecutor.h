#pragma once

#include "core/jobs/jobcontext.h"
#include "core/migrations/migration.h"

#include <QHash>

namespace dbpulse {

class MigrationDatabase;
class MigrationHistory;
struct MigrationStep;

/// \brief Runs one migration's SQL the safe way: in its own transaction with its history row
/// (unless it must run outside one), or inside a dry-run transaction that is rolled back,
/// recording the locks it took and the tables it rewrote. Runner's thread only.
class MigrationStepExecutor
{
public:
    /// Stops before the next statement once \a context is cancelled.
    MigrationStepExecutor(MigrationDatabase &db, MigrationHistory &history, const JobContext &context);

    /// Runs \a statements, the migration's up or down SQL as split beforehand (see
    /// Runner::prepareScripts, which also refuses transaction control). Errors read
    /// "FILE:LINE: ERROR: server message".
    bool run(const Migration &m, bool up, const QList<SplitStatement> &statements, MigrationStep *step, QString *error);

    /// Opens the dry run's one transaction. On PostgreSQL every migration in it then runs under
    /// lock_timeout \a lockTimeoutMs and statement_timeout \a statementTimeoutMs (0: no limit).
    bool beginDryRun(int lockTimeoutMs, int statementTimeoutMs, QString *error);
    bool dryRun(const Migration &m, bool up, const QList<SplitStatement> &statements, MigrationStep *step, QString *error);
    void endDryRun();

private:
    /// Puts the pinned search_path back for the session (false with \a error when it cannot).
    bool repin(QString *error = nullptr);
    bool execStatements(const QString &file, const QList<SplitStatement> &statements, QString *error);
    bool simple(const QString &sql, QString *error);
    QStringList heldLocks();
    QHash<QString, QString> relationFiles();

    MigrationDatabase &m_db;
    MigrationHistory &m_history;
    JobContext m_context;
    bool m_inDryRun = false;
    int m_lockTimeoutMs = 0;
    int m_statementTimeoutMs = 0;
};

} // namespace dbpulse
