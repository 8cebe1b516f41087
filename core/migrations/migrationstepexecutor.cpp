#include "core/migrations/migrationstepexecutor.h"

#include "core/migrations/migrationdatabase.h"
#include "core/migrations/migrationhistory.h"
#include "core/migrations/migrationrunner.h"

#include <QElapsedTimer>

namespace dbpulse {

MigrationStepExecutor::MigrationStepExecutor(MigrationDatabase &db, MigrationHistory &history, const JobContext &context)
    : m_db(db), m_history(history), m_context(context)
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

bool MigrationStepExecutor::execStatements(const QString &file, const QList<SplitStatement> &statements, QString *error)
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
        if (r.ok)
            continue;
        const int line = r.position > 0 ? stmt.startLine + int(stmt.sql.left(r.position - 1).count(QLatin1Char('\n'))) : stmt.firstTokenLine;
        *error = QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(r.error);
        // A dry run's own limits: say which statement hit which one, and that nothing stays.
        const bool userCancelled = m_context.isCancelled();
        if (m_inDryRun && !userCancelled && m_db.isPostgres()
            && ((r.sqlState == QLatin1String("55P03") && m_lockTimeoutMs > 0)
                || (r.sqlState == QLatin1String("57014") && m_statementTimeoutMs > 0))) {
            const bool lock = r.sqlState == QLatin1String("55P03");
            *error += QStringLiteral("\n  statement (%1:%2): %3\n  %4; the dry run was rolled back, nothing changed")
                          .arg(file).arg(stmt.firstTokenLine).arg(excerpt(stmt.sql),
                               lock ? QStringLiteral("it waited longer than the dry run's lock timeout (%1 s, --lock-timeout) for a lock another session holds")
                                          .arg(seconds(m_lockTimeoutMs))
                                    : QStringLiteral("it ran longer than the dry run's statement timeout (%1 s, --statement-timeout)")
                                          .arg(seconds(m_statementTimeoutMs)));
        }
        if (!r.detail.isEmpty())
            *error += QLatin1Char('\n') + r.detail;
        if (r.connectionLost)
            *error += QStringLiteral("\nthe connection was lost; the server rolls the open transaction back");
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
            *error = QStringLiteral("%1: cannot begin a transaction: %2").arg(file, e);
            simple(QStringLiteral("ROLLBACK"), &e);
            return false;
        }
        const bool ran = execStatements(file, statements, error);
        const bool ok = ran && m_db.useSearchPath(MigrationDatabase::SearchPath::Pinned, true, &e)
            && (up ? m_history.recordApplied(m, clock.elapsed(), &e) : m_history.recordUndone(m, clock.elapsed(), &e));
        if (!ok) {
            if (error->isEmpty())
                *error = QStringLiteral("%1: cannot record the history: %2").arg(file, e);
            simple(QStringLiteral("ROLLBACK"), &e);
            repin();
            return false;
        }
        // The history row commits with the migration or not at all.
        if (!simple(QStringLiteral("COMMIT"), &e)) {
            *error = QStringLiteral("%1: commit failed: %2").arg(file, e);
            repin();
            return false;
        }
        repin();
    } else {
        // Outside a transaction there is no SET LOCAL: the user's search_path is set for the
        // session while the statements run, and the pinned one put back before anything else.
        if (!m_db.useSearchPath(MigrationDatabase::SearchPath::User, false, &e)) {
            *error = QStringLiteral("%1: cannot set the search_path: %2").arg(file, e);
            return false;
        }
        const bool ran = execStatements(file, statements, error);
        if (!repin(&e)) {
            *error = ran ? QStringLiteral("%1: ran, but the session could not be pinned again: %2").arg(file, e)
                         : *error + QStringLiteral("\n") + e;
            return false;
        }
        if (!ran) {
            *error += QStringLiteral("\n(this migration runs outside a transaction: statements before the failing one stay applied)");
            return false;
        }
        if (!simple(QStringLiteral("BEGIN"), &e)
            || !(up ? m_history.recordApplied(m, clock.elapsed(), &e) : m_history.recordUndone(m, clock.elapsed(), &e))
            || !simple(QStringLiteral("COMMIT"), &e)) {
            simple(QStringLiteral("ROLLBACK"), &e);
            *error = QStringLiteral("%1: ran, but recording the history failed: %2").arg(file, e);
            return false;
        }
        step->note = QStringLiteral("ran outside a transaction");
    }
    step->durationMs = clock.elapsed();
    step->done = true;
    return true;
}

bool MigrationStepExecutor::beginDryRun(int lockTimeoutMs, int statementTimeoutMs, QString *error)
{
    m_lockTimeoutMs = std::max(lockTimeoutMs, 0);
    m_statementTimeoutMs = std::max(statementTimeoutMs, 0);
    m_inDryRun = simple(QStringLiteral("BEGIN"), error);
    return m_inDryRun;
}

void MigrationStepExecutor::endDryRun()
{
    QString e;
    simple(QStringLiteral("ROLLBACK"), &e);
    m_inDryRun = false;
}

QStringList MigrationStepExecutor::heldLocks()
{
    if (!m_db.isPostgres())
        return {};
    const SqlResult r = m_db.exec(QStringLiteral(
        "SELECT pg_catalog.concat(l.mode, ' on ', CAST(CAST(l.relation AS pg_catalog.regclass) AS pg_catalog.text)) "
        "FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) l.relation "
        "LEFT JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace "
        "WHERE l.pid OPERATOR(pg_catalog.=) pg_catalog.pg_backend_pid() AND l.granted "
        "AND l.locktype OPERATOR(pg_catalog.=) 'relation' "
        "AND (n.nspname IS NULL OR (n.nspname OPERATOR(pg_catalog.<>) 'pg_catalog' "
        "AND n.nspname OPERATOR(pg_catalog.<>) 'information_schema')) ORDER BY 1"));
    QStringList out;
    for (const QStringList &row : r.rows)
        out << row.value(0);
    return out;
}

QHash<QString, QString> MigrationStepExecutor::relationFiles()
{
    QHash<QString, QString> out;
    if (!m_db.isPostgres())
        return out;
    const SqlResult r = m_db.exec(QStringLiteral(
        "SELECT CAST(CAST(c.oid AS pg_catalog.regclass) AS pg_catalog.text), CAST(c.relfilenode AS pg_catalog.text) "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace "
        "WHERE (c.relkind OPERATOR(pg_catalog.=) 'r' OR c.relkind OPERATOR(pg_catalog.=) 'm') "
        "AND n.nspname OPERATOR(pg_catalog.<>) 'pg_catalog' AND n.nspname OPERATOR(pg_catalog.<>) 'information_schema' "
        "AND NOT n.nspname OPERATOR(pg_catalog.~~) 'pg\\_toast%' AND NOT n.nspname OPERATOR(pg_catalog.~~) 'pg\\_temp%'"));
    for (const QStringList &row : r.rows)
        out.insert(row.value(0), row.value(1));
    return out;
}

bool MigrationStepExecutor::dryRun(const Migration &m, bool up, const QList<SplitStatement> &statements, MigrationStep *step, QString *error)
{
    if (!(up ? m.upTransactional : m.downTransactional)) {
        step->note = QStringLiteral("not run in the dry-run: it must run outside a transaction");
        return true;
    }
    QElapsedTimer clock;
    clock.start();
    // Inside the dry run's one transaction: SET LOCAL ends with its ROLLBACK. The queries below
    // are schema-qualified throughout, so they are safe under the user's search_path too, and
    // name relations as the user sees them ("users", not "public.users").
    if (!m_db.useSearchPath(MigrationDatabase::SearchPath::User, true, error))
        return false;
    if (m_db.isPostgres()) {
        // A dry run is often pointed at production: it must not queue for long behind (and so in
        // front of) other sessions' locks, nor run for long. Set again for every migration, SET
        // LOCAL, so an earlier migration's own SET does not carry over; ROLLBACK ends it.
        const SqlResult r = m_db.exec(QStringLiteral("SELECT pg_catalog.set_config('lock_timeout', $1, true), "
                                                     "pg_catalog.set_config('statement_timeout', $2, true)"),
                                      {QString::number(m_lockTimeoutMs), QString::number(m_statementTimeoutMs)});
        if (!r.ok) {
            *error = QStringLiteral("%1: cannot set the dry run's timeouts: %2").arg(up ? m.fileName : m.downFileName, r.error);
            return false;
        }
    }
    const QStringList locksBefore = heldLocks();
    const QHash<QString, QString> filesBefore = relationFiles();
    if (!execStatements(up ? m.fileName : m.downFileName, statements, error))
        return false;
    step->durationMs = clock.elapsed();
    for (const QString &lock : heldLocks()) {
        if (!locksBefore.contains(lock))
            step->locks << lock;
    }
    // A new relfilenode for an existing table means its storage was rewritten (ALTER … TYPE, volatile DEFAULT …).
    const QHash<QString, QString> filesAfter = relationFiles();
    for (auto it = filesBefore.cbegin(); it != filesBefore.cend(); ++it) {
        if (filesAfter.contains(it.key()) && filesAfter.value(it.key()) != it.value())
            step->rewrites << it.key();
    }
    if (!m_db.isPostgres())
        step->note = QStringLiteral("SQLite locks the whole database file for writing");
    step->done = true;
    return true;
}

} // namespace dbpulse
