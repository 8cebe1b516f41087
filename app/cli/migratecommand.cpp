#include "migratecommand.h"

#include "cliprogress.h"
#include "clirunner.h"
#include "clitable.h"

#include "core/migrations/migrationjob.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace dbpulse::cli {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray statusJson(const QList<MigrationStatusRow> &rows)
{
    QJsonArray array;
    for (const MigrationStatusRow &r : rows) {
        QJsonObject o{{QStringLiteral("version"), r.repeatable ? QJsonValue(QJsonValue::Null) : QJsonValue(r.version)},
                      {QStringLiteral("description"), r.description},
                      {QStringLiteral("state"), r.state},
                      {QStringLiteral("applied_at"), orNull(r.appliedAt)}};
        if (r.outOfOrder)
            o.insert(QStringLiteral("out_of_order"), true);
        array << o;
    }
    return array;
}

QJsonArray locksJson(const QList<MigrationLock> &locks)
{
    QJsonArray array;
    for (const MigrationLock &l : locks) {
        array << QJsonObject{{QStringLiteral("relation"), l.relation},
                             {QStringLiteral("kind"), orNull(l.kind)},
                             {QStringLiteral("mode"), lockModeWords(l.mode)},
                             {QStringLiteral("blocks"), l.createdHere ? QStringLiteral("nothing (created by this migration)") : lockModeBlocks(l.mode)},
                             {QStringLiteral("line"), l.line > 0 ? QJsonValue(l.line) : QJsonValue(QJsonValue::Null)}};
    }
    return array;
}

QJsonArray stepsJson(const QList<MigrationStep> &steps)
{
    QJsonArray array;
    for (const MigrationStep &s : steps) {
        array << QJsonObject{{QStringLiteral("version"), s.version},
                             {QStringLiteral("description"), s.description},
                             {QStringLiteral("script"), s.script},
                             {QStringLiteral("direction"), s.up ? QStringLiteral("up") : QStringLiteral("down")},
                             {QStringLiteral("transaction"), s.transactional},
                             {QStringLiteral("done"), s.done},
                             {QStringLiteral("duration_ms"), double(s.durationMs)},
                             {QStringLiteral("locks"), locksJson(s.locks)},
                             {QStringLiteral("locks_unchecked"), locksJson(s.locksUnchecked)},
                             {QStringLiteral("locks_not_checked"), orNull(s.locksNotChecked)},
                             {QStringLiteral("rewrites"), QJsonArray::fromStringList(s.rewrites)},
                             {QStringLiteral("note"), orNull(s.note)},
                             {QStringLiteral("sql"), s.sql}};
    }
    return array;
}

// The status table's columns. By default it fits 80 columns: the description is cut first,
// then the time applied; the version stays.
const QList<CliColumn> &statusColumns()
{
    using A = CliColumn::Align;
    static const QList<CliColumn> columns{{QStringLiteral("version"), QStringLiteral("VERSION"), 16, 0, 100, A::Left},
                                          {QStringLiteral("state"), QStringLiteral("STATE"), 8, 0, 90, A::Left},
                                          {QStringLiteral("applied"), QStringLiteral("APPLIED AT"), 26, 16, 50, A::Left},
                                          {QStringLiteral("description"), QStringLiteral("DESCRIPTION"), 0, 12, 40, A::Left}};
    return columns;
}

void printStatusTable(QTextStream &out, const MigrationReport &report, const TableStyle &style)
{
    if (!style.csv) // CSV is the rows alone, for a spreadsheet or a script
        out << fitLines(QStringLiteral("database: %1  layout: %2").arg(report.database, migrationStyleName(report.style)),
                        style.width) << '\n';
    CliTable table(statusColumns(), style);
    for (const MigrationStatusRow &r : report.status) {
        table.addRow({r.repeatable ? QStringLiteral("R") : r.version, r.state, r.appliedAt,
                      r.description + (r.outOfOrder ? QStringLiteral("  (out of order)") : QString())});
    }
    out << table.text();
}

void printSteps(QTextStream &out, const MigrationReport &report, MigrationRequest::Command command, bool dryRun)
{
    if (report.steps.isEmpty()) {
        out << (command == MigrationRequest::Command::Down ? "nothing to undo\n" : "nothing to apply: up to date\n");
        return;
    }
    for (const MigrationStep &s : report.steps) {
        const char *verb = command == MigrationRequest::Command::Plan ? "would apply"
                         : dryRun ? (s.up ? "dry-run up" : "dry-run down")
                         : !s.done ? "not run"
                         : s.up ? "applied" : "undone";
        out << verb << ' ' << s.version << ' ' << s.description << " (" << s.script << ')';
        if (s.done)
            out << ' ' << s.durationMs << " ms";
        if (!s.transactional)
            out << " [outside a transaction]";
        out << '\n';
        if (!dryRun)
            continue;
        out << "  SQL:\n";
        for (const QString &line : s.sql.trimmed().split(QLatin1Char('\n')))
            out << "    " << line << '\n';
        const QStringList locks = dryRunLockLines(s);
        if (locks.size() == 1) {
            out << "  locks: " << locks.constFirst() << '\n';
        } else {
            out << "  locks:\n";
            for (const QString &line : locks)
                out << "    " << line << '\n';
        }
        out << "  table rewrite: " << (s.rewrites.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes — ") + s.rewrites.join(QStringLiteral(", "))) << '\n';
        if (!s.note.isEmpty())
            out << "  note: " << s.note << '\n';
    }
    if (dryRun)
        out << "dry-run: every change was rolled back\n";
}

// The command's options, added to its parser once.
struct MigrateOptions
{
    QCommandLineOption dir{QStringLiteral("dir"), QStringLiteral("Directory of migration files."), QStringLiteral("DIR")};
    QCommandLineOption style{QStringLiteral("style"), QStringLiteral("auto (default), dbmate, flyway or native."), QStringLiteral("STYLE"), QStringLiteral("auto")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Target version for up/down."), QStringLiteral("VERSION")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), QStringLiteral("Run inside a transaction that is rolled back; show SQL, each migration's own locks and rewrites.")};
    QCommandLineOption lockTimeout{QStringLiteral("lock-timeout"), QStringLiteral("With --dry-run: give up when a statement waits longer than this for a lock (default 5; 0: no limit)."), QStringLiteral("SECONDS"), QStringLiteral("5")};
    QCommandLineOption statementTimeout{QStringLiteral("statement-timeout"), QStringLiteral("With --dry-run: give up when a statement runs longer than this (default 15; 0: no limit)."), QStringLiteral("SECONDS"), QStringLiteral("15")};
    QCommandLineOption allowChanged{QStringLiteral("allow-changed"), QStringLiteral("Run although an applied migration's file was edited.")};
    QCommandLineOption outOfOrder{QStringLiteral("allow-out-of-order"), QStringLiteral("Apply pending versions older than the newest applied one.")};
    QCommandLineOption yes{QStringLiteral("yes"), QStringLiteral("Confirm down without being asked (otherwise a terminal asks for the database name, and a script gets exit 2).")};
    QCommandLineOption wait{QStringLiteral("wait"), QStringLiteral("Seconds to wait for another runner's migration lock (default 60; formerly --lock-timeout)."), QStringLiteral("SECONDS"), QStringLiteral("60")};

    TableOptions table;

    explicit MigrateOptions(QCommandLineParser &parser)
        : table(parser, {QStringLiteral("json")}, CliTable::keysOf(statusColumns()))
    {
        parser.addPositionalArgument(QStringLiteral("COMMAND"), QStringLiteral("status | plan | up | down | validate"));
        parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("postgresql:// URI, key=value settings, @profile, sqlite:PATH or FILE.db"));
        parser.addOptions({dir, style, to, dryRun, lockTimeout, statementTimeout, allowChanged, outOfOrder, wait, yes});
    }
};

std::optional<MigrationRequest::Command> commandNamed(const QString &name)
{
    using C = MigrationRequest::Command;
    static const QHash<QString, C> commands{{QStringLiteral("status"), C::Status}, {QStringLiteral("plan"), C::Plan},
                                            {QStringLiteral("up"), C::Up}, {QStringLiteral("down"), C::Down},
                                            {QStringLiteral("validate"), C::Validate}};
    const auto it = commands.constFind(name);
    return it == commands.constEnd() ? std::nullopt : std::optional<C>(*it);
}

// The request the options describe; nothing when they are wrong (the error is printed; the code returned).
std::optional<ExitCode> readRequest(CommandLine &cli, const MigrateOptions &o, MigrationRequest *request,
                                    TableStyle *style, QString *format)
{
    const QCommandLineParser &parser = cli.parser();
    const QStringList pos = parser.positionalArguments();
    const std::optional<MigrationRequest::Command> command = commandNamed(pos.at(0));
    if (!command)
        return cli.badArguments(QStringLiteral("unknown command '%1' (status, plan, up, down, validate)").arg(pos.at(0)));
    request->command = *command;
    if (!parser.isSet(o.dir))
        return cli.badArguments(QStringLiteral("--dir DIR is required"));
    request->dir = parser.value(o.dir);
    if (!parseMigrationStyle(parser.value(o.style), &request->style))
        return cli.badArguments(QStringLiteral("--style must be auto, dbmate, flyway or native"));
    if (const auto wrong = o.table.read(cli, statusColumns(), style, format))
        return *wrong;
    if ((style->csv || !style->columns.isEmpty()) && request->command != MigrationRequest::Command::Status)
        return cli.badArguments(QStringLiteral("--format csv and --columns apply to status only"));
    const bool changes = request->command == MigrationRequest::Command::Up || request->command == MigrationRequest::Command::Down;
    if (parser.isSet(o.dryRun) && !changes)
        return cli.badArguments(QStringLiteral("--dry-run applies to up and down only"));
    if (parser.isSet(o.to) && !changes && request->command != MigrationRequest::Command::Plan)
        return cli.badArguments(QStringLiteral("--to applies to plan, up and down only"));
    // --lock-timeout used to mean how long to wait for another runner (now --wait): a script that
    // still passes it without --dry-run learns so instead of silently getting a different limit.
    for (const QCommandLineOption *option : {&o.lockTimeout, &o.statementTimeout}) {
        if (parser.isSet(*option) && !parser.isSet(o.dryRun)) {
            return cli.badArguments(QStringLiteral("--%1 applies to --dry-run only%2")
                                        .arg(option->names().constFirst(),
                                             option == &o.lockTimeout ? QStringLiteral(" (to wait for another runner's migration lock, use --wait SECONDS)")
                                                                      : QString()));
        }
    }
    auto milliseconds = [&](const QCommandLineOption &option, int *ms) {
        bool ok = false;
        const double seconds = parser.value(option).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400) {
            cli.badArguments(QStringLiteral("--%1 needs a number of seconds").arg(option.names().constFirst()));
            return false;
        }
        *ms = int(seconds * 1000);
        return true;
    };
    if (!milliseconds(o.wait, &request->waitForLockMs) || !milliseconds(o.lockTimeout, &request->dryRunLockTimeoutMs)
        || !milliseconds(o.statementTimeout, &request->dryRunStatementTimeoutMs))
        return ExitCode::BadArguments;
    request->toVersion = parser.value(o.to);
    request->dryRun = parser.isSet(o.dryRun);
    request->allowChanged = parser.isSet(o.allowChanged);
    request->allowOutOfOrder = parser.isSet(o.outOfOrder);
    const auto target = cli.target(pos.at(1));
    if (!target)
        return ExitCode::BadArguments;
    request->target = *target; // the password, when needed, comes from libpq (PGPASSWORD, ~/.pgpass, service)
    return std::nullopt;
}

// Prints a failed report's error and problems; the exit code for it.
ExitCode reportFailure(QTextStream &err, const MigrationReport &report)
{
    err << "dbpulse-cli migrate: " << report.error << '\n';
    for (const QString &p : report.problems) {
        if (p != report.error)
            err << "  " << p << '\n';
    }
    return report.connectFailed ? ExitCode::CannotConnect : ExitCode::Failure;
}

// Undoing migrations drops what they created: confirm first, naming the database and the
// versions. What is confirmed is exactly what runs (confirmedVersions), or nothing runs.
std::optional<ExitCode> confirmDown(CommandLine &cli, MigrationRequest *request, bool yes)
{
    MigrationRequest planRequest = *request;
    planRequest.planOnly = true;
    MigrationJob planJob(planRequest);
    if (!cli.runJob(planJob) && planJob.state() == Job::State::Cancelled)
        return cli.jobFailed(planJob);
    const MigrationReport &plan = planJob.report();
    if (!plan.ok)
        return reportFailure(cli.err(), plan);
    QStringList versions;
    for (const MigrationStep &step : plan.steps)
        versions << step.version;
    if (!versions.isEmpty() && !yes) {
        const QString what = QStringLiteral("down would undo %1 %2 on %3")
                                 .arg(versions.size() == 1 ? QStringLiteral("version") : QStringLiteral("versions"),
                                      versions.join(QStringLiteral(", ")), plan.database);
        if (!::isatty(STDIN_FILENO))
            return cli.badArguments(what + QStringLiteral("; pass --yes to confirm (nothing was run)"));
        // A person at a terminal confirms by naming the target, not by pressing Enter.
        cli.err() << what << ".\nType the database name (" << plan.databaseName << ") to confirm: " << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed() != plan.databaseName)
            return cli.badArguments(QStringLiteral("not confirmed; nothing was run"));
    }
    request->confirmedVersions = versions;
    return std::nullopt;
}

void printJson(QTextStream &out, const MigrationReport &report, const MigrationRequest &request, const QString &command)
{
    QJsonDocument doc;
    if (request.command == MigrationRequest::Command::Status && report.ok) {
        doc = QJsonDocument(statusJson(report.status));
    } else {
        QJsonObject o{{QStringLiteral("ok"), report.ok},
                      {QStringLiteral("command"), command},
                      {QStringLiteral("database"), report.database},
                      {QStringLiteral("layout"), migrationStyleName(report.style)},
                      {QStringLiteral("dry_run"), request.dryRun},
                      {QStringLiteral("error"), orNull(report.error)},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
                      {QStringLiteral("steps"), stepsJson(report.steps)},
                      {QStringLiteral("status"), statusJson(report.status)}};
        doc = QJsonDocument(o);
    }
    out << doc.toJson(QJsonDocument::Indented);
}

} // namespace

ExitCode runMigrateCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("migrate"), QStringLiteral(
        "Versioned schema migrations in dbmate, Flyway or native layout.\n"
        "COMMAND is status, plan, up, down or validate.\n"
        "up applies pending migrations (up to and including --to VERSION); down undoes the newest one,\n"
        "or with --to VERSION every migration newer than VERSION (0 undoes all).\n"
        "down is destructive: it runs only with --yes or, at a terminal, after you type the database's\n"
        "name; otherwise it names the database and the versions it would undo and exits 2.\n"
        "--dry-run needs no confirmation. It refuses, before anything runs, a migration whose SQL\n"
        "PostgreSQL cannot parse or that contains BEGIN/COMMIT/ROLLBACK (so does a real up/down, unless\n"
        "the migration is marked to run outside a transaction); its statements run under\n"
        "--lock-timeout and --statement-timeout and everything is rolled back. For each migration\n"
        "it lists the relation locks that migration takes itself (mode, relation, line, what the\n"
        "lock blocks), even those an earlier migration already holds: a migration that started with\n"
        "such locks runs once more alone, in a savepoint that is rolled back. Locks it cannot observe\n"
        "say \"not checked\" with the reason, e.g. a migration that must run outside a transaction\n"
        "(CREATE INDEX CONCURRENTLY, VACUUM) is listed, not run."));
    const MigrateOptions options(cli.parser());
    if (const auto done = cli.parse(arguments, 2, QStringLiteral("expected COMMAND and TARGET")))
        return *done;
    MigrationRequest request;
    TableStyle style;
    QString format;
    if (const auto wrong = readRequest(cli, options, &request, &style, &format))
        return *wrong;
    const QCommandLineParser &parser = cli.parser();
    if (request.command == MigrationRequest::Command::Down && !request.dryRun) {
        if (const auto refused = confirmDown(cli, &request, parser.isSet(options.yes)))
            return *refused;
    }

    MigrationJob job(request);
    QObject::connect(&job, &MigrationJob::logged, &job, [](const QString &line) { ProgressLine::note(line); });
    cli.runJob(job);
    const MigrationReport &report = job.report();
    QTextStream &out = cli.out();
    if (format == QLatin1String("json")) {
        printJson(out, report, request, parser.positionalArguments().at(0));
    } else if (report.ok || !report.steps.isEmpty()) {
        switch (request.command) {
        case MigrationRequest::Command::Status: printStatusTable(out, report, style); break;
        case MigrationRequest::Command::Validate: out << "valid: applied migrations match their files\n"; break;
        default: printSteps(out, report, request.command, request.dryRun); break;
        }
    }
    out.flush();
    for (const QString &w : report.warnings)
        cli.err() << "warning: " << w << '\n';
    if (report.ok)
        return ExitCode::Ok;
    // A cancel (Ctrl-C) rolls the running migration back: say so, whatever error the server gave.
    if (job.state() == Job::State::Cancelled)
        return cli.fail(ExitCode::Cancelled, QStringLiteral("cancelled; %1").arg(report.error));
    return reportFailure(cli.err(), report);
}

} // namespace dbpulse::cli
