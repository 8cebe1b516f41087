#include "core/migrations/migrationstepexecutor.h"

#include "core/migrations/migrationdatabase.h"
#include "core/migrations/migrationhistory.h"
#include "core/migrations/migrationrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace dbpulse {

MigrationStepExecutor::MigrationStepExecutor(MigrationDatabase &db, MigrationHistory &history, const JobContext &context)
    : m_db(db), m_history(history), m_context(context), m_locks(db)
{
}

bool MigrationStepExecutor::simple(const QString &sql, QString *error)
{
    const SqlResult r = m_db.exec(sql);
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

bool MigrationStepExecutor::repin(QString *error)
{
    // A migration may SET search_path for the session (that outlives its COMMIT): whatever it
    // did, our own statements and the next migration start from the pinned path again.
    QString e;
    const bool ok = m_db.useSearchPath(MigrationDatabase::SearchPath::Pinned, false, &e);
    if (!ok && error)
        *error = e;
    return ok;
}

namespace {

QString seconds(int ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 1);
}

QString excerpt(const QString &sql)
{
    const QString s = sql.simplified();
    return s.size() > 100 ? s.left(97) + QLatin1String("...") : s;
}

} // namespace

bool MigrationStepExecutor::execStatements(const QString &file, const QList<SplitStatement> &statements, QString *error,
                                           const std::function<void(const SplitStatement &)> &ran)
{
    // One statement at a time: the error then points at the right line, transaction:false
    // statements (CREATE INDEX CONCURRENTLY) are not wrapped in an implicit transaction block,
    // and QtSql's SQLite driver runs only one statement per call anyway.
    for (const SplitStatement &stmt : statements) {
        if (m_context.isCancelled()) {
            *error = QStringLiteral("%1:%2: cancelled").arg(file).arg(stmt.firstTokenLine);
            return false;
        }
        const SqlResult r = m_db.exec(stmt.sql);
        if (r.ok) {
            if (ran)
                ran(stmt);
            continue;
        }
        const int line = r.position > 0 ? stmt.startLine + int(stmt.sql.left(r.position - 1).count(QLatin1Char('\n'))) : stmt.firstTokenLine;
        *error = QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(r.error);
        // A dry run's own limits: say which statement hit which one, and that nothing stays.
        const bool userCancelled = m_context.isCancelled();
        if (m_inDryRun && !userCancelled && m_db.isPostgres()
            && ((r.sqlState == QLatin1String("55P03") && m_lockTimeoutMs > 0)
                || (r.sqlState == QLatin1String("57014") && m_statementTimeoutMs > 0))) {
            const bool lock = r.sqlState == QLatin1String("55P03");
            const QString limit = lock ? QCoreApplication::translate("Migrations", "it waited longer than the dry run's lock timeout (%1 s, --lock-timeout) for a lock another session holds")
                                             .arg(seconds(m_lockTimeoutMs))
                                       : QCoreApplication::translate("Migrations", "it ran longer than the dry run's statement timeout (%1 s, --statement-timeout)")
                                             .arg(seconds(m_statementTimeoutMs));
            *error = QCoreApplication::translate("Migrations", "%1\n  statement (%2:%3): %4\n  %5; the dry run was rolled back, nothing changed")
                         .arg(*error, file, QString::number(stmt.firstTokenLine), excerpt(stmt.sql), limit);
        }
        if (!r.detail.isEmpty())
            *error += QLatin1Char('\n') + r.detail;
        if (r.connectionLost)
            *error = QCoreApplication::translate("Migrations", "%1\nthe connection was lost; the server rolls the open transaction back").arg(*error);
        return false;
    }
    return true;
}

bool MigrationStepExecutor::run(const Migration &m, bool up, const QList<SplitStatement> &statements, MigrationStep *step, QString *error)
{
    const QString file = up ? m.fileName : m.downFileName;
    const bool transactional = up ? m.upTransactional : m.downTransactional;
    QElapsedTimer clock;
    clock.start();
    QString e;
    if (transactional) {
        // The user's SQL sees the role's own search_path, for this transaction only (SET LOCAL);
        // our history statements after it see the pinned one again.
        if (!simple(QStringLiteral("BEGIN"), &e) || !m_db.useSearchPath(MigrationDatabase::SearchPath::User, true, &e)) {
            *error = QCoreApplication::translate("Migrations", "%1: cannot begin a transaction: %2").arg(file, e);
            simple(QStringLiteral("ROLLBACK"), &e);
            return false;
        }
        const bool ran = execStatements(file, statements, error);
        const bool ok = ran && m_db.useSearchPath(MigrationDatabase::SearchPath::Pinned, true, &e)
            && (up ? m_history.recordApplied(m, clock.elapsed(), &e) : m_history.recordUndone(m, clock.elapsed(), &e));
        if (!ok) {
            if (error->isEmpty())
                *error = QCoreApplication::translate("Migrations", "%1: cannot record the history: %2").arg(file, e);
            simple(QStringLiteral("ROLLBACK"), &e);
            repin();
            return false;
        }
        // The history row commits with the migration or not at all.
        if (!simple(QStringLiteral("COMMIT"), &e)) {
            *error = QCoreApplication::translate("Migrations", "%1: commit failed: %2").arg(file, e);
            repin();
            return false;
        }
        repin();
    } else {
        // Outside a transaction there is no SET LOCAL: the user's search_path is set for the
        // session while the statements run, and the pinned one put back before anything else.
        if (!m_db.useSearchPath(MigrationDatabase::SearchPath::User, false, &e)) {
            *error = QCoreApplication::translate("Migrations", "%1: cannot set the search_path: %2").arg(file, e);
            return false;
        }
        const bool ran = execStatements(file, statements, error);
        if (!repin(&e)) {
            *error = ran ? QCoreApplication::translate("Migrations", "%1: ran, but the session could not be pinned again: %2").arg(file, e)
                         : QStringLiteral("%1\n%2").arg(*error, e);
            return false;
        }
        if (!ran) {
            *error = QCoreApplication::translate("Migrations", "%1\n(this migration runs outside a transaction: statements before the failing one stay applied)").arg(*error);
            return false;
        }
        if (!simple(QStringLiteral("BEGIN"), &e)
            || !(up ? m_history.recordApplied(m, clock.elapsed(), &e) : m_history.recordUndone(m, clock.elapsed(), &e))
            || !simple(QStringLiteral("COMMIT"), &e)) {
            simple(QStringLiteral("ROLLBACK"), &e);
            *error = QCoreApplication::translate("Migrations", "%1: ran, but recording the history failed: %2").arg(file, e);
            return false;
        }
        step->note = QCoreApplication::translate("Migrations", "ran outside a transaction");
    }
    step->durationMs = clock.elapsed();
    step->done = true;
    return true;
}

// The dry run's savepoints. The sequence pass runs inside the first, so rolling back to it
// releases every lock the sequence took before the alone pass; each alone run is undone by
// rolling back to the second.
namespace {
const QString sequenceSavepoint = QStringLiteral("dbpulse_dry_run_sequence");
const QString aloneSavepoint = QStringLiteral("dbpulse_dry_run_alone");

// Why a migration that must run outside a transaction was not run: the statement PostgreSQL
// refuses inside one (libpg_query, see SplitStatement), else the marker that says so.
QString outsideTransactionReason(const QList<SplitStatement> &statements)
{
    for (const SplitStatement &stmt : statements) {
        if (!stmt.outsideTransactionOnly.isEmpty())
            return QCoreApplication::translate("Migrations", "line %1: '%2' cannot run inside a transaction, and a dry run runs everything inside one that it rolls back")
                .arg(QString::number(stmt.firstTokenLine), stmt.outsideTransactionOnly);
    }
    return QCoreApplication::translate("Migrations", "the migration is marked to run outside a transaction, and a dry run runs everything inside one that it rolls back");
}
} // namespace

bool MigrationStepExecutor::beginDryRun(int lockTimeoutMs, int statementTimeoutMs, QString *error)
{
    m_lockTimeoutMs = std::max(lockTimeoutMs, 0);
    m_statementTimeoutMs = std::max(statementTimeoutMs, 0);
    m_inDryRun = simple(QStringLiteral("BEGIN"), error)
        && (!m_db.isPostgres() || simple(QStringLiteral("SAVEPOINT ") + sequenceSavepoint, error));
    return m_inDryRun;
}

void MigrationStepExecutor::endDryRun()
{
    QString e;
    simple(QStringLiteral("ROLLBACK"), &e);
    m_inDryRun = false;
}

bool MigrationStepExecutor::prepareDryRunMigration(const QString &file, QString *error)
{
    // Inside the dry run's one transaction: SET LOCAL ends with its ROLLBACK (or the savepoint's).
    // The lock and catalog queries are schema-qualified throughout, so they are safe under the
    // user's search_path too.
    if (!m_db.useSearchPath(MigrationDatabase::SearchPath::User, true, error))
        return false;
    if (!m_db.isPostgres())
        return true;
    // A dry run is often pointed at production: it must not queue for long behind (and so in
    // front of) other sessions' locks, nor run for long. Set again for every migration, SET
    // LOCAL, so an earlier migration's own SET does not carry over; ROLLBACK ends it.
    const SqlResult r = m_db.exec(QStringLiteral("SELECT pg_catalog.set_config('lock_timeout', $1, true), "
                                                 "pg_catalog.set_config('statement_timeout', $2, true)"),
                                  {QString::number(m_lockTimeoutMs), QString::number(m_statementTimeoutMs)});
    if (!r.ok)
        *error = QCoreApplication::translate("Migrations", "%1: cannot set the dry run's timeouts: %2").arg(file, r.error);
    return r.ok;
}

bool MigrationStepExecutor::dryRun(const Migration &m, bool up, const QList<SplitStatement> &statements, MigrationStep *step, QString *error)
{
    if (!(up ? m.upTransactional : m.downTransactional)) {
        step->note = QCoreApplication::translate("Migrations", "not run in the dry-run: it must run outside a transaction");
        step->locksNotChecked = outsideTransactionReason(statements);
        m_locks.skipped();
        return true;
    }
    const QString file = up ? m.fileName : m.downFileName;
    QElapsedTimer clock;
    clock.start();
    if (!prepareDryRunMigration(file, error))
        return false;
    if (!m_db.isPostgres()) {
        if (!execStatements(file, statements, error))
            return false;
        step->durationMs = clock.elapsed();
        step->locksNotChecked = QCoreApplication::translate("Migrations", "SQLite does not lock single tables: a migration holds the whole database file's write lock until it commits");
        step->note = QCoreApplication::translate("Migrations", "SQLite locks the whole database file for writing");
        step->done = true;
        return true;
    }
    m_locks.startMigration();
    if (!execStatements(file, statements, error, [this](const SplitStatement &stmt) { m_locks.statementRan(stmt.firstTokenLine); }))
        return false;
    step->durationMs = clock.elapsed();
    m_locks.finishInSequence(step);
    step->done = true;
    return true;
}

bool MigrationStepExecutor::checkLocksAlone(const QList<const Migration *> &todo, bool up, const QList<QList<SplitStatement>> &scripts,
                                            QList<MigrationStep> &steps, QString *error)
{
    if (!m_db.isPostgres())
        return true;
    // Undo the whole sequence: its locks go, so each migration below takes its own afresh.
    if (!simple(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sequenceSavepoint, error))
        return false;
    for (qsizetype i = 0; i < todo.size(); ++i) {
        if (!m_locks.needsAloneRun(i))
            continue;
        if (m_context.isCancelled()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const Migration &m = *todo.at(i);
        const QString file = up ? m.fileName : m.downFileName;
        if (!simple(QStringLiteral("SAVEPOINT ") + aloneSavepoint, error) || !prepareDryRunMigration(file, error))
            return false;
        m_locks.startMigration();
        QString why;
        if (execStatements(file, scripts.at(i), &why, [this](const SplitStatement &stmt) { m_locks.statementRan(stmt.firstTokenLine); }))
            m_locks.finishAlone(i, &steps[i]);
        else
            m_locks.failedAlone(i, &steps[i], why.section(QLatin1Char('\n'), 0, 0));
        if (!simple(QStringLiteral("ROLLBACK TO SAVEPOINT ") + aloneSavepoint, error)
            || !simple(QStringLiteral("RELEASE SAVEPOINT ") + aloneSavepoint, error))
            return false;
        if (m_context.isCancelled()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
    }
    return true;
}

} // namespace dbpulse
