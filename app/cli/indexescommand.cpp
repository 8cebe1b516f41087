#include "indexescommand.h"

#include "clirunner.h"
#include "clitable.h"

#include "core/advisor/indexadvisor.h"
#include "core/advisor/indexapplyjob.h"
#include "core/advisor/indexcheck.h"
#include "core/advisor/sqliteadvisor.h"
#include "core/jobs/taskjob.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

namespace dbpulse::cli {

namespace {

// \a width: the columns the text is wrapped to (80), 0 with --wide.
void printTable(QTextStream &terminal, const AdvisorReport &report, int width)
{
    // Schema, table, index and column names are the database's: filtered before the terminal.
    QString text;
    QTextStream out(&text);
    out << report.describeRun() << "\n\n";
    if (report.recommendations.isEmpty())
        out << "No index recommendations.\n";
    int n = 0;
    for (const IndexRecommendation &r : report.recommendations) {
        out << ++n << ". [" << priorityName(r.priority) << "] " << kindName(r.kind) << "  " << r.schema << '.' << r.table
            << " (" << r.columns.join(QLatin1String(", ")) << ')';
        if (!r.index.isEmpty())
            out << "  index " << r.index;
        out << "  [id " << r.id() << ']';
        out << "\n   " << r.reason << "\n   benefit: " << r.estimatedBenefit << "\n   " << r.ddl << "\n\n";
    }
    for (const QString &note : report.notes)
        out << "note: " << note << '\n';
    out.flush();
    terminal << fitLines(text, width);
}

// Runs \a rec after printing its DDL and the target: the same IndexApplyJob as the Indexes page.
ExitCode applyAdvice(CommandLine &cli, const Target &target, const IndexRecommendation &rec)
{
    cli.out() << "Running on " << target.label << ":\n  " << rec.ddl << '\n';
    IndexApplyJob job(rec, target, QString());
    const IndexApplyOutcome &outcome = job.outcome();
    if (cli.runJob(job)) {
        cli.out() << "done: " << outcome.commandStatus << '\n';
        if (!outcome.recordError.isEmpty())
            cli.fail(ExitCode::Ok, outcome.recordError);
        return ExitCode::Ok;
    }
    const ExitCode code = cli.jobFailed(job);
    if (!outcome.leftovers.cleanupDdl.isEmpty())
        cli.err() << "The build left an invalid index behind; drop it with:\n  " << outcome.leftovers.cleanupDdl << '\n';
    return code;
}

// Advice that checks itself: indexes applied with --apply (or from the Indexes page) on this
// database, their statements' latency since then against before.
void printAppliedChecks(QTextStream &terminal, const Target &target, int width)
{
    const QList<AppliedIndexRecord> records = AppliedIndexStore().records(target.credentialKey());
    if (records.isEmpty())
        return;
    QString text;
    QTextStream out(&text);
    out << "\nApplied indexes, their statements after vs before:\n";
    for (const AppliedIndexRecord &record : records) {
        out << "  " << record.schema << '.' << record.table << " (" << record.columns.join(QLatin1String(", "))
            << "), applied " << record.appliedAt.toString(Qt::ISODate) << '\n';
        QString error;
        const QList<StatementComparison> comparisons = compareWithBaseline(record, target, QString(), &error);
        if (!error.isEmpty())
            out << "    cannot compare: " << error << '\n';
        for (const StatementComparison &c : comparisons)
            out << "    " << describeComparison(c) << '\n';
    }
    out.flush();
    terminal << fitLines(text, width);
}

// The command's options, added to its parser once.
struct IndexesOptions
{
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("FORMAT"),
                              QStringLiteral("table")};
    QCommandLineOption statements{QStringLiteral("statements"),
                                  QStringLiteral("SQLite: a file of statements to check for missing indexes (;-separated, or one per line)."),
                                  QStringLiteral("FILE")};
    QCommandLineOption apply{QStringLiteral("apply"),
                             QStringLiteral("PostgreSQL: run the recommendation with this ID (the table's [id …]: the first 8 hex "
                                            "digits of the SHA-256 of its DDL) after printing its DDL, with build progress; needs --yes. "
                                            "Refused when no current recommendation has that ID."),
                             QStringLiteral("ID")};
    QCommandLineOption yes{QStringLiteral("yes"), QStringLiteral("Confirm --apply.")};
    QCommandLineOption wide{QStringLiteral("wide"), QStringLiteral("Do not wrap the table's text at 80 columns.")};
    QCommandLineOption noHypopg{QStringLiteral("no-hypopg"), QStringLiteral("Do not confirm missing indexes with hypopg (heuristics only).")};
    QCommandLineOption unusedMaxScans{QStringLiteral("unused-max-scans"),
                                      QStringLiteral("Report indexes with at most N scans as unused (default 0)."), QStringLiteral("N"),
                                      QStringLiteral("0")};
    QCommandLineOption unusedMinDays{QStringLiteral("unused-min-days"),
                                     QStringLiteral("Call an index unused only when the scan counters cover at least D days "
                                                    "(since the server started or the statistics were reset, whichever is "
                                                    "later; default 7, decimals allowed, 0 judges at once)."),
                                     QStringLiteral("D"), QStringLiteral("7")};

    explicit IndexesOptions(QCommandLineParser &parser)
    {
        parser.addPositionalArgument(QStringLiteral("TARGET"),
                                     QStringLiteral("postgresql:// URI, key=value settings, @profile, or an SQLite file"));
        parser.addOptions({format, statements, apply, yes, noHypopg, unusedMaxScans, unusedMinDays, wide});
    }
};

// --apply ID: the current recommendation with that ID, run after printing it (only with --yes).
ExitCode applyById(CommandLine &cli, const Target &target, const AdvisorReport &report, const QString &rawId, bool yes)
{
    const QString id = rawId.trimmed().toLower();
    const bool sqlite = target.kind == DatabaseKind::SQLite;
    const auto found = std::find_if(report.recommendations.cbegin(), report.recommendations.cend(),
                                    [&id](const IndexRecommendation &r) { return r.id() == id; });
    if (sqlite || found == report.recommendations.cend()) {
        return cli.badArguments(QStringLiteral("--apply ") + id
                                + (sqlite ? QStringLiteral(" needs a PostgreSQL target")
                                          : QStringLiteral(": no current recommendation has this ID (the advice "
                                                           "changed, or a typo); run dbpulse-cli indexes again and "
                                                           "take the ID from its table")));
    }
    if (!yes)
        return cli.badArguments(QStringLiteral("this would run on %1:\n  %2\nAdd --yes to run it.").arg(target.label, found->ddl));
    return applyAdvice(cli, target, *found);
}

// The advice as JSON (notes on stderr, so stdout stays one document) or as a table.
void printReport(CommandLine &cli, const Target &target, const AdvisorReport &report, bool json, int width)
{
    if (json) {
        cli.out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        for (const QString &note : report.notes)
            cli.err() << "note: " << note << '\n';
        return;
    }
    printTable(cli.out(), report, width);
    if (target.kind != DatabaseKind::SQLite)
        printAppliedChecks(cli.out(), target, width);
}

} // namespace

ExitCode runIndexesCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("indexes"), QStringLiteral(
        "Index advice for a PostgreSQL database: missing (from pg_stat_statements, confirmed with hypopg when "
        "installed), unused, duplicate, redundant, invalid and bloated indexes, and foreign keys without an index. "
        "For an SQLite file: duplicate and redundant indexes, and missing indexes for the statements given with "
        "--statements (checked with what-if plans). Prints the DDL; runs it only with --apply ID --yes."));
    const IndexesOptions o(cli.parser());
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one TARGET")))
        return *done;
    const QCommandLineParser &parser = cli.parser();
    const QString format = parser.value(o.format);
    bool ok = false;
    const qint64 maxScans = parser.value(o.unusedMaxScans).toLongLong(&ok);
    bool daysOk = false;
    const double minDays = parser.value(o.unusedMinDays).toDouble(&daysOk);
    if ((format != QLatin1String("table") && format != QLatin1String("json")) || !ok || maxScans < 0 || !daysOk
        || !(minDays >= 0) || minDays > 36500)
        return cli.badArguments(QStringLiteral("expected --format table|json, --unused-max-scans N >= 0 and "
                                               "--unused-min-days D >= 0"));
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;
    const bool sqlite = target->kind == DatabaseKind::SQLite;
    if (parser.isSet(o.statements) && !sqlite) {
        return cli.badArguments(QStringLiteral("--statements is for SQLite files; PostgreSQL's workload comes from "
                                               "pg_stat_statements"));
    }
    QStringList statements;
    if (parser.isSet(o.statements)) {
        QFile file(parser.value(o.statements));
        if (!file.open(QIODevice::ReadOnly))
            return cli.badArguments(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        statements = splitAdvisorStatements(QString::fromUtf8(file.readAll()));
    }

    AdvisorOptions options;
    options.unusedMaxScans = maxScans;
    options.unusedMinWindowS = qint64(minDays * 86400);
    options.missing.useHypopg = !parser.isSet(o.noHypopg);
    // The password, when needed, comes from PGPASSWORD, ~/.pgpass or a service file via libpq.
    // A Job like every long action: Ctrl-C stops the analysis between statements.
    TaskJob<AdvisorReport> analysis([sqlite, target = *target, statements, options](const JobContext &ctx) {
        return sqlite ? analyzeSqliteIndexes(target.sqlitePath, statements, ctx)
                      : analyzeIndexes(target, QString(), options, ctx);
    });
    if (!cli.runJob(analysis))
        return cli.jobFailed(analysis);
    const AdvisorReport &report = analysis.result();
    if (report.error == QLatin1String("cancelled"))
        return cli.fail(ExitCode::Cancelled, QStringLiteral("cancelled"));
    if (!report.connected)
        return cli.fail(ExitCode::CannotConnect, QStringLiteral("cannot connect to %1: %2").arg(target->label, report.error));
    if (!report.error.isEmpty())
        return cli.fail(ExitCode::Failure, report.error);
    if (parser.isSet(o.apply))
        return applyById(cli, *target, report, parser.value(o.apply), parser.isSet(o.yes));
    printReport(cli, *target, report, format == QLatin1String("json"), parser.isSet(o.wide) ? 0 : 80);
    return ExitCode::Ok;
}

} // namespace dbpulse::cli
