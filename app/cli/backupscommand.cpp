// `dbpulse-cli backups list|prune`: declared in backupcommand.h.
#include "backupcommand.h"

#include "clirunner.h"
#include "clitable.h"

#include "core/backup/backupcatalog.h"
#include "core/backup/backupprune.h"
#include "core/io/datasize.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace dbpulse::cli {

namespace {

QString formatText(const BackupManifest &m)
{
    return m.kind == QLatin1String("sqlite") ? QStringLiteral("sqlite") : BackupOptions::formatName(m.options.format);
}

// \a dateOnly: the table's, where the day is what matters and 80 columns are few.
QString verificationText(const VerificationRecord &v, bool dateOnly = false)
{
    const QString when = v.stateTime().toUTC().toString(dateOnly ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
    switch (v.state()) {
    case VerificationRecord::State::Never:
        return QStringLiteral("never verified");
    case VerificationRecord::State::ChecksumsVerified:
        return QStringLiteral("checksums verified ") + when;
    case VerificationRecord::State::RestoreVerified:
        return QStringLiteral("verified by restore ") + when;
    case VerificationRecord::State::Failed:
        return QStringLiteral("FAILED verification ") + when;
    }
    return {};
}

// By default the list fits 80 columns: the database name is cut, then format, the start (the
// path has its time too), size and database go; the path, what verify and restore take, and
// the verification state always stay whole.
const QList<CliColumn> &backupColumns()
{
    using A = CliColumn::Align;
    static const QList<CliColumn> columns{
        {QStringLiteral("started"), QStringLiteral("STARTED (UTC)"), 16, 0, 45, A::Left},
        {QStringLiteral("database"), QStringLiteral("DATABASE"), 0, 8, 55, A::Left},
        {QStringLiteral("format"), QStringLiteral("FORMAT"), 9, 0, 40, A::Left},
        {QStringLiteral("size"), QStringLiteral("SIZE"), 10, 0, 50, A::Right},
        {QStringLiteral("state"), QStringLiteral("STATE"), 0, 0, 85, A::Left},
        {QStringLiteral("path"), QStringLiteral("PATH"), 0, 0, 100, A::Left},
    };
    return columns;
}

QJsonObject checkJson(const VerificationCheck &c)
{
    if (!c.ran())
        return {};
    return QJsonObject{{QStringLiteral("time"), c.when.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("ok"), c.ok},
                       {QStringLiteral("detail"), c.detail}};
}

ExitCode listCommand(const QString &dir, const QString &format, const TableStyle &style)
{
    QTextStream out(stdout);
    const QList<BackupEntry> entries = listBackups(dir);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const BackupEntry &e : entries) {
            array.append(QJsonObject{
                {QStringLiteral("path"), e.path},
                {QStringLiteral("complete"), e.complete},
                {QStringLiteral("problem"), e.problem},
                {QStringLiteral("database"), e.manifest.database},
                {QStringLiteral("started"), e.manifest.started.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("finished"), e.complete ? e.manifest.finished.toUTC().toString(Qt::ISODate) : QString()},
                {QStringLiteral("format"), formatText(e.manifest)},
                {QStringLiteral("bytes"), double(e.manifest.totalBytes())},
                {QStringLiteral("server_version"), e.manifest.serverVersion},
                {QStringLiteral("verification"), e.complete ? verificationText(e.verification) : QString()},
                {QStringLiteral("checksums_check"), checkJson(e.verification.checksums)},
                {QStringLiteral("restore_test"), checkJson(e.verification.restore)},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Ok;
    }
    CliTable table(backupColumns(), style);
    for (const BackupEntry &e : entries) {
        table.addRow({e.manifest.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.manifest.database,
                      e.complete ? formatText(e.manifest) : QStringLiteral("-"),
                      e.complete ? formatDataSize(e.manifest.totalBytes()) : QStringLiteral("-"),
                      e.complete ? verificationText(e.verification, style.width > 0 && !style.csv) : QStringLiteral("INCOMPLETE"),
                      QDir(dir).relativeFilePath(e.path)});
    }
    out << table.text();
    return ExitCode::Ok;
}

ExitCode pruneCommand(const QString &dir, const PruneOptions &options, bool mayAsk)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    PruneResult result = pruneBackups(dir, options);
    const QDir base(dir);
    for (const QString &warning : result.warnings)
        err << "warning: " << warning << '\n';
    // Retention runs per database and server: each line names the group whose rules decided it.
    const char *deleteWord = options.dryRun ? "would delete " : "delete ";
    int toDelete = 0;
    for (const RetentionDecision &d : result.plan) {
        toDelete += !d.keep;
        out << (d.keep ? "keep   " : deleteWord) << base.relativeFilePath(d.id) << "  (" << d.group << ": "
            << d.reasons.join(QLatin1String(", ")) << ")\n";
    }
    for (const auto &[path, why] : result.staleIncomplete) {
        if (options.incomplete) {
            ++toDelete;
            out << deleteWord << base.relativeFilePath(path) << "  (incomplete: " << why << ")\n";
        } else {
            out << "ignore " << base.relativeFilePath(path) << "  (incomplete: " << why << "; --incomplete deletes it)\n";
        }
    }
    for (const auto &[path, problem] : result.ignored)
        out << "ignore " << base.relativeFilePath(path) << "  (incomplete: " << problem << ")\n";
    for (const auto &[path, why] : result.skipped)
        out << "skip   " << base.relativeFilePath(path) << "  (" << why << ")\n";
    const QString folder = QDir::toNativeSeparators(base.absolutePath());
    const QString dirs = toDelete == 1 ? QStringLiteral("1 directory") : QStringLiteral("%1 directories").arg(toDelete);
    if (options.dryRun && mayAsk && toDelete > 0) {
        // A person at a terminal confirms by naming the target, not by pressing Enter.
        const QString name = base.dirName();
        out << "Delete " << dirs << " in " << folder << "? Type the folder name (" << name << ") to confirm: " << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed() != name) {
            out << "not confirmed: nothing deleted\n";
            return ExitCode::Ok;
        }
        applyPrune(&result, options.incomplete);
    } else if (options.dryRun) {
        out << "dry run: nothing deleted; " << dirs << " in " << folder << " would be deleted"
            << (toDelete > 0 ? " (run again with --yes to delete them)" : "") << "\n";
        return ExitCode::Ok;
    }
    for (const QString &failure : result.deleteFailures)
        err << "dbpulse-cli backups prune: cannot delete: " << failure << '\n';
    out << "deleted " << result.deleted.size() << (result.deleted.size() == 1 ? " directory" : " directories") << " in "
        << folder << "\n";
    return result.deleteFailures.isEmpty() ? ExitCode::Ok : ExitCode::Failure;
}

} // namespace

ExitCode runBackupsCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("backups"), QStringLiteral(
        "backups list DIR [--format table|json|csv] [--columns LIST] [--wide]: the backups under DIR, newest first;\n"
        "  the table fits 80 columns (format, start, size and database are left out first; state and path stay whole).\n"
        "backups prune DIR [--keep-daily 30] [--keep-weekly 12] [--keep-monthly 12] [--yes] [--include-unknown]\n"
        "             [--incomplete [--incomplete-grace MINUTES]]:\n"
        "  per database on one server (PostgreSQL system identifier; SQLite: per file), keep the newest backup of\n"
        "  each of the last N days / ISO weeks / months and the newest verified backup; the rest is deleted.\n"
        "  Without --yes nothing is deleted: prune prints what it would delete (a dry run) and exits 0;\n"
        "  at a terminal it then asks you to type the folder name to confirm.\n"
        "  Backups whose manifest names no server (made before DB Pulse recorded it) are kept unless\n"
        "  --include-unknown. Symbolic links in DIR are skipped, never followed. Unfinished backups (killed)\n"
        "  quiet for longer than the grace period are listed, and deleted only with --incomplete --yes."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list or prune"));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The backup destination."));
    const QCommandLineOption dailyOpt(QStringLiteral("keep-daily"), QStringLiteral("Days to keep (30)."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption weeklyOpt(QStringLiteral("keep-weekly"), QStringLiteral("ISO weeks to keep (12)."), QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption monthlyOpt(QStringLiteral("keep-monthly"), QStringLiteral("Months to keep (12)."), QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"), QStringLiteral("Print the plan, delete nothing (the default without --yes)."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), QStringLiteral("Really delete what the plan says."));
    const QCommandLineOption unknownOpt(QStringLiteral("include-unknown"),
                                        QStringLiteral("Also prune backups whose manifest does not name their server (grouped by database name only)."));
    const QCommandLineOption incompleteOpt(QStringLiteral("incomplete"),
                                           QStringLiteral("Also delete unfinished backups older than the grace period (with --yes)."));
    const QCommandLineOption graceOpt(QStringLiteral("incomplete-grace"),
                                      QStringLiteral("Minutes an unfinished backup must have been quiet before it counts as abandoned (60)."),
                                      QStringLiteral("MINUTES"), QStringLiteral("60"));
    const TableOptions table(parser, {QStringLiteral("json")}, CliTable::keysOf(backupColumns()));
    parser.addOptions({dailyOpt, weeklyOpt, monthlyOpt, dryRunOpt, yesOpt, unknownOpt, incompleteOpt, graceOpt});
    if (const auto done = cli.parse(arguments, 2, QStringLiteral("expected list DIR or prune DIR")))
        return *done;
    const QStringList pos = parser.positionalArguments();
    if (pos.at(0) != QLatin1String("list") && pos.at(0) != QLatin1String("prune"))
        return cli.badArguments(QStringLiteral("expected list DIR or prune DIR, not %1").arg(pos.at(0)));
    if (!QDir(pos.at(1)).exists())
        return cli.badArguments(QStringLiteral("no such directory %1").arg(pos.at(1)));
    TableStyle style;
    QString format;
    if (const auto wrong = table.read(cli, backupColumns(), &style, &format))
        return *wrong;
    if (pos.at(0) == QLatin1String("list"))
        return listCommand(pos.at(1), format, style);
    if (format != QLatin1String("table") || !style.columns.isEmpty())
        return cli.badArguments(QStringLiteral("prune: --format and --columns are list's"));
    RetentionPolicy policy;
    bool ok1 = false, ok2 = false, ok3 = false;
    policy.keepDaily = parser.value(dailyOpt).toInt(&ok1);
    policy.keepWeekly = parser.value(weeklyOpt).toInt(&ok2);
    policy.keepMonthly = parser.value(monthlyOpt).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || policy.keepDaily < 0 || policy.keepWeekly < 0 || policy.keepMonthly < 0)
        return cli.badArguments(QStringLiteral("prune: --keep-* need whole numbers >= 0"));
    bool graceOk = false;
    const qint64 graceMinutes = parser.value(graceOpt).toLongLong(&graceOk);
    if (!graceOk || graceMinutes < 0)
        return cli.badArguments(QStringLiteral("prune: --incomplete-grace needs whole minutes >= 0"));
    PruneOptions options;
    options.policy = policy;
    options.dryRun = parser.isSet(dryRunOpt) || !parser.isSet(yesOpt);
    options.includeUnknown = parser.isSet(unknownOpt);
    options.incomplete = parser.isSet(incompleteOpt);
    options.incompleteGraceSecs = graceMinutes * 60;
    // Without --yes a person at a terminal may confirm instead; a script without it gets a dry run.
    const bool mayAsk = !parser.isSet(yesOpt) && !parser.isSet(dryRunOpt) && ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
    return pruneCommand(pos.at(1), options, mayAsk);
}

} // namespace dbpulse::cli
