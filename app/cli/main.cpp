// dbpulse-cli: the DB Pulse engine without a display, for scripts and ssh sessions.
#include "backupcommand.h"
#include "checkcommand.h"
#include "commandsuggest.h"
#include "democommand.h"
#include "doctorcommand.h"
#include "exitcode.h"
#include "explaincommand.h"
#include "indexescommand.h"
#include "migratecommand.h"
#include "sandboxcommand.h"
#include "sessionscommand.h"
#include "watchcommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>
#include <utility>

using namespace dbpulse::cli;

namespace {

// Fits 80 columns (a test checks it): people read it in a terminal over ssh.
constexpr auto usage = R"(Usage: dbpulse-cli COMMAND [OPTIONS]

Live monitoring, advice and maintenance for PostgreSQL and SQLite databases.
Every command has its own --help.

Commands:
  check TARGET   Connect; print the server version, extensions and the
                 privileges monitoring needs.
  watch TARGET   Live metrics of a PostgreSQL server, one line per interval:
                 connections, TPS, statements/s, cache hit ratios, estimated
                 latency p50/p95/p99, budget breaches, lock waits with the
                 blocking tree, replication. --interval S (1),
                 --duration S, --format table|jsonl|csv; Ctrl-C ends it
                 (exit 0).
                 An SQLite file: sizes, pages, journal mode, WAL, writes and
                 the last integrity check, read without writing the file.
  sessions TARGET
                 The server's client sessions, longest running first: pid,
                 user, database, state or wait, age, query. --all (idle too),
                 --format table|jsonl|csv.
  locks TARGET   Who waits on whom now: the blocking tree, root blockers
                 first. --format table|jsonl|csv.
  backup TARGET --out DIR
                 pg_dump into a new directory under DIR with a SHA-256
                 manifest written last; prints the backup's path. --format
                 custom|directory, --jobs N, --compress LEVEL, --schema-only,
                 --data-only, --schema/--table filters.
  verify BACKUP  Check a backup's manifest, checksums and archive; exit 1
                 naming the first bad file. --restore-test TARGET also
                 restores it into a scratch database there (dropped
                 afterwards) and compares row counts.
  restore BACKUP TARGET
                 Verify, then restore into a NEW database (--new-database
                 NAME, default named from the backup); over TARGET's database
                 only with --clean --yes.
  backups list DIR [--format table|json|csv]
  backups prune DIR [--keep-daily 30 --keep-weekly 12 --keep-monthly 12]
                 Retention per database (SQLite: per file), each keeping its
                 newest verified backup; every line names the database and
                 why. Deletes only with --yes.
  migrate COMMAND TARGET --dir DIR
                 Versioned schema migrations (dbmate, Flyway or native
                 layout). COMMAND is status, plan, up [--to V], down [--to V]
                 [--yes] or validate; down asks you to type the database name
                 at a terminal, else needs --yes; --dry-run (up/down) rolls
                 back and shows SQL, locks and table rewrites, under
                 --lock-timeout S (5) and --statement-timeout S (15);
                 migrations with BEGIN/COMMIT, or that do not parse, are
                 refused before anything runs; --wait S for another runner's
                 lock (60); --style auto|dbmate|flyway|native, --format
                 table|json.
  indexes TARGET
                 Index advice: missing (from pg_stat_statements, confirmed
                 with hypopg), unused, duplicate, redundant, invalid and
                 bloated indexes, foreign keys without an index; prints the
                 DDL and runs nothing unless --apply ID --yes (PostgreSQL:
                 runs the advice whose [id] the table shows, with build
                 progress). --format table|json, --no-hypopg,
                 --unused-max-scans N, --unused-min-days D (7: "unused" only
                 once the scan counters cover that long). Every run says
                 when it ran and the window its counters cover. SQLite
                 files: duplicate/redundant, and missing for --statements
                 FILE.
  doctor TARGET  Health checks with suggested fixes: sessions, locks, cache,
                 vacuum, bloat, wraparound, invalid indexes, orphan rows,
                 settings, budgets; SQLite integrity. --format
                 text|json|markdown|html|csv, --checks LIST, --thresholds FILE,
                 --connect-timeout S; --fix CHECK:OBJECT --yes runs a
                 finding's maintenance statement.
  explain TARGET --sql TEXT
                 EXPLAIN a statement as the sandbox role, read-only and
                 rolled back; --analyze runs it. A normalised statement's
                 $N take --param N=VALUE (bound, never pasted into the
                 SQL); those not given are NULL and the output says so.
                 --database NAME, --file FILE, --format text|json.
  sandbox status|create|drop TARGET
                 The powerless role (dbpulse_sandbox) that statements other
                 roles ran are planned as: missing-index advice and EXPLAIN
                 need it. create needs CREATEROLE and saves its random
                 password in ~/.pgpass; drop asks or --yes.
  demo           Start a private PostgreSQL with a seeded schema and a moving
                 workload; prints its URI and runs until Ctrl-C (exit 0).

Tables (watch, sessions, locks, backups list; doctor's text) fit 80 columns:
the least important columns are cut, then left out. --wide prints them all
uncut, --columns a,b,c picks them, --format csv prints RFC 4180 CSV. Text
from the database never passes control characters to the terminal.

TARGET is one of:
  postgresql://user@host:port/dbname  a libpq URI (PG* variables, ~/.pgpass
  "host=db1 dbname=app user=me"       and pg_service.conf apply), or
                                      keyword/value settings
  @name                               a connection saved in the dashboard
  sqlite:PATH, FILE.db, FILE.sqlite   an SQLite database file

Options:
  -h, --help       Show this help (also: dbpulse-cli COMMAND --help).
  -v, --version    Show the version.

Exit codes, the same for every command:
  0    success; doctor: healthy
  1    failure (the message names it); doctor: warnings
  2    bad arguments, or a destructive action not confirmed
  3    could not connect to TARGET
  4    doctor: critical findings
  5    doctor: --fix failed or found no such finding
  130  cancelled by Ctrl-C or SIGTERM: the running statement was cancelled
       on the server and the job cleaned up (a second Ctrl-C exits at once)
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dbpulse"));
    QCoreApplication::setOrganizationName(QStringLiteral("dbpulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DBPULSE_VERSION));
    // English whatever the locale (scripts read this output), with English plural forms:
    // "1 statement", not the sources' "1 statement(s)".
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/dbpulse_core_en")))
        QCoreApplication::installTranslator(&plurals);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << usage;
        return int(ExitCode::BadArguments);
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out << usage;
        return int(ExitCode::Ok);
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << "dbpulse-cli " << QCoreApplication::applicationVersion() << '\n';
        return int(ExitCode::Ok);
    }
    using Command = ExitCode (*)(const QStringList &);
    const std::pair<const char *, Command> commands[] = {
        {"check", runCheckCommand},     {"watch", runWatchCommand},     {"backup", runBackupCommand},
        {"verify", runVerifyCommand},   {"restore", runRestoreCommand}, {"backups", runBackupsCommand},
        {"migrate", runMigrateCommand}, {"doctor", runDoctorCommand},   {"demo", runDemoCommand},
        {"indexes", runIndexesCommand}, {"sandbox", runSandboxCommand}, {"explain", runExplainCommand},
        {"sessions", runSessionsCommand}, {"locks", runLocksCommand},
    };
    for (const auto &[name, run] : commands) {
        if (command == QLatin1String(name))
            return int(run(args));
    }
    // One line, not the whole help: the user mistyped a word, the list is one --help away.
    QStringList names;
    for (const auto &entry : commands)
        names << QLatin1String(entry.first);
    const QString guess = suggestCommand(command, names);
    err << "dbpulse-cli: unknown command '" << command << "'"
        << (guess.isEmpty() ? QString() : QStringLiteral(" (did you mean '%1'?)").arg(guess))
        << "; the commands are listed by dbpulse-cli --help\n";
    return int(ExitCode::BadArguments);
}
