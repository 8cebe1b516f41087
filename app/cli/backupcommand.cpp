#include "backupcommand.h"

#include "clirunner.h"

#include "core/backup/backupjob.h"
#include "core/backup/backupverifier.h"
#include "core/backup/restoretest.h"

#include <QFileInfo>

namespace dbpulse::cli {

ExitCode runBackupCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("backup"), QStringLiteral(
        "Back up a PostgreSQL database with pg_dump into a new directory under --out, with a manifest "
        "of SHA-256 checksums written last. Prints the backup's path as the last line."));
    QCommandLineParser &parser = cli.parser();
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
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one TARGET")))
        return *done;

    BackupOptions options;
    bool ok = true;
    if (!parser.isSet(outOpt))
        return cli.badArguments(QStringLiteral("--out DIR is required"));
    if (!BackupOptions::parseFormat(parser.value(formatOpt), &options.format))
        return cli.badArguments(QStringLiteral("--format must be custom or directory"));
    options.jobs = parser.value(jobsOpt).toInt(&ok);
    if (ok && parser.isSet(compressOpt))
        options.compressLevel = parser.value(compressOpt).toInt(&ok);
    if (!ok)
        return cli.badArguments(QStringLiteral("--jobs and --compress take whole numbers"));
    options.schemaOnly = parser.isSet(schemaOnlyOpt);
    options.dataOnly = parser.isSet(dataOnlyOpt);
    options.includeSchemas = parser.values(schemaOpt);
    options.excludeSchemas = parser.values(excludeSchemaOpt);
    options.includeTables = parser.values(tableOpt);
    options.excludeTables = parser.values(excludeTableOpt);
    if (const QString why = options.validate(); !why.isEmpty())
        return cli.badArguments(why);
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;

    BackupJob job(*target, parser.value(outOpt), options);
    if (!cli.runJob(job))
        return cli.jobFailed(job);
    cli.out() << job.backupPath() << '\n';
    return ExitCode::Ok;
}

ExitCode runVerifyCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("verify"), QStringLiteral(
        "Check a backup: its manifest, the size and SHA-256 of every file, and that pg_restore can read "
        "the archive. With --restore-test, also restore it into a scratch database on TARGET (dropped "
        "afterwards) and compare every table's row count with the manifest. The result is recorded in "
        "the backup's verification.json. Exit 0 when sound, 1 naming the first bad file or table."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("A backup directory."));
    const QCommandLineOption restoreTestOpt(
        QStringLiteral("restore-test"),
        QStringLiteral("Test-restore on this server (URI, key=value, @profile); for an SQLite backup, a folder "
                       "for the scratch copy."),
        QStringLiteral("TARGET"));
    parser.addOption(restoreTestOpt);
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one BACKUP")))
        return *done;
    const QString backupDir = parser.positionalArguments().first();
    if (parser.isSet(restoreTestOpt)) {
        const QString where = parser.value(restoreTestOpt);
        Target server;
        if (QFileInfo(where).isDir()) {
            server.kind = DatabaseKind::SQLite;
            server.sqlitePath = QFileInfo(where).absoluteFilePath();
            server.label = where;
        } else {
            const auto target = cli.target(where);
            if (!target)
                return ExitCode::BadArguments;
            server = *target;
        }
        RestoreTestJob job(backupDir, server);
        if (!cli.runJob(job)) {
            for (const QString &m : job.result().mismatches)
                cli.err() << "mismatch: " << m << '\n';
            return cli.jobFailed(job);
        }
        cli.out() << "ok: verified by restore; " << job.result().detail << '\n';
        return ExitCode::Ok;
    }
    VerifyJob job(backupDir);
    if (!cli.runJob(job))
        return cli.jobFailed(job);
    const VerifyResult r = job.result();
    cli.out() << "ok: " << r.manifest.files.size() << " files, " << r.manifest.totalBytes() << " bytes, "
        << r.tocEntries << " archive entries; database " << r.manifest.database << " from "
        << r.manifest.started.toString(Qt::ISODate) << '\n';
    return ExitCode::Ok;
}

} // namespace dbpulse::cli
