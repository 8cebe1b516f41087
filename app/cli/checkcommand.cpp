#include "checkcommand.h"

#include "clirunner.h"

#include "core/jobs/taskjob.h"
#include "core/monitor/serverprobe.h"

namespace dbpulse::cli {

namespace {

void printList(QTextStream &out, const char *heading, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out << heading << ":\n";
    for (const QString &item : items)
        out << "  " << item << '\n';
}

} // namespace

ExitCode runCheckCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("check"), QStringLiteral(
        "Connect to TARGET and report the server version, installed extensions and the privileges "
        "that monitoring needs. Exit 0 when connected, 3 when the target cannot be reached, 130 when "
        "Ctrl-C ended it (also while still connecting)."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QStringLiteral("postgresql:// URI, key=value settings, @profile, sqlite:PATH or FILE.db"));
    const QCommandLineOption timeoutOption(QStringLiteral("connect-timeout"),
                                           QStringLiteral("Give up connecting after SECONDS (default 10)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("10"));
    parser.addOption(timeoutOption);
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one TARGET")))
        return *done;
    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0)
        return cli.badArguments(QStringLiteral("--connect-timeout needs a positive number of seconds"));
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;

    // The password, when needed, comes from PGPASSWORD, ~/.pgpass or a service file via libpq.
    // Ctrl-C cancels the job, and with it the connect itself (a server that never answers).
    TaskJob<ProbeReport> probe([target = *target, timeoutMs = int(seconds * 1000)](const JobContext &ctx) {
        return probeTarget(target, QString(), timeoutMs, ctx);
    });
    if (!cli.runJob(probe)) {
        if (probe.state() == Job::State::Cancelled)
            return cli.fail(ExitCode::Cancelled, QStringLiteral("cancelled; stopped checking %1").arg(target->label));
        return cli.jobFailed(probe);
    }
    const ProbeReport &report = probe.result();
    if (!report.connected)
        return cli.fail(ExitCode::CannotConnect, QStringLiteral("cannot connect to %1: %2").arg(target->label, report.error));
    QTextStream &out = cli.out();
    out << "target:   " << target->label << '\n'
        << "server:   " << report.serverVersion << '\n';
    if (!report.user.isEmpty())
        out << "user:     " << report.user << '\n';
    out << "database: " << report.database << '\n';
    if (!report.encryption.isEmpty())
        out << "link:     " << report.encryption << '\n';
    out << "connected in " << report.elapsedMs << " ms\n";
    printList(out, "extensions", report.extensions);
    printList(out, "available, not installed", report.availableExtensions);
    printList(out, "privileges", report.privileges);
    printList(out, "warnings", report.warnings);
    return ExitCode::Ok;
}

} // namespace dbpulse::cli
