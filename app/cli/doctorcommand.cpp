#include "doctorcommand.h"

#include "clirunner.h"

#include "core/health/healthdoctor.h"
#include "core/health/healthjob.h"
#include "core/health/healthreportwriter.h"
#include "core/jobs/statementjob.h"

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

} // namespace

ExitCode runDoctorCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("doctor"), QStringLiteral(
        "Run health checks against TARGET and report findings with suggested fixes (run only with --fix … --yes).\n"
        "Exit 0 healthy, 1 warnings, 2 bad arguments (or --fix without --yes), 3 could not connect,\n"
        "4 critical, 5 --fix failed or found nothing to fix, 130 cancelled."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QStringLiteral("postgresql:// URI, key=value settings, @profile, sqlite:PATH or FILE.db"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("text, json, markdown or html (default text)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption checksOption(QStringLiteral("checks"),
                                          QStringLiteral("Comma-separated checks to run (default all; --list-checks shows them)."),
                                          QStringLiteral("LIST"));
    const QCommandLineOption listOption(QStringLiteral("list-checks"), QStringLiteral("Print the check names and exit."));
    const QCommandLineOption thresholdsOption(QStringLiteral("thresholds"),
                                              QStringLiteral("JSON file overriding thresholds (see docs/doctor.md)."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption timeoutOption(QStringLiteral("connect-timeout"),
                                           QStringLiteral("Give up connecting after SECONDS (default 10)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("Write the report to FILE instead of stdout."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption fixOption(QStringLiteral("fix"),
                                       QStringLiteral("Run the maintenance action of the finding of CHECK about OBJECT (as the "
                                                      "report names it, e.g. dead_tuples:public.orders), then check again. "
                                                      "Without --yes it only prints the statement."),
                                       QStringLiteral("CHECK:OBJECT"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), QStringLiteral("Confirm --fix: really run the statement."));
    parser.addOptions({formatOption, checksOption, listOption, thresholdsOption, timeoutOption, outputOption, fixOption, yesOption});

    if (const auto done = cli.parse(arguments, -1))
        return *done;
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    if (parser.isSet(listOption)) {
        out << "PostgreSQL: " << HealthDoctor::checkNames(DatabaseKind::PostgreSQL).join(QStringLiteral(", ")) << '\n'
            << "SQLite:     " << HealthDoctor::checkNames(DatabaseKind::SQLite).join(QStringLiteral(", ")) << '\n';
        return ExitCode::Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "dbpulse-cli doctor: expected exactly one TARGET\n\n" << cli.helpText();
        return ExitCode::BadArguments;
    }
    HealthReportWriter::Format format;
    if (!HealthReportWriter::parseFormat(parser.value(formatOption), &format))
        return cli.badArguments(QStringLiteral("--format must be text, json, markdown or html"));
    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0)
        return cli.badArguments(QStringLiteral("--connect-timeout needs a positive number of seconds"));
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;

    const QString fixCheck = parser.value(fixOption).section(QLatin1Char(':'), 0, 0);
    const QString fixObject = parser.value(fixOption).section(QLatin1Char(':'), 1);
    if (parser.isSet(fixOption) && (fixCheck.isEmpty() || fixObject.isEmpty()))
        return cli.badArguments(QStringLiteral("--fix needs CHECK:OBJECT, e.g. dead_tuples:public.orders"));

    DoctorOptions options;
    options.connectTimeoutMs = int(seconds * 1000);
    if (parser.isSet(checksOption)) {
        options.checks = parser.value(checksOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &c : options.checks)
            c = c.trimmed();
        QString error;
        if (!HealthDoctor::validateCheckNames(target->kind, options.checks, &error))
            return cli.badArguments(error);
    }
    if (parser.isSet(fixOption)) {
        QString error;
        if (!HealthDoctor::validateCheckNames(target->kind, {fixCheck}, &error))
            return cli.badArguments(QStringLiteral("--fix: ") + error);
        if (!parser.isSet(checksOption))
            options.checks = {fixCheck};  // the finding to fix is all this run needs to find
    }
    if (parser.isSet(thresholdsOption)) {
        QString error;
        if (!options.thresholds.loadFile(parser.value(thresholdsOption), &error))
            return cli.badArguments(error);
    }

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
    if (parser.isSet(fixOption)) {
        const Finding *finding = fixable(report, fixCheck, fixObject);
        if (!finding) {
            return cli.fail(ExitCode::DoctorFixFailed,
                            QStringLiteral("no finding of %1 about \"%2\" with a maintenance action (the report names "
                                           "objects as --fix needs them)").arg(fixCheck, fixObject));
        }
        const MaintenanceAction action = finding->action;
        err << action.label() << " on " << action.object << " in database " << report.database << " of "
            << target->label << ":\n  " << action.sql << '\n';
        if (!parser.isSet(yesOption))
            return cli.badArguments(QStringLiteral("not run; add --yes to run it"));
        StatementJobRequest request;
        request.target = *target;
        request.sql = action.sql;
        request.progressSql = action.progressSql;
        request.description = QStringLiteral("%1 on %2").arg(action.label(), action.object);
        StatementJob fix(request);
        if (!cli.runJob(fix)) {
            if (fix.state() == Job::State::Cancelled)
                return cli.jobFailed(fix);
            return cli.fail(ExitCode::DoctorFixFailed, QStringLiteral("%1 failed: %2").arg(action.label(), fix.errorText()));
        }
        err << action.label() << " done; checking again\n";
        if (const ExitCode code = runChecks(); code != ExitCode::Ok)
            return code;
    }

    const QByteArray rendered = HealthReportWriter::render(report, format);
    if (parser.isSet(outputOption)) {
        QFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(rendered) != rendered.size()) {
            return cli.badArguments(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
    } else {
        out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(rendered);
    }
    return fromSeverity(worstSeverity(report.findings));
}

} // namespace dbpulse::cli
