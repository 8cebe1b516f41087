#include "doctorcommand.h"

#include "core/db/profilestore.h"
#include "core/db/target.h"
#include "core/health/healthdoctor.h"
#include "core/health/healthreportwriter.h"
#include "core/jobs/statementjob.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <csignal>

namespace dbpulse::cli {

namespace {

// 2 already means "critical" for this command, so bad arguments get sysexits' EX_USAGE: a typo in
// an on-call script must not page anyone as a critical database.
constexpr int exitBadArguments = 64;
constexpr int exitCannotConnect = 3;
constexpr int exitFixFailed = 4;

HealthDoctor *g_doctor = nullptr;

extern "C" void onInterrupt(int)
{
    // Nothing that can block: the flag, and PQcancel (documented as safe in a signal handler).
    if (g_doctor)
        g_doctor->cancelFromSignalHandler();
}

/// The finding of \a check about \a object that carries a maintenance action, or nullptr.
const Finding *fixable(const HealthReport &report, const QString &check, const QString &object)
{
    for (const Finding &f : report.findings) {
        if (f.check == check && f.object == object && f.action.isValid())
            return &f;
    }
    return nullptr;
}

/// Runs \a action as the Health page does (a StatementJob), progress on stderr; the error text.
QString runAction(const Target &target, const MaintenanceAction &action, QTextStream &err)
{
    StatementJobRequest request;
    request.target = target;
    request.sql = action.sql;
    request.progressSql = action.progressSql;
    request.description = QStringLiteral("%1 on %2").arg(action.label(), action.object);
    StatementJob job(request);
    QObject::connect(&job, &Job::progressChanged, &job, [&err](int percent, const QString &text) {
        err << "  " << (percent >= 0 ? QStringLiteral("%1% ").arg(percent) : QString()) << text << '\n';
        err.flush();
    });
    return job.exec() ? QString() : job.errorText();
}

} // namespace

int runDoctorCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run health checks against TARGET and report findings with suggested fixes (run only with --fix … --yes).\n"
        "Exit 0 healthy, 1 warnings, 2 critical, 3 could not connect, 4 --fix failed or found nothing to fix,\n"
        "64 bad arguments (or --fix without --yes)."));
    parser.addHelpOption();
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

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("dbpulse-cli doctor")} + arguments)) {
        err << "dbpulse-cli doctor: " << parser.errorText() << '\n';
        return exitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(listOption)) {
        out << "PostgreSQL: " << HealthDoctor::checkNames(DatabaseKind::PostgreSQL).join(QStringLiteral(", ")) << '\n'
            << "SQLite:     " << HealthDoctor::checkNames(DatabaseKind::SQLite).join(QStringLiteral(", ")) << '\n';
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "dbpulse-cli doctor: expected exactly one TARGET\n\n" << parser.helpText();
        return exitBadArguments;
    }
    HealthReportWriter::Format format;
    if (!HealthReportWriter::parseFormat(parser.value(formatOption), &format)) {
        err << "dbpulse-cli doctor: --format must be text, json, markdown or html\n";
        return exitBadArguments;
    }
    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0) {
        err << "dbpulse-cli doctor: --connect-timeout needs a positive number of seconds\n";
        return exitBadArguments;
    }
    const ProfileStore profiles;
    const TargetParseResult parsed = parseTarget(parser.positionalArguments().first(), &profiles);
    if (!parsed.ok()) {
        err << "dbpulse-cli doctor: " << parsed.error << '\n';
        return exitBadArguments;
    }

    const QString fixCheck = parser.value(fixOption).section(QLatin1Char(':'), 0, 0);
    const QString fixObject = parser.value(fixOption).section(QLatin1Char(':'), 1);
    if (parser.isSet(fixOption) && (fixCheck.isEmpty() || fixObject.isEmpty())) {
        err << "dbpulse-cli doctor: --fix needs CHECK:OBJECT, e.g. dead_tuples:public.orders\n";
        return exitBadArguments;
    }

    DoctorOptions options;
    options.connectTimeoutMs = int(seconds * 1000);
    if (parser.isSet(checksOption)) {
        options.checks = parser.value(checksOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &c : options.checks)
            c = c.trimmed();
        QString error;
        if (!HealthDoctor::validateCheckNames(parsed.target->kind, options.checks, &error)) {
            err << "dbpulse-cli doctor: " << error << '\n';
            return exitBadArguments;
        }
    }
    if (parser.isSet(fixOption)) {
        QString error;
        if (!HealthDoctor::validateCheckNames(parsed.target->kind, {fixCheck}, &error)) {
            err << "dbpulse-cli doctor: --fix: " << error << '\n';
            return exitBadArguments;
        }
        if (!parser.isSet(checksOption))
            options.checks = {fixCheck};  // the finding to fix is all this run needs to find
    }
    if (parser.isSet(thresholdsOption)) {
        QString error;
        if (!options.thresholds.loadFile(parser.value(thresholdsOption), &error)) {
            err << "dbpulse-cli doctor: " << error << '\n';
            return exitBadArguments;
        }
    }

    HealthReport report;
    QString error;
    const auto runChecks = [&]() {
        HealthDoctor doctor(options);
        g_doctor = &doctor;
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        const HealthDoctor::Status status = doctor.run(*parsed.target, &report, &error);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        g_doctor = nullptr;
        return status;
    };
    HealthDoctor::Status status = runChecks();
    if (status == HealthDoctor::Status::Completed && parser.isSet(fixOption)) {
        const Finding *finding = fixable(report, fixCheck, fixObject);
        if (!finding) {
            err << "dbpulse-cli doctor: no finding of " << fixCheck << " about \"" << fixObject
                << "\" with a maintenance action (the report names objects as --fix needs them)\n";
            return exitFixFailed;
        }
        const MaintenanceAction action = finding->action;
        err << action.label() << " on " << action.object << " in database " << report.database << " of "
            << parsed.target->label << ":\n  " << action.sql << '\n';
        if (!parser.isSet(yesOption)) {
            err << "dbpulse-cli doctor: not run; add --yes to run it\n";
            return exitBadArguments;
        }
        err.flush();
        const QString failure = runAction(*parsed.target, action, err);
        if (!failure.isEmpty()) {
            err << "dbpulse-cli doctor: " << action.label() << " failed: " << failure << '\n';
            return exitFixFailed;
        }
        err << action.label() << " done; checking again\n";
        status = runChecks();
    }
    if (status == HealthDoctor::Status::CannotConnect) {
        err << "dbpulse-cli doctor: cannot connect to " << parsed.target->label << ": " << error << '\n';
        return exitCannotConnect;
    }
    if (status == HealthDoctor::Status::Cancelled) {
        err << "dbpulse-cli doctor: interrupted\n";
        return 130;
    }

    const QByteArray rendered = HealthReportWriter::render(report, format);
    if (parser.isSet(outputOption)) {
        QFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(rendered) != rendered.size()) {
            err << "dbpulse-cli doctor: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
            return exitBadArguments;
        }
    } else {
        out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(rendered);
    }
    return report.exitCode();
}

} // namespace dbpulse::cli
