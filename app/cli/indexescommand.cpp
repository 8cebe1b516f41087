#include "indexescommand.h"

#include "core/advisor/indexadvisor.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace dbpulse::cli {

namespace {

constexpr int exitFailure = 1;
constexpr int exitBadArguments = 2;
constexpr int exitCannotConnect = 3;

void printTable(QTextStream &out, const AdvisorReport &report)
{
    if (report.recommendations.isEmpty())
        out << "No index recommendations.\n";
    int n = 0;
    for (const IndexRecommendation &r : report.recommendations) {
        out << ++n << ". [" << priorityName(r.priority) << "] " << kindName(r.kind) << "  " << r.schema << '.' << r.table
            << " (" << r.columns.join(QLatin1String(", ")) << ')';
        if (!r.index.isEmpty())
            out << "  index " << r.index;
        out << "\n   " << r.reason << "\n   benefit: " << r.estimatedBenefit << "\n   " << r.ddl << "\n\n";
    }
    for (const QString &note : report.notes)
        out << "note: " << note << '\n';
}

} // namespace

int runIndexesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Index advice for a PostgreSQL database: missing (from pg_stat_statements, confirmed with hypopg when "
        "installed), unused, duplicate, redundant, invalid and bloated indexes, and foreign keys without an index. "
        "Prints the DDL; runs nothing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("postgresql:// URI, key=value settings or @profile"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("table (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption noHypoOption(QStringLiteral("no-hypopg"),
                                          QStringLiteral("Do not confirm missing indexes with hypopg (heuristics only)."));
    const QCommandLineOption unusedOption(QStringLiteral("unused-max-scans"),
                                          QStringLiteral("Report indexes with at most N scans as unused (default 0)."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(formatOption);
    parser.addOption(noHypoOption);
    parser.addOption(unusedOption);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("dbpulse-cli indexes")} + arguments)) {
        err << "dbpulse-cli indexes: " << parser.errorText() << '\n';
        return exitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString format = parser.value(formatOption);
    bool ok = false;
    const qint64 maxScans = parser.value(unusedOption).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || (format != QLatin1String("table") && format != QLatin1String("json"))
        || !ok || maxScans < 0) {
        err << "dbpulse-cli indexes: expected one TARGET, --format table|json and --unused-max-scans N >= 0\n\n"
            << parser.helpText();
        return exitBadArguments;
    }
    const ProfileStore profiles;
    const TargetParseResult parsed = parseTarget(parser.positionalArguments().first(), &profiles);
    if (!parsed.ok()) {
        err << "dbpulse-cli indexes: " << parsed.error << '\n';
        return exitBadArguments;
    }
    if (parsed.target->kind != DatabaseKind::PostgreSQL) {
        err << "dbpulse-cli indexes: SQLite targets are not supported yet\n";
        return exitBadArguments;
    }

    AdvisorOptions options;
    options.unusedMaxScans = maxScans;
    options.missing.useHypopg = !parser.isSet(noHypoOption);
    // The password, when needed, comes from PGPASSWORD, ~/.pgpass or a service file via libpq.
    const AdvisorReport report = analyzeIndexes(*parsed.target, QString(), options);
    if (!report.connected) {
        err << "dbpulse-cli indexes: cannot connect to " << parsed.target->label << ": " << report.error << '\n';
        return exitCannotConnect;
    }
    if (!report.error.isEmpty()) {
        err << "dbpulse-cli indexes: " << report.error << '\n';
        return exitFailure;
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const IndexRecommendation &r : report.recommendations)
            array << r.toJson();
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        // Notes go to stderr so stdout stays one JSON document.
        for (const QString &note : report.notes)
            err << "note: " << note << '\n';
    } else {
        printTable(out, report);
    }
    return 0;
}

} // namespace dbpulse::cli
