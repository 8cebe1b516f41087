#pragma once

#include "core/db/target.h"
#include "core/jobs/jobcontext.h"
#include "core/migrations/migration.h"
#include "core/migrations/migrationlock.h"

#include <QStringList>
#include <optional>
#include <functional>

namespace dbpulse {

class MigrationDatabase;

/// \brief What to do: one CLI invocation or one button press on the Migrations page.
struct MigrationRequest
{
    enum class Command { Status, Plan, Up, Down, Validate };
    Command command = Command::Status;
    Target target;
    QString password;
    QString dir;
    MigrationStyle style = MigrationStyle::Auto;
    QString toVersion;            ///< up: apply up to and including; down: undo everything newer
    bool dryRun = false;
    bool allowChanged = false;    ///< run although an applied migration's file was edited
    bool allowOutOfOrder = false; ///< apply pending versions older than the newest applied one
    int waitForLockMs = 60000;    ///< how long to wait for another runner's advisory lock (CLI --wait)
    /// Dry runs only (PostgreSQL): lock_timeout and statement_timeout of the migrations' statements,
    /// so a dry run never queues behind, or blocks, production traffic for long; 0 means no limit.
    /// CLI --lock-timeout and --statement-timeout.
    int dryRunLockTimeoutMs = 5000;
    int dryRunStatementTimeoutMs = 15000;
    /// up/down: stop after planning; report.steps says what would run. Takes no lock, creates
    /// nothing, runs nothing. How a confirmation learns what it confirms.
    bool planOnly = false;
    /// up/down, when set: the versions the user confirmed, in the order they would run. The run
    /// refuses, before anything runs, when what it would do is not exactly this (the history
    /// changed since the confirmation).
    std::optional<QStringList> confirmedVersions;
};

/// \brief One migration's row in status: applied|pending|changed|missing.
struct MigrationStatusRow
{
    QString version;
    QString description;
    QString script;
    QString state;
    QString appliedAt;
    bool outOfOrder = false;
    bool repeatable = false;
};

/// \brief One migration run (or, in plan/dry-run, one that would run).
struct MigrationStep
{
    QString version;
    QString description;
    QString script;
    bool up = true;
    bool transactional = true;
    QString sql;
    bool done = false;        ///< committed (or, in a dry-run, ran and was rolled back)
    qint64 durationMs = 0;
    /// dry-run (PostgreSQL): every relation lock this migration was seen to take, by itself,
    /// not merely the ones no earlier migration of the dry run held (see DryRunLockTracker).
    QList<MigrationLock> locks;
    /// dry-run: locks this migration may need that could not be observed (an earlier migration
    /// of the dry run held them and this one fails without it); see locksNotChecked.
    QList<MigrationLock> locksUnchecked;
    /// dry-run: why its locks, or those in locksUnchecked, were not checked; empty when they were.
    QString locksNotChecked;
    QStringList rewrites;     ///< dry-run: tables whose storage was rewritten (public.users)
    QString note;
};

/// \brief Everything a command produced; the CLI prints it, the page shows it.
struct MigrationReport
{
    bool ok = false;
    bool connectFailed = false;
    QString error;             ///< why it failed: "FILE:LINE: ERROR: …" for a failing migration
    QStringList problems;      ///< file problems, or validate findings
    QStringList warnings;
    MigrationStyle style = MigrationStyle::Auto;
    QString database;          ///< password-free label
    QString databaseName;      ///< the database's name alone (what a confirmation asks to type)
    QString server;            ///< "host:port", or the SQLite file's path
    QList<MigrationStatusRow> status;
    QList<MigrationStep> steps;
};

/// \brief What a dry run learned about \a step's locks, one line each, for the CLI and the page:
/// "ACCESS EXCLUSIVE on table public.users (line 2): blocks reads+writes", "none", or
/// "not checked: …". Any thread.
QStringList dryRunLockLines(const MigrationStep &step);

/// Receives the runner's log lines, on the runner's thread.
using MigrationLog = std::function<void(const QString &line)>;

/// \brief Runs one migration command to the end. Blocking: call it in a Job's work (MigrationJob)
/// or a test. The connection is opened and closed inside, on the calling thread. Progress goes
/// to \a context; cancelling it ends the connect, cancels the running statement (PQcancel) and
/// stops before the next one.
MigrationReport runMigrations(const MigrationRequest &request, const JobContext &context = {},
                              const MigrationLog &log = {});

} // namespace dbpulse
