#include "checkcommand.h"

#include "core/db/profilestore.h"
#include "core/monitor/serverprobe.h"
#include "core/db/target.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace dbpulse::cli {

namespace {

constexpr int exitBadArguments = 2;
constexpr int exitCannotConnect = 3;

void printList(QTextStream &out, const char *heading, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out << heading << ":\n";
    for (const QString &item : items)
        out << "  " << item << '\n';
}

} // namespace

int runCheckCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Connect to TARGET and report the server version, installed extensions and the privileges "
        "that monitoring needs. Exit 0 when connected, 3 when the target cannot be reached."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QStringLiteral("postgresql:// URI, key=value settings, @profile, sqlite:PATH or FILE.db"));
    const QCommandLineOption timeoutOption(QStringLiteral("connect-timeout"),
                                           QStringLiteral("Give up connecting after SECONDS (default 10)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("10"));
    parser.addOption(timeoutOption);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("dbpulse-cli check")} + arguments)) {
        err << "dbpulse-cli check: " << parser.errorText() << '\n';
        return exitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "dbpulse-cli check: expected exactly one TARGET\n\n" << parser.helpText();
        return exitBadArguments;
    }
    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0) {
        err << "dbpulse-cli check: --connect-timeout needs a positive number of seconds\n";
        return exitBadArguments;
    }

    const ProfileStore profiles;
    const TargetParseResult parsed = parseTarget(parser.positionalArguments().first(), &profiles);
    if (!parsed.ok()) {
        err << "dbpulse-cli check: " << parsed.error << '\n';
        return exitBadArguments;
    }

    // The password, when needed, comes from PGPASSWORD, ~/.pgpass or a service file via libpq.
    const ProbeReport report = probeTarget(*parsed.target, QString(), int(seconds * 1000));
    if (!report.connected) {
        err << "dbpulse-cli check: cannot connect to " << parsed.target->label << ": " << report.error << '\n';
        return exitCannotConnect;
    }
    out << "target:   " << parsed.target->label << '\n'
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
    return 0;
}

} // namespace dbpulse::cli
