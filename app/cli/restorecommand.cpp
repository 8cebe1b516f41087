// `dbpulse-cli restore`: declared in backupcommand.h.
#include "backupcommand.h"

#include "core/backup/restorejob.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace dbpulse::cli {

int runRestoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verify BACKUP, then restore it with pg_restore into a NEW database on TARGET's server (named "
        "from the backup unless --new-database is given). Restoring over TARGET's own database needs "
        "--clean --yes. A failed restore into a new database drops it again."));
    parser.addPositionalArgument(QStringLiteral("BACKUP"), QStringLiteral("A backup directory."));
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("The server (and, with --clean, the database)."));
    const QCommandLineOption newDbOpt(QStringLiteral("new-database"), QStringLiteral("Name of the database to create."), QStringLiteral("NAME"));
    const QCommandLineOption jobsOpt(QStringLiteral("jobs"), QStringLiteral("Parallel restore jobs."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption cleanOpt(QStringLiteral("clean"), QStringLiteral("Restore over TARGET's database, dropping its objects first."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), QStringLiteral("Confirm --clean."));
    const QCommandLineOption noOwnerOpt(QStringLiteral("no-owner"), QStringLiteral("Do not restore object owners."));
    parser.addOptions({newDbOpt, jobsOpt, cleanOpt, yesOpt, noOwnerOpt});
    parser.addHelpOption();

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("dbpulse-cli restore")} + arguments)) {
        err << "dbpulse-cli restore: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 2) {
        err << "dbpulse-cli restore: expected BACKUP and TARGET\n\n" << parser.helpText();
        return 2;
    }
    RestoreOptions options;
    bool ok = false;
    options.jobs = parser.value(jobsOpt).toInt(&ok);
    if (!ok || options.jobs < 1) {
        err << "dbpulse-cli restore: --jobs needs a positive whole number\n";
        return 2;
    }
    options.noOwner = parser.isSet(noOwnerOpt);
    if (parser.isSet(cleanOpt)) {
        if (parser.isSet(newDbOpt)) {
            err << "dbpulse-cli restore: --clean restores over TARGET's database; it cannot be combined with --new-database\n";
            return 2;
        }
        if (!parser.isSet(yesOpt)) {
            err << "dbpulse-cli restore: --clean replaces the contents of TARGET's database; add --yes to confirm\n";
            return 2;
        }
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
    if (!parsed.ok()) {
        err << "dbpulse-cli restore: " << parsed.error << '\n';
        return 2;
    }
    RestoreJob job(parser.positionalArguments().at(0), *parsed.target, options);
    if (!runJobInTerminal(&job)) {
        err << "dbpulse-cli restore: " << job.errorText() << '\n';
        return job.connectFailed() ? 3 : 1;
    }
    out << "restored into database " << job.database() << '\n';
    return 0;
}

} // namespace dbpulse::cli
