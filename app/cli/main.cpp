// dbpulse-cli: the DB Pulse engine without a display, for scripts and ssh sessions.
#include "backupcommand.h"
#include "checkcommand.h"
#include "democommand.h"
#include "doctorcommand.h"
#include "indexescommand.h"
#include "migratecommand.h"
#include "sandboxcommand.h"
#include "watchcommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

constexpr auto usage = R"(Usage: dbpulse-cli COMMAND [OPTIONS]

Live monitoring, advice and maintenance for PostgreSQL and SQLite databases.

Commands:
  check TARGET   Connect, print the server version, extensions and monitoring privileges.
                 Exit 0 when connected, 3 when the target cannot be reached.
  watch TARGET   Live metrics of a PostgreSQL server, one line per interval: connections,
                 TPS, statements/s, cache hit ratios, estimated latency p50/p95/p99, budget
                 breaches. --interval S (1), --duration S, --format table|jsonl.
                 Exit 3 when the target cannot be reached; Ctrl-C ends it.
  backup TARGET --out DIR
                 pg_dump into a new directory under DIR with a SHA-256 manifest written
                 last; prints the backup's path. --format custom|directory, --jobs N,
                 --compress LEVEL, --schema-only, --data-only, --schema/--table filters.
  verify BACKUP  Check a backup's manifest, checksums and archive; exit 1 naming the
                 first bad file. --restore-test TARGET also restores it into a scratch
                 database there (dropped afterwards) and compares row counts.
  restore BACKUP TARGET
                 Verify, then restore into a NEW database (--new-database NAME, default
                 named from the backup); over TARGET's database only with --clean --yes.
  backups list DIR [--format table|json]
  backups prune DIR [--keep-daily 30 --keep-weekly 12 --keep-monthly 12] [--dry-run]
                 Retention per database (SQLite: per file), each keeping its newest
                 verified backup; every line names the database and why.
  migrate COMMAND TARGET --dir DIR
                 Versioned schema migrations (dbmate, Flyway or native layout). COMMAND is
                 status, plan, up [--to V], down [--to V] [--yes] or validate; down asks
                 you to type the database name at a terminal, else needs --yes (exit 2
                 naming the database and versions); --dry-run (up/down) rolls back and
                 shows SQL, locks and table rewrites, under --lock-timeout S (5) and
                 --statement-timeout S (15); migrations with BEGIN/COMMIT, or that do
                 not parse, are refused before anything runs; --wait S for another
                 runner's lock (60); --style auto|dbmate|flyway|native, --format table|json.
  indexes TARGET Index advice: missing (from pg_stat_statements, confirmed with hypopg),
                 unused, duplicate, redundant, invalid and bloated indexes, foreign keys
                 without an index; prints the DDL and runs nothing unless --apply ID --yes
                 (PostgreSQL: runs the advice whose [id] the table shows, with build
                 progress; the ID is the first 8 hex digits of SHA-256(ddl)). --format table|json,
                 --no-hypopg, --unused-max-scans N. Exit 3 when the target cannot be reached.
                 SQLite files: duplicate/redundant, and missing for --statements FILE.
  doctor TARGET  Health checks with suggested fixes: sessions, locks, cache, vacuum,
                 bloat, wraparound, invalid indexes, orphan rows, settings, budgets;
                 SQLite integrity. --format text|json|markdown|html, --checks LIST,
                 --thresholds FILE, --connect-timeout S; --fix CHECK:OBJECT --yes runs
                 a finding's maintenance statement. Exit 0 healthy, 1 warnings,
                 2 critical, 3 could not connect, 4 fix failed, 64 bad arguments.
  sandbox status|create|drop TARGET
                 The powerless role (dbpulse_sandbox) that statements other roles ran are
                 planned as: missing-index advice and EXPLAIN need it. create needs
                 CREATEROLE and saves its random password in ~/.pgpass; drop asks or --yes.
  demo           Start a private PostgreSQL with a seeded schema and a moving workload;
                 prints its URI and runs until interrupted (Ctrl-C).

TARGET is one of:
  postgresql://user@host:port/dbname   a libpq URI (PG* variables, ~/.pgpass and
  "host=db1 dbname=app user=me"        pg_service.conf apply), or keyword/value settings
  @name                                a connection saved in the dashboard
  sqlite:PATH, FILE.db, FILE.sqlite    an SQLite database file

Options:
  -h, --help       Show this help (also: dbpulse-cli COMMAND --help).
  -v, --version    Show the version.

Exit codes (doctor has its own, above): 0 success, 1 failure, 2 bad arguments,
3 could not connect.
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dbpulse"));
    QCoreApplication::setOrganizationName(QStringLiteral("dbpulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DBPULSE_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << usage;
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out << usage;
        return 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out << "dbpulse-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1String("check"))
        return dbpulse::cli::runCheckCommand(args);
    if (command == QLatin1String("watch"))
        return dbpulse::cli::runWatchCommand(args);
    if (command == QLatin1String("backup"))
        return dbpulse::cli::runBackupCommand(args);
    if (command == QLatin1String("verify"))
        return dbpulse::cli::runVerifyCommand(args);
    if (command == QLatin1String("restore"))
        return dbpulse::cli::runRestoreCommand(args);
    if (command == QLatin1String("backups"))
        return dbpulse::cli::runBackupsCommand(args);
    if (command == QLatin1String("migrate"))
        return dbpulse::cli::runMigrateCommand(args);
    if (command == QLatin1String("doctor"))
        return dbpulse::cli::runDoctorCommand(args);
    if (command == QLatin1String("demo"))
        return dbpulse::cli::runDemoCommand(args);
    if (command == QLatin1String("indexes"))
        return dbpulse::cli::runIndexesCommand(args);
    if (command == QLatin1String("sandbox"))
        return dbpulse::cli::runSandboxCommand(args);

    err << "dbpulse-cli: unknown command '" << command << "'\n\n" << usage;
    return 2;
}
