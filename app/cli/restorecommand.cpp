// `dbpulse-cli restore`: declared in backupcommand.h.
#include "backupcommand.h"

#include "clirunner.h"

#include "core/backup/restorejob.h"
#include "core/db/profilestore.h"
#include "core/db/secretmask.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace dbpulse::cli {

ExitCode runRestoreCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("restore"), QStringLiteral(
        "Verify BACKUP, then restore it with pg_restore into a NEW database on TARGET's server (named "
        "from the backup unless --new-database is given). Restoring over TARGET's own database needs "
        "--clean --yes. A failed restore into a new database drops it again."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("A backup directory."));
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("The server (and, with --clean, the database)."));
    const QCommandLineOption newDbOpt(QStringLiteral("new-database"), QStringLiteral("Name of the database to create."), QStringLiteral("NAME"));
    const QCommandLineOption jobsOpt(QStringLiteral("jobs"), QStringLiteral("Parallel restore jobs."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption cleanOpt(QStringLiteral("clean"), QStringLiteral("Restore over TARGET's database, dropping its objects first."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), QStringLiteral("Confirm --clean."));
    const QCommandLineOption noOwnerOpt(QStringLiteral("no-owner"), QStringLiteral("Do not restore object owners."));
    parser.addOptions({newDbOpt, jobsOpt, cleanOpt, yesOpt, noOwnerOpt});
    if (const auto done = cli.parse(arguments, 2, QStringLiteral("expected BACKUP and TARGET")))
        return *done;
    RestoreOptions options;
    bool ok = false;
    options.jobs = parser.value(jobsOpt).toInt(&ok);
    if (!ok || options.jobs < 1)
        return cli.badArguments(QStringLiteral("--jobs needs a positive whole number"));
    options.noOwner = parser.isSet(noOwnerOpt);
    if (parser.isSet(cleanOpt)) {
        if (parser.isSet(newDbOpt))
            return cli.badArguments(QStringLiteral("--clean restores over TARGET's database; it cannot be combined with --new-database"));
        if (!parser.isSet(yesOpt))
            return cli.badArguments(QStringLiteral("--clean replaces the contents of TARGET's database; add --yes to confirm"));
        options.intoNewDatabase = false;
        options.clean = true;
        options.confirmed = true;
    }
    options.newDatabase = parser.value(newDbOpt);
    const ProfileStore profiles;
    const QString targetText = parser.positionalArguments().at(1);
    TargetParseResult parsed = parseTarget(targetText, &profiles);
    // parseTarget wants an existing SQLite file; a restore usually creates one.
    static const QRegularExpression sqliteFile(QStringLiteral("\\.(db|sqlite|sqlite3)$"));
    if (!parsed.ok() && (targetText.startsWith(QLatin1String("sqlite:")) || sqliteFile.match(targetText).hasMatch())) {
        Target t;
        t.kind = DatabaseKind::SQLite;
        t.sqlitePath = QFileInfo(targetText.startsWith(QLatin1String("sqlite:")) ? targetText.mid(7) : targetText).absoluteFilePath();
        t.label = QFileInfo(t.sqlitePath).fileName();
        parsed.target = t;
    }
    if (!parsed.ok())
        return cli.badArguments(maskSecretsOf(parsed.error, targetText));
    RestoreJob job(parser.positionalArguments().at(0), *parsed.target, options);
    if (!cli.runJob(job))
        return cli.jobFailed(job);
    cli.out() << "restored into database " << job.database() << '\n';
    return ExitCode::Ok;
}

} // namespace dbpulse::cli
