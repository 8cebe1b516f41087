#include "core/migrations/migrationrunner.h"

#include "core/migrations/migrationdatabase.h"
#include "core/migrations/migrationhistory.h"
#include "core/migrations/migrationlogging.h"
#include "core/migrations/migrationsource.h"
#include "core/migrations/migrationstepexecutor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

namespace dbpulse {

namespace {

bool checksumDiffers(const Migration &m, const AppliedMigration &a)
{
    if (!a.sha256.isEmpty())
        return a.sha256 != m.sha256;
    if (a.flywayChecksum)
        return *a.flywayChecksum != m.flywayChecksum;
    return false; // applied by a tool that keeps no checksum: nothing to compare
}

MigrationStep makeStep(const Migration &m, bool up)
{
    MigrationStep step;
    step.version = m.version.isEmpty() ? QStringLiteral("R") : m.version;
    step.description = m.description;
    step.script = up ? m.fileName : m.downFileName;
    step.up = up;
    step.transactional = up ? m.upTransactional : m.downTransactional;
    step.sql = up ? m.upSql : m.downSql;
    return step;
}

class Runner
{
public:
    Runner(const MigrationRequest &req, const JobContext &context, const MigrationLog &log, MigrationReport &report)
        : m_req(req), m_context(context), m_log(log), m_report(report) {}

    void run();

private:
    void log(const QString &text)
    {
        qCDebug(lcMigrations).noquote() << text;
        if (m_log)
            m_log(text);
    }
    bool cancelled() const { return m_context.isCancelled(); }
    bool resolveStyle();
    bool loadState();
    bool acquireLock();
    void computeStatus();
    QList<const Migration *> planUp();
    void prepareScripts(const QList<const Migration *> &todo, bool up, QList<QList<SplitStatement>> *scripts);
    QList<const Migration *> planUpSteps();
    bool planDownSteps(QList<const Migration *> *todo);
    bool matchesConfirmation(bool up);
    void runUpOrDown(bool up);
    void executeSteps(const QList<const Migration *> &todo, const QList<QList<SplitStatement>> &scripts, bool up);
    void markLocksUnchecked(qsizetype failedAt);
    void validate();
    bool loadFiles();
    void runCommand();
    bool fail(const QString &error)
    {
        m_report.ok = false;
        m_report.error = error;
        return false;
    }

    const MigrationRequest &m_req;
    const JobContext &m_context;
    const MigrationLog &m_log;
    MigrationReport &m_report;
    MigrationSet m_set;
    std::unique_ptr<MigrationDatabase> m_db;
    std::unique_ptr<MigrationHistory> m_history;
    QList<AppliedMigration> m_applied;
    QHash<QString, AppliedMigration> m_appliedByKey;
    bool m_locked = false;
};

bool Runner::resolveStyle()
{
    MigrationStyle style = m_req.style == MigrationStyle::Auto ? m_set.style : m_req.style;
    if (m_req.style == MigrationStyle::Auto && style == MigrationStyle::Flyway) {
        // Same file names, two history tables: follow whichever this database already has.
        QString error;
        bool flyway = false, native = false;
        if (!MigrationHistory(*m_db, MigrationStyle::Flyway).exists(&flyway, &error)
            || !MigrationHistory(*m_db, MigrationStyle::Native).exists(&native, &error))
            return fail(error);
        style = flyway ? MigrationStyle::Flyway
              : native ? MigrationStyle::Native
              : m_set.flywayConfigPresent ? MigrationStyle::Flyway : MigrationStyle::Native;
    }
    m_report.style = style;
    m_history = std::make_unique<MigrationHistory>(*m_db, style);
    return true;
}

bool Runner::loadState()
{
    QString error;
    if (!m_history->load(&m_applied, &error))
        return fail(QCoreApplication::translate("Migrations", "cannot read the history: %1").arg(error));
    m_appliedByKey.clear();
    for (const AppliedMigration &a : std::as_const(m_applied))
        m_appliedByKey.insert(a.key, a);
    computeStatus();
    return true;
}

bool Runner::acquireLock()
{
    QElapsedTimer waited;
    waited.start();
    bool announced = false;
    for (;;) {
        QString error;
        if (m_db->tryLock(&error)) {
            m_locked = true;
            return true;
        }
        if (!error.isEmpty())
            return fail(QCoreApplication::translate("Migrations", "cannot take the migration lock: %1").arg(error));
        if (!announced) {
            log(QCoreApplication::translate("Migrations", "waiting for another runner to finish on %1…").arg(m_db->label()));
            announced = true;
        }
        if (waited.elapsed() >= m_req.waitForLockMs)
            return fail(QCoreApplication::translate("Migrations", "another runner holds the lock on %1 (waited %2 s)").arg(m_db->label()).arg(waited.elapsed() / 1000));
        if (cancelled())
            return fail(QStringLiteral("cancelled"));
        // Polling between short statements, never a blocking pg_advisory_lock(): see migrationdatabase.
        QThread::msleep(50 + QRandomGenerator::global()->bounded(100));
    }
}

void Runner::computeStatus()
{
    m_report.status.clear();
    QString newest;
    for (const AppliedMigration &a : std::as_const(m_applied)) {
        if (!a.version.isEmpty() && (newest.isEmpty() || compareVersions(a.version, newest) > 0))
            newest = a.version;
    }
    for (const Migration &m : std::as_const(m_set.migrations)) {
        MigrationStatusRow row{m.version, m.description, m.fileName, {}, {}, false, m.isRepeatable()};
        const auto it = m_appliedByKey.constFind(m.historyKey());
        if (it != m_appliedByKey.constEnd()) {
            row.appliedAt = it->appliedAt;
            row.state = !checksumDiffers(m, *it) ? QStringLiteral("applied")
                      : m.isRepeatable() ? QStringLiteral("pending") // a changed repeatable simply runs again
                                         : QStringLiteral("changed");
        } else {
            row.state = QStringLiteral("pending");
            row.outOfOrder = !m.isRepeatable() && !newest.isEmpty() && compareVersions(m.version, newest) < 0;
        }
        m_report.status << row;
    }
    for (const AppliedMigration &a : std::as_const(m_applied)) {
        if (!m_set.find(a.key))
            m_report.status << MigrationStatusRow{a.version, a.description, a.script, QStringLiteral("missing"), a.appliedAt, false, a.version.isEmpty()};
    }
    std::stable_sort(m_report.status.begin(), m_report.status.end(), [](const MigrationStatusRow &a, const MigrationStatusRow &b) {
        if (a.repeatable != b.repeatable)
            return !a.repeatable;
        return !a.repeatable && compareVersions(a.version, b.version) < 0;
    });
}

QList<const Migration *> Runner::planUp()
{
    QList<const Migration *> plan;
    for (const MigrationStatusRow &row : std::as_const(m_report.status)) {
        if (row.state != QLatin1String("pending"))
            continue;
        if (!m_req.toVersion.isEmpty() && (row.repeatable || compareVersions(row.version, m_req.toVersion) > 0))
            continue;
        if (const Migration *m = m_set.find(row.repeatable ? QStringLiteral("R:") + row.description : row.version))
            plan << m;
    }
    return plan;
}

void Runner::validate()
{
    for (const MigrationStatusRow &row : std::as_const(m_report.status)) {
        if (row.state == QLatin1String("changed"))
            m_report.problems << QCoreApplication::translate("Migrations", "%1: applied version %2 was edited afterwards (checksum differs)").arg(row.script, row.version);
        else if (row.state == QLatin1String("missing"))
            m_report.problems << QCoreApplication::translate("Migrations", "version %1 is applied but its file is missing%2").arg(row.version, row.script.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(row.script));
        else if (row.outOfOrder)
            m_report.problems << QCoreApplication::translate("Migrations", "%1: pending version %2 is older than the newest applied one (out of order)").arg(row.script, row.version);
    }
    m_report.ok = m_report.problems.isEmpty();
    if (!m_report.ok)
        m_report.error = QCoreApplication::translate("Migrations", "%n problem(s) found", nullptr, int(m_report.problems.size()));
}

// Splits every migration that is about to run, before anything runs, and adds a problem for
// each one that cannot run safely: PostgreSQL SQL its parser rejects, and top-level transaction
// control in a migration that runs inside a transaction. A COMMIT there would make what ran
// before it permanent whatever happens after (in a dry run: really commit it), and the history
// row would no longer be written together with the change.
void Runner::prepareScripts(const QList<const Migration *> &todo, bool up, QList<QList<SplitStatement>> *scripts)
{
    for (const Migration *m : todo) {
        const QString file = up ? m->fileName : m->downFileName;
        const QString sql = up ? m->upSql : m->downSql;
        const int firstLine = up ? m->upLine : m->downLine;
        const bool transactional = up ? m->upTransactional : m->downTransactional;
        QList<SplitStatement> statements;
        if (!m_db->isPostgres()) {
            statements = splitSqlStatements(sql, firstLine);
        } else if (QString error; !parsePostgresStatements(file, sql, firstLine, &statements, &error)) {
            m_report.problems << QCoreApplication::translate("Migrations", "%1 (PostgreSQL's parser; nothing was run)").arg(error);
        } else if (transactional) {
            const QString marker = m_report.style == MigrationStyle::Dbmate
                ? QStringLiteral("'-- migrate:%1 transaction:false'").arg(up ? QStringLiteral("up") : QStringLiteral("down"))
                : QCoreApplication::translate("Migrations", "executeInTransaction=false in %1.conf").arg(file);
            for (const SplitStatement &stmt : std::as_const(statements)) {
                if (!stmt.outsideTransactionOnly.isEmpty()) {
                    // It would fail at this statement anyway, after the migrations before it committed.
                    m_report.problems << QCoreApplication::translate("Migrations", "%1:%2: '%3' cannot run inside a transaction, and this migration runs in one; "
                                                        "nothing was run. Mark the migration to run outside a transaction with %4")
                                             .arg(file).arg(stmt.firstTokenLine).arg(stmt.outsideTransactionOnly, marker);
                }
                if (stmt.transactionControl.isEmpty())
                    continue;
                m_report.problems << (m_req.dryRun
                    ? QCoreApplication::translate("Migrations", "%1:%2: refusing to dry-run '%3': transaction control would really commit what ran before it "
                                     "(or end the dry run's transaction); nothing was run. Remove it, or mark the migration to run outside a transaction "
                                     "with %4 (a dry run lists such migrations without running them)")
                    : QCoreApplication::translate("Migrations", "%1:%2: refusing to run '%3' inside the migration's transaction: what ran before it would stay "
                                     "applied even if a later statement fails, without its history row; nothing was run. Remove it, or mark the "
                                     "migration to run outside a transaction with %4"))
                        .arg(file).arg(stmt.firstTokenLine).arg(stmt.transactionControl, marker);
            }
        }
        scripts->append(statements);
    }
}

// Up: pending migrations in order; edited or out-of-order ones are problems unless allowed.
QList<const Migration *> Runner::planUpSteps()
{
    const QList<const Migration *> todo = planUp();
    for (const MigrationStatusRow &row : std::as_const(m_report.status)) {
        if (row.state == QLatin1String("changed") && !m_req.allowChanged)
            m_report.problems << QCoreApplication::translate("Migrations", "%1: applied version %2 was edited afterwards (checksum differs); "
                                                "restore the file or pass --allow-changed").arg(row.script, row.version);
        if (row.state == QLatin1String("missing"))
            m_report.warnings << QCoreApplication::translate("Migrations", "version %1 is applied but its file is missing").arg(row.version);
    }
    for (const Migration *m : std::as_const(todo)) {
        const auto row = std::find_if(m_report.status.cbegin(), m_report.status.cend(), [&](const MigrationStatusRow &r) { return r.script == m->fileName; });
        if (row != m_report.status.cend() && row->outOfOrder && !m_req.allowOutOfOrder)
            m_report.problems << QCoreApplication::translate("Migrations", "%1: version %2 is older than the newest applied one; "
                                                "pass --allow-out-of-order to apply it").arg(m->fileName, m->version);
    }
    return todo;
}

// Down: one step, or with --to everything newer than that version; each must have its undo part.
bool Runner::planDownSteps(QList<const Migration *> *todo)
{
    QList<AppliedMigration> applied;
    for (const AppliedMigration &a : std::as_const(m_applied)) {
        if (!a.version.isEmpty())
            applied << a;
    }
    std::sort(applied.begin(), applied.end(), [](const AppliedMigration &a, const AppliedMigration &b) { return compareVersions(a.version, b.version) > 0; });
    if (!m_req.toVersion.isEmpty() && compareVersions(m_req.toVersion, QStringLiteral("0")) != 0
        && std::none_of(applied.cbegin(), applied.cend(), [&](const AppliedMigration &a) { return compareVersions(a.version, m_req.toVersion) == 0; })) {
        fail(QCoreApplication::translate("Migrations", "version %1 is not applied; --to must name an applied version (or 0 for all)").arg(m_req.toVersion));
        return false;
    }
    for (qsizetype i = 0; i < applied.size(); ++i) {
        const AppliedMigration &a = applied.at(i);
        // Without --to one step; with it, everything newer than VERSION, which stays the newest.
        if (m_req.toVersion.isEmpty() ? i > 0 : compareVersions(a.version, m_req.toVersion) <= 0)
            break;
        const Migration *m = m_set.find(a.key);
        if (!m)
            m_report.problems << QCoreApplication::translate("Migrations", "cannot undo version %1: its file is missing").arg(a.version);
        else if (!m->hasDown)
            m_report.problems << QCoreApplication::translate("Migrations", "%1: cannot undo version %2: %3").arg(m->fileName, m->version,
                m_report.style == MigrationStyle::Dbmate ? QCoreApplication::translate("Migrations", "no '-- migrate:down' section") : QCoreApplication::translate("Migrations", "no U%1__….sql undo file").arg(m->version));
        else if (checksumDiffers(*m, a) && !m_req.allowChanged)
            m_report.problems << QCoreApplication::translate("Migrations", "%1: applied version %2 was edited afterwards; pass --allow-changed to undo it").arg(m->fileName, m->version);
        if (m)
            *todo << m;
    }
    return true;
}

// The versions about to run must be the ones the user confirmed (the GUI's dialog showed them).
bool Runner::matchesConfirmation(bool up)
{
    if (!m_req.confirmedVersions)
        return true;
    QStringList versions;
    for (const MigrationStep &step : std::as_const(m_report.steps))
        versions << step.version;
    if (versions == *m_req.confirmedVersions)
        return true;
    const QString now = versions.isEmpty() ? QCoreApplication::translate("Migrations", "nothing") : versions.join(QStringLiteral(", "));
    const QString confirmed = m_req.confirmedVersions->isEmpty() ? QCoreApplication::translate("Migrations", "nothing") : m_req.confirmedVersions->join(QStringLiteral(", "));
    fail((up ? QCoreApplication::translate("Migrations", "%1 would now apply %2, not the confirmed %3; nothing was run")
             : QCoreApplication::translate("Migrations", "%1 would now undo %2, not the confirmed %3; nothing was run"))
             .arg(m_db->label(), now, confirmed));
    m_report.steps.clear();
    return false;
}

void Runner::runUpOrDown(bool up)
{
    QList<const Migration *> todo;
    if (up)
        todo = planUpSteps();
    else if (!planDownSteps(&todo))
        return;
    // Every migration is parsed and checked before the first one runs: nothing is half-applied.
    QList<QList<SplitStatement>> scripts;
    if (m_report.problems.isEmpty())
        prepareScripts(todo, up, &scripts);
    if (!m_report.problems.isEmpty()) {
        fail(m_report.problems.size() == 1 ? m_report.problems.constFirst() : QCoreApplication::translate("Migrations", "%n problems; nothing was run", nullptr, int(m_report.problems.size())));
        return;
    }
    for (const Migration *m : std::as_const(todo))
        m_report.steps << makeStep(*m, up);
    if (m_req.planOnly) {
        m_report.ok = true;
        return;
    }
    if (!matchesConfirmation(up))
        return;
    if (todo.isEmpty()) {
        log(up ? QCoreApplication::translate("Migrations", "nothing to apply: %1 is up to date").arg(m_db->label()) : QCoreApplication::translate("Migrations", "nothing to undo on %1").arg(m_db->label()));
        m_report.ok = true;
        return;
    }
    executeSteps(todo, scripts, up);
}

// A dry run that failed at step \a failedAt (todo.size(): while checking locks alone) never
// learned which locks held by earlier steps the later ones need: none of them may say "none".
void Runner::markLocksUnchecked(qsizetype failedAt)
{
    for (qsizetype i = 0; i < m_report.steps.size(); ++i) {
        MigrationStep &step = m_report.steps[i];
        if (!step.locksNotChecked.isEmpty())
            continue;
        if (!step.done)
            step.locksNotChecked = i == failedAt ? QCoreApplication::translate("Migrations", "the dry run failed in this migration")
                                                 : QCoreApplication::translate("Migrations", "not run: the dry run failed before this migration");
        else if (i > 0)
            step.locksNotChecked = QCoreApplication::translate("Migrations", "the dry run failed before it checked whether this migration also needs "
                                                  "locks an earlier one already held");
    }
}

// Runs (or dry-runs) the planned steps in order, stopping at the first failure.
void Runner::executeSteps(const QList<const Migration *> &todo, const QList<QList<SplitStatement>> &scripts, bool up)
{
    MigrationStepExecutor executor(*m_db, *m_history, m_context);
    if (m_req.dryRun && !executor.beginDryRun(m_req.dryRunLockTimeoutMs, m_req.dryRunStatementTimeoutMs, &m_report.error))
        return;
    for (qsizetype i = 0; i < todo.size(); ++i) {
        MigrationStep &step = m_report.steps[i];
        const QString what = (m_req.dryRun ? QCoreApplication::translate("Migrations", "dry-run %1 %2")
                              : up         ? QCoreApplication::translate("Migrations", "applying %1 %2")
                                           : QCoreApplication::translate("Migrations", "undoing %1 %2"))
                                 .arg(step.version, step.description);
        m_context.reportProgress(int(i * 100 / todo.size()), what);
        log(QStringLiteral("%1 (%2)").arg(what, step.script));
        QString error;
        const bool ok = m_req.dryRun ? executor.dryRun(*todo.at(i), up, scripts.at(i), &step, &error)
                                     : executor.run(*todo.at(i), up, scripts.at(i), &step, &error);
        if (!ok) {
            fail(error);
            log(QCoreApplication::translate("Migrations", "failed: %1").arg(error));
            if (m_req.dryRun) {
                executor.endDryRun();
                markLocksUnchecked(i);
            }
            return;
        }
        const QString done = m_req.dryRun ? QCoreApplication::translate("Migrations", "  ran and rolled back in %1 ms")
                           : up            ? QCoreApplication::translate("Migrations", "  applied in %1 ms")
                                           : QCoreApplication::translate("Migrations", "  undone in %1 ms");
        log(step.note.isEmpty() ? done.arg(step.durationMs) : QStringLiteral("%1 — %2").arg(done.arg(step.durationMs), step.note));
    }
    if (m_req.dryRun) {
        // Each migration's own locks, not only those no earlier migration held: see DryRunLockTracker.
        m_context.reportProgress(99, QCoreApplication::translate("Migrations", "dry-run: checking each migration's own locks"));
        QString error;
        const bool checked = executor.checkLocksAlone(todo, up, scripts, m_report.steps, &error);
        executor.endDryRun();
        if (!checked) {
            fail(error);
            log(QCoreApplication::translate("Migrations", "failed: %1").arg(error));
            markLocksUnchecked(todo.size());
            return;
        }
    }
    m_report.ok = true;
}

// Reads the migration files; false (reported) when they cannot run.
bool Runner::loadFiles()
{
    const MigrationLoadResult loaded = loadMigrations(m_req.dir, m_req.style);
    m_set = loaded.set;
    m_report.style = m_set.style;
    static const QRegularExpression numeric(QStringLiteral("^\\d+([._]\\d+)*$"));
    if (!m_req.toVersion.isEmpty() && !numeric.match(m_req.toVersion).hasMatch())
        return fail(QCoreApplication::translate("Migrations", "--to %1: a version is a number").arg(m_req.toVersion));
    if (!loaded.ok()) {
        m_report.problems = loaded.errors;
        return fail(QCoreApplication::translate("Migrations", "%n problem(s) in %1; nothing was run", nullptr, int(loaded.errors.size())).arg(m_req.dir));
    }
    return true;
}

// The command itself, on the open connection.
void Runner::runCommand()
{
    const bool changes = (m_req.command == MigrationRequest::Command::Up || m_req.command == MigrationRequest::Command::Down)
        && !m_req.planOnly;
    if (!resolveStyle() || (changes && !acquireLock()))
        return;
    QString error;
    if (changes && !m_req.dryRun && !m_history->ensureTables(&error)) {
        fail(QCoreApplication::translate("Migrations", "cannot create the history table: %1").arg(error));
        return;
    }
    if (!loadState())
        return;
    switch (m_req.command) {
    case MigrationRequest::Command::Status: m_report.ok = true; break;
    case MigrationRequest::Command::Plan:
        for (const Migration *m : planUp())
            m_report.steps << makeStep(*m, true);
        m_report.ok = true;
        break;
    case MigrationRequest::Command::Up: runUpOrDown(true); break;
    case MigrationRequest::Command::Down: runUpOrDown(false); break;
    case MigrationRequest::Command::Validate: validate(); break;
    }
    if (changes && !m_req.dryRun && m_report.error.isEmpty())
        loadState(); // status after the run, for the page
}

void Runner::run()
{
    if (!loadFiles())
        return;
    QString error;
    m_db = MigrationDatabase::open(m_req.target, m_req.password, &error, m_context);
    if (!m_db) {
        m_report.connectFailed = !m_context.isCancelled();
        fail(m_context.isCancelled() ? QStringLiteral("cancelled")
                                     : QCoreApplication::translate("Migrations", "cannot connect to %1: %2").arg(m_req.target.label, error));
        return;
    }
    m_report.database = m_db->label();
    m_report.databaseName = m_db->databaseName();
    m_report.server = m_db->server();
    {
        // A cancel interrupts the statement running on the connection (PQcancel).
        const InterruptGuard interrupt(m_context, [db = m_db.get()] { db->interrupt(); });
        runCommand();
        if (m_locked)
            m_db->unlock();
    }
    m_db.reset();
}

} // namespace

MigrationReport runMigrations(const MigrationRequest &request, const JobContext &context, const MigrationLog &log)
{
    MigrationReport report;
    Runner(request, context, log, report).run();
    return report;
}

} // namespace dbpulse
