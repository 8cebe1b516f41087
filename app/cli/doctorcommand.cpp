#include "doctorcommand.h"

#include "clirunner.h"
#include "clitable.h"

#include "core/health/healthdoctor.h"
#include "core/health/healthjob.h"
#include "core/health/healthreportwriter.h"
#include "core/jobs/statementjob.h"
#include "core/io/privatefiles.h"

#include <QFile>

namespace dbpulse::cli {

namespace {

/// The finding of \a check about \a object that carries a maintenance action, or nullptr.
const Finding *fixable(const HealthReport &report, const QString &check, const QString &object)
{
    for (const Finding &f : report.findings) {
        if (f.check == check && f.object == object && f.action.isValid())
            return &f;
    }
    return nullptr;
}

ExitCode fromSeverity(Severity worst)
{
    switch (worst) {
    case Severity::Critical:
        return ExitCode::DoctorCritical;
    case Severity::Warning:
        return ExitCode::DoctorWarnings;
    default:
        return ExitCode::Ok;
    }
}

// --format csv: one line per finding. --columns picks these.
const QList<CliColumn> &findingColumns()
{
    using A = CliColumn::Align;
    static const QList<CliColumn> columns{
        {QStringLiteral("check"), QStringLiteral("check"), 0, 0, 100, A::Left},
        {QStringLiteral("severity"), QStringLiteral("severity"), 0, 0, 90, A::Left},
        {QStringLiteral("object"), QStringLiteral("object"), 0, 0, 80, A::Left},
        {QStringLiteral("detail"), QStringLiteral("detail"), 0, 0, 70, A::Left},
        {QStringLiteral("value"), QStringLiteral("value"), 0, 0, 60, A::Left},
        {QStringLiteral("threshold"), QStringLiteral("threshold"), 0, 0, 50, A::Left},
        {QStringLiteral("fix"), QStringLiteral("fix"), 0, 0, 40, A::Left},
    };
    return columns;
}


QByteArray findingsCsv(const HealthReport &report, const TableStyle &style)
{
    CliTable table(findingColumns(), style);
    for (const Finding &f : report.findings)
        table.addRow({f.check, statusName(f), f.object, f.detail, f.value, f.threshold, f.fix});
    return table.text().toUtf8();
}

// The command's options, added to its parser once.
struct DoctorCliOptions
{
    QCommandLineOption checks{QStringLiteral("checks"),
                              QStringLiteral("Comma-separated checks to run (default all; --list-checks shows them)."),
                              QStringLiteral("LIST")};
    QCommandLineOption list{QStringLiteral("list-checks"), QStringLiteral("Print the check names and exit.")};
    QCommandLineOption thresholds{QStringLiteral("thresholds"), QStringLiteral("JSON file overriding thresholds (see docs/doctor.md)."),
                                  QStringLiteral("FILE")};
    QCommandLineOption timeout{QStringLiteral("connect-timeout"), QStringLiteral("Give up connecting after SECONDS (default 10)."),
                               QStringLiteral("SECONDS"), QStringLiteral("10")};
    QCommandLineOption output{QStringLiteral("output"), QStringLiteral("Write the report to FILE instead of stdout, readable by you "
                                                                        "only (0600) whatever the umask; a link or device there is refused."),
                              QStringLiteral("FILE")};
    QCommandLineOption fix{QStringLiteral("fix"),
                           QStringLiteral("Run the maintenance action of the finding of CHECK about OBJECT (as the "
                                          "report names it, e.g. dead_tuples:public.orders), then check again. "
                                          "Without --yes it only prints the statement."),
                           QStringLiteral("CHECK:OBJECT")};
    QCommandLineOption yes{QStringLiteral("yes"), QStringLiteral("Confirm --fix: really run the statement.")};
    QCommandLineOption throwaway{QStringLiteral("throwaway"),
                                 QStringLiteral("The cluster's data may be lost (tests, development): fsync or "
                                                "full_page_writes off is info, not critical.")};

    // text is the terminal's: it fits 80 columns (--wide: not); csv, one line per finding.
    TableOptions table;

    explicit DoctorCliOptions(QCommandLineParser &parser)
        : table(parser, {QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("html")}, CliTable::keysOf(findingColumns()),
                QStringLiteral("text"))
    {
        parser.addPositionalArgument(QStringLiteral("TARGET"),
                                     QStringLiteral("postgresql:// URI, key=value settings, @profile, sqlite:PATH or FILE.db"));
        parser.addOptions({checks, list, thresholds, timeout, output, fix, yes, throwaway});
    }
};

// What --fix names: a check and the object its finding is about.
struct FixRequest
{
    QString check, object;
    bool isSet() const { return !check.isEmpty(); }
};

// The doctor's options from the command line; nothing when they are wrong (printed; the code returned).
std::optional<ExitCode> readOptions(CommandLine &cli, const DoctorCliOptions &o, const Target &target,
                                    DoctorOptions *options, FixRequest *fix)
{
    const QCommandLineParser &parser = cli.parser();
    bool ok = false;
    const double seconds = parser.value(o.timeout).toDouble(&ok);
    if (!ok || seconds <= 0)
        return cli.badArguments(QStringLiteral("--connect-timeout needs a positive number of seconds"));
    options->connectTimeoutMs = int(seconds * 1000);
    if (parser.isSet(o.fix)) {
        fix->check = parser.value(o.fix).section(QLatin1Char(':'), 0, 0);
        fix->object = parser.value(o.fix).section(QLatin1Char(':'), 1);
        if (fix->check.isEmpty() || fix->object.isEmpty())
            return cli.badArguments(QStringLiteral("--fix needs CHECK:OBJECT, e.g. dead_tuples:public.orders"));
    }
    QString error;
    if (parser.isSet(o.checks)) {
        options->checks = parser.value(o.checks).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &c : options->checks)
            c = c.trimmed();
        if (!HealthDoctor::validateCheckNames(target.kind, options->checks, &error))
            return cli.badArguments(error);
    }
    if (fix->isSet()) {
        if (!HealthDoctor::validateCheckNames(target.kind, {fix->check}, &error))
            return cli.badArguments(QStringLiteral("--fix: ") + error);
        if (!parser.isSet(o.checks))
            options->checks = {fix->check}; // the finding to fix is all this run needs to find
    }
    if (parser.isSet(o.thresholds) && !options->thresholds.loadFile(parser.value(o.thresholds), &error))
        return cli.badArguments(error);
    // A profile marked as throwaway says so too.
    if (parser.isSet(o.throwaway) || target.throwaway)
        options->thresholds.throwawayCluster = true;
    return std::nullopt;
}

// Runs the maintenance action of the finding \a fix names, after printing it; only with \a yes.
// Nothing when it ran; otherwise the exit code.
std::optional<ExitCode> runFix(CommandLine &cli, const Target &target, const HealthReport &report, const FixRequest &fix,
                               bool yes)
{
    const Finding *finding = fixable(report, fix.check, fix.object);
    if (!finding) {
        return cli.fail(ExitCode::DoctorFixFailed,
                        QStringLiteral("no finding of %1 about \"%2\" with a maintenance action (the report names "
                                       "objects as --fix needs them)").arg(fix.check, fix.object));
    }
    const MaintenanceAction action = finding->action;
    cli.err() << action.label() << " on " << action.object << " in database " << report.database << " of "
              << target.label << ":\n  " << action.sql << '\n';
    if (!yes)
        return cli.badArguments(QStringLiteral("not run; add --yes to run it"));
    StatementJobRequest request;
    request.target = target;
    request.sql = action.sql;
    request.progressSql = action.progressSql;
    request.description = QStringLiteral("%1 on %2").arg(action.label(), action.object);
    StatementJob job(request);
    if (!cli.runJob(job)) {
        if (job.state() == Job::State::Cancelled)
            return cli.jobFailed(job);
        return cli.fail(ExitCode::DoctorFixFailed, QStringLiteral("%1 failed: %2").arg(action.label(), job.errorText()));
    }
    cli.err() << action.label() << " done; checking again\n";
    return std::nullopt;
}

// The rendered report to \a path, or to stdout when empty.
std::optional<ExitCode> writeReport(CommandLine &cli, const QByteArray &rendered, const QString &path)
{
    if (!path.isEmpty()) {
        // The report names the database's objects and problems: 0600 whatever the umask.
        QString error;
        if (!writePrivateFile(path, rendered, &error))
            return cli.badArguments(error);
        return std::nullopt;
    }
    cli.out().flush();
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stdoutFile.write(rendered);
    return std::nullopt;
}

} // namespace

ExitCode runDoctorCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("doctor"), QStringLiteral(
        "Run health checks against TARGET and report findings with suggested fixes (run only with --fix … --yes).\n"
        "What a check could not judge (a missing privilege or extension, a timeout) is reported as NOT CHECKED:\n"
        "it is not passed, costs no points, and the score says how much was not checked\n"
        "(\"score 92/100 over 14 of 17 checks; 3 not checked\"). Findings of related checks about one object\n"
        "(dead_tuples + autovacuum_lag, orphan_rows + not_valid_constraints) are one problem, counted once.\n"
        "A query budget breach counts only when sustained (2 of the last 3 intervals between runs by default);\n"
        "a single one is shown as transient. Each breach says what its running executions waited on (row locks,\n"
        "I/O, CPU: pg_stat_activity sampled by query_id, about 1 s per run) and suggests the next step accordingly.\n"
        "The text report fits 80 columns (long lines wrap; --wide: they do not); --format csv prints one line per\n"
        "finding, --columns picks its columns. Text from the database never passes control characters.\n"
        "Exit 0 healthy, 1 warnings (or a check that timed out or failed), 2 bad arguments (or --fix without\n"
        "--yes), 3 could not connect, 4 critical, 5 --fix failed or found nothing to fix, 130 cancelled."));
    const DoctorCliOptions o(cli.parser());
    if (const auto done = cli.parse(arguments, -1))
        return *done;
    const QCommandLineParser &parser = cli.parser();
    if (parser.isSet(o.list)) {
        const QString names = QStringLiteral("PostgreSQL: ") + HealthDoctor::checkNames(DatabaseKind::PostgreSQL).join(QStringLiteral(", "))
            + QStringLiteral("\nSQLite:     ") + HealthDoctor::checkNames(DatabaseKind::SQLite).join(QStringLiteral(", ")) + QLatin1Char('\n');
        cli.out() << fitLines(names, 80);
        return ExitCode::Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        cli.err() << "dbpulse-cli doctor: expected exactly one TARGET\n\n" << cli.helpText();
        return ExitCode::BadArguments;
    }
    TableStyle style;
    QString formatName;
    if (const auto wrong = o.table.read(cli, findingColumns(), &style, &formatName))
        return *wrong;
    HealthReportWriter::Format format = HealthReportWriter::Format::Text;
    if (!style.csv)
        HealthReportWriter::parseFormat(formatName, &format);
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;
    DoctorOptions options;
    FixRequest fix;
    if (const auto wrong = readOptions(cli, o, *target, &options, &fix))
        return *wrong;

    HealthReport report;
    // The doctor runs as a Job, so Ctrl-C cancels its running statement (PQcancel) at once.
    const auto runChecks = [&]() {
        HealthJob job(*target, options);
        if (!cli.runJob(job))
            return cli.jobFailed(job);
        report = job.report();
        return ExitCode::Ok;
    };
    if (const ExitCode code = runChecks(); code != ExitCode::Ok)
        return code;
    if (fix.isSet()) {
        if (const auto failed = runFix(cli, *target, report, fix, parser.isSet(o.yes)))
            return *failed;
        if (const ExitCode code = runChecks(); code != ExitCode::Ok)
            return code;
    }
    // The text report names what the database holds (objects, settings, queries): it reaches a
    // terminal only through fitLines(), like every table.
    const QByteArray rendered = style.csv ? findingsCsv(report, style)
        : format == HealthReportWriter::Format::Text
        ? fitLines(QString::fromUtf8(HealthReportWriter::render(report, format)), style.width).toUtf8()
        : HealthReportWriter::render(report, format);
    if (const auto failed = writeReport(cli, rendered, parser.value(o.output)))
        return *failed;
    return fromSeverity(worstSeverity(report.findings));
}

} // namespace dbpulse::cli
