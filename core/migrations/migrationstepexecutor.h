#pragma once

#include "core/jobs/jobcontext.h"
#include "core/migrations/dryrunlocktracker.h"
#include "core/migrations/migration.h"

#include <functional>

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
    /// Runs the next migration of the dry run, after the earlier ones, and records the locks it
    /// took that no earlier one held, and the tables it rewrote. A migration that must run
    /// outside a transaction is not run: its locks are "not checked", with the reason.
    bool dryRun(const Migration &m, bool up, const QList<SplitStatement> &statements, MigrationStep *step, QString *error);
    /// After every migration ran through dryRun(), in order (the same \a todo, \a scripts and
    /// \a steps): rolls them back and runs alone each one that began with locks an earlier one
    /// already held, to learn which of those it needs too (see DryRunLockTracker).
    bool checkLocksAlone(const QList<const Migration *> &todo, bool up, const QList<QList<SplitStatement>> &scripts,
                         QList<MigrationStep> &steps, QString *error);
    void endDryRun();

private:
    /// Puts the pinned search_path back for the session (false with \a error when it cannot).
    bool repin(QString *error = nullptr);
    /// Runs \a statements one by one; \a ran, when set, is called after each that succeeded.
    bool execStatements(const QString &file, const QList<SplitStatement> &statements, QString *error,
                        const std::function<void(const SplitStatement &)> &ran = {});
    bool simple(const QString &sql, QString *error);
    /// Inside the dry run: the user's search_path and the dry run's timeouts, until the
    /// transaction (or the savepoint it is in) ends.
    bool prepareDryRunMigration(const QString &file, QString *error);

    MigrationDatabase &m_db;
    MigrationHistory &m_history;
    JobContext m_context;
    DryRunLockTracker m_locks;
    bool m_inDryRun = false;
    int m_lockTimeoutMs = 0;
    int m_statementTimeoutMs = 0;
};

} // namespace dbpulse
