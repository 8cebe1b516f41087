#include "backupcommand.h"

#include "core/backup/backupjob.h"
#include "core/backup/backupverifier.h"
#include "core/backup/restoretest.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace dbpulse::cli {

namespace {

constexpr int exitFailed = 1;
constexpr int exitBadArguments = 2;
constexpr int exitCannotConnect = 3;

int g_cancelFds[2] = {-1, -1};

void onCancelSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_cancelFds[0], &byte, 1);
}

// Parses with \a parser; returns -1 to go on, else the exit code (help printed or bad arguments).
int parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int positionals)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("dbpulse-cli ") + command} + arguments)) {
        err << "dbpulse-cli " << command << ": " << parser.errorText() << '\n';
        return exitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != positionals) {
        err << "dbpulse-cli " << command << ": wrong number of arguments\n\n" << parser.helpText();
        return exitBadArguments;
    }
    return -1;
}

} // namespace

bool runJobInTerminal(Job *job)
{
    QTextStream err(stderr);
    const bool tty = ::isatty(STDERR_FILENO);
    QObject::connect(job, &Job::progressChanged, job, [&err, tty](int percent, const QString &text) {
        if (!tty)
            return;
        const QString p = percent < 0 ? QStringLiteral("   ") : QStringLiteral("%1%").arg(percent, 3);
        err << "\r\033[K[" << p << "] " << text.left(100);
        err.flush();
    });
    QSocketNotifier *notifier = nullptr;
    struct sigaction previousInt{}, previousTerm{};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_cancelFds) == 0) {
        notifier = new QSocketNotifier(g_cancelFds[1], QSocketNotifier::Read, job);
        QObject::connect(notifier, &QSocketNotifier::activated, job, [job] {
            char byte;
            [[maybe_unused]] const auto n = ::read(g_cancelFds[1], &byte, 1);
            job->cancel();
        });
        struct sigaction sa{};
        sa.sa_handler = onCancelSignal;
        ::sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, &previousInt);
        ::sigaction(SIGTERM, &sa, &previousTerm);
    }
    const bool ok = job->exec();
    if (notifier) {
        ::sigaction(SIGINT, &previousInt, nullptr);
        ::sigaction(SIGTERM, &previousTerm, nullptr);
        delete notifier;
        ::close(g_cancelFds[0]);
        ::close(g_cancelFds[1]);
    }
    if (tty) {
        err << "\r\033[K";
        err.flush();
    }
    return ok;
}

int runBackupCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Back up a PostgreSQL database with pg_dump into a new directory under --out, with a manifest "
        "of SHA-256 checksums written last. Prints the backup's path as the last line."));
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("postgresql:// URI, key=value settings, @profile, or sqlite:PATH"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Destination directory."), QStringLiteral("DIR"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("custom (default) or directory."),
                                       QStringLiteral("FORMAT"), QStringLiteral("custom"));
    const QCommandLineOption jobsOpt(QStringLiteral("jobs"), QStringLiteral("Parallel dump jobs (directory format)."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption compressOpt(QStringLiteral("compress"), QStringLiteral("Compression level 0-9."), QStringLiteral("LEVEL"));
    const QCommandLineOption schemaOnlyOpt(QStringLiteral("schema-only"), QStringLiteral("Definitions only."));
    const QCommandLineOption dataOnlyOpt(QStringLiteral("data-only"), QStringLiteral("Data only."));
    const QCommandLineOption schemaOpt(QStringLiteral("schema"), QStringLiteral("Only this schema (repeatable)."), QStringLiteral("PATTERN"));
    const QCommandLineOption excludeSchemaOpt(QStringLiteral("exclude-schema"), QStringLiteral("Skip this schema (repeatable)."), QStringLiteral("PATTERN"));
    const QCommandLineOption tableOpt(QStringLiteral("table"), QStringLiteral("Only this table (repeatable)."), QStringLiteral("PATTERN"));
    const QCommandLineOption excludeTableOpt(QStringLiteral("exclude-table"), QStringLiteral("Skip this table (repeatable)."), QStringLiteral("PATTERN"));
    parser.addOptions({outOpt, formatOpt, jobsOpt, compressOpt, schemaOnlyOpt, dataOnlyOpt, schemaOpt,
                       excludeSchemaOpt, tableOpt, excludeTableOpt});
    if (const int code = parseOrExit(parser, QStringLiteral("backup"), arguments, 1); code >= 0)
        return code;

    QTextStream out(stdout);
    QTextStream err(stderr);
    BackupOptions options;
    bool ok = true;
    if (!parser.isSet(outOpt)) {
        err << "dbpulse-cli backup: --out DIR is required\n";
        return exitBadArguments;
    }
    if (!BackupOptions::parseFormat(parser.value(formatOpt), &options.format)) {
        err << "dbpulse-cli backup: --format must be custom or directory\n";
        return exitBadArguments;
    }
    options.jobs = parser.value(jobsOpt).toInt(&ok);
    if (ok && parser.isSet(compressOpt))
        options.compressLevel = parser.value(compressOpt).toInt(&ok);
    if (!ok) {
        err << "dbpulse-cli backup: --jobs and --compress take whole numbers\n";
        return exitBadArguments;
    }
    options.schemaOnly = parser.isSet(schemaOnlyOpt);
    options.dataOnly = parser.isSet(dataOnlyOpt);
    options.includeSchemas = parser.values(schemaOpt);
    options.excludeSchemas = parser.values(excludeSchemaOpt);
    options.includeTables = parser.values(tableOpt);
    options.excludeTables = parser.values(excludeTableOpt);
    if (const QString why = options.validate(); !why.isEmpty()) {
        err << "dbpulse-cli backup: " << why << '\n';
        return exitBadArguments;
    }
    const ProfileStore profiles;
    const TargetParseResult parsed = parseTarget(parser.positionalArguments().first(), &profiles);
    if (!parsed.ok()) {
        err << "dbpulse-cli backup: " << parsed.error << '\n';
        return exitBadArguments;
    }

    BackupJob job(*parsed.target, parser.value(outOpt), options);
    if (!runJobInTerminal(&job)) {
        err << "dbpulse-cli backup: " << job.errorText() << '\n';
        return job.connectFailed() ? exitCannotConnect : exitFailed;
    }
    out << job.backupPath() << '\n';
    return 0;
}

int runVerifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a backup: its manifest, the size and SHA-256 of every file, and that pg_restore can read "
        "the archive. With --restore-test, also restore it into a scratch database on TARGET (dropped "
        "afterwards) and compare every table's row count with the manifest. The result is recorded in "
        "the backup's verification.json. Exit 0 when sound, 1 naming the first bad file or table."));
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("A backup directory."));
    const QCommandLineOption restoreTestOpt(
        QStringLiteral("restore-test"),
        QStringLiteral("Test-restore on this server (URI, key=value, @profile); for an SQLite backup, a folder "
                       "for the scratch copy."),
        QStringLiteral("TARGET"));
    parser.addOption(restoreTestOpt);
    if (const int code = parseOrExit(parser, QStringLiteral("verify"), arguments, 1); code >= 0)
        return code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString backupDir = parser.positionalArguments().first();
    if (parser.isSet(restoreTestOpt)) {
        const QString where = parser.value(restoreTestOpt);
        Target server;
        if (QFileInfo(where).isDir()) {
            server.kind = DatabaseKind::SQLite;
            server.sqlitePath = QFileInfo(where).absoluteFilePath();
            server.label = where;
        } else {
            const ProfileStore profiles;
            const TargetParseResult parsed = parseTarget(where, &profiles);
            if (!parsed.ok()) {
                err << "dbpulse-cli verify: " << parsed.error << '\n';
                return exitBadArguments;
            }
            server = *parsed.target;
        }
        RestoreTestJob job(backupDir, server);
        if (!runJobInTerminal(&job)) {
            for (const QString &m : job.result().mismatches)
                err << "mismatch: " << m << '\n';
            err << "dbpulse-cli verify: " << job.errorText() << '\n';
            return job.connectFailed() ? exitCannotConnect : exitFailed;
        }
        out << "ok: verified by restore; " << job.result().detail << '\n';
        return 0;
    }
    VerifyJob job(backupDir);
    if (!runJobInTerminal(&job)) {
        err << "dbpulse-cli verify: " << job.errorText() << '\n';
        return exitFailed;
    }
    const VerifyResult r = job.result();
    out << "ok: " << r.manifest.files.size() << " files, " << r.manifest.totalBytes() << " bytes, "
        << r.tocEntries << " archive entries; database " << r.manifest.database << " from "
        << r.manifest.started.toString(Qt::ISODate) << '\n';
    return 0;
}

} // namespace dbpulse::cli
