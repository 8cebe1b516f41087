#include "indexescommand.h"

#include "core/advisor/indexadvisor.h"
#include "core/advisor/indexapplyjob.h"
#include "core/advisor/indexcheck.h"
#include "core/advisor/sqliteadvisor.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

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
        out << "  [id " << r.id() << ']';
        out << "\n   " << r.reason << "\n   benefit: " << r.estimatedBenefit << "\n   " << r.ddl << "\n\n";
    }
    for (const QString &note : report.notes)
        out << "note: " << note << '\n';
}

// Runs \a rec after printing its DDL and the target: the same IndexApplyJob as the Indexes page.
int applyAdvice(QTextStream &out, QTextStream &err, const Target &target, const IndexRecommendation &rec)
{
    out << "Running on " << target.label << ":\n  " << rec.ddl << '\n';
    out.flush();
    IndexApplyJob job(rec, target, QString());
    QObject::connect(&job, &Job::progressChanged, [&err](int percent, const QString &text) {
        err << (percent >= 0 ? QStringLiteral("%1% ").arg(percent) : QString()) << text << '\n';
        err.flush();
    });
    const IndexApplyOutcome &outcome = job.outcome();
    if (job.exec()) {
        out << "done: " << outcome.commandStatus << '\n';
        if (!outcome.recordError.isEmpty())
            err << "dbpulse-cli indexes: " << outcome.recordError << '\n';
        return 0;
    }
    err << "dbpulse-cli indexes: " << job.errorText() << '\n';
    if (!outcome.leftovers.cleanupDdl.isEmpty())
        err << "The build left an invalid index behind; drop it with:\n  " << outcome.leftovers.cleanupDdl << '\n';
    return job.connectFailed() ? exitCannotConnect : exitFailure;
}

// Advice that checks itself: indexes applied with --apply (or from the Indexes page) on this
// database, their statements' latency since then against before.
void printAppliedChecks(QTextStream &out, const Target &target)
{
    const QList<AppliedIndexRecord> records = AppliedIndexStore().records(target.credentialKey());
    if (records.isEmpty())
        return;
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
}

} // namespace

int runIndexesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Index advice for a PostgreSQL database: missing (from pg_stat_statements, confirmed with hypopg when "
        "installed), unused, duplicate, redundant, invalid and bloated indexes, and foreign keys without an index. "
        "For an SQLite file: duplicate and redundant indexes, and missing indexes for the statements given with "
        "--statements (checked with what-if plans). Prints the DDL; runs it only with --apply ID --yes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QStringLiteral("postgresql:// URI, key=value settings, @profile, or an SQLite file"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("table (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption noHypoOption(QStringLiteral("no-hypopg"),
                                          QStringLiteral("Do not confirm missing indexes with hypopg (heuristics only)."));
    const QCommandLineOption unusedOption(QStringLiteral("unused-max-scans"),
                                          QStringLiteral("Report indexes with at most N scans as unused (default 0)."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption statementsOption(
        QStringLiteral("statements"),
        QStringLiteral("SQLite: a file of statements to check for missing indexes (;-separated, or one per line)."),
        QStringLiteral("FILE"));
    const QCommandLineOption applyOption(
        QStringLiteral("apply"),
        QStringLiteral("PostgreSQL: run the recommendation with this ID (the table's [id …]: the first 8 hex "
                       "digits of the SHA-256 of its DDL) after printing its DDL, with build progress; needs --yes. "
                       "Refused when no current recommendation has that ID."),
        QStringLiteral("ID"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), QStringLiteral("Confirm --apply."));
    parser.addOption(formatOption);
    parser.addOption(statementsOption);
    parser.addOption(applyOption);
    parser.addOption(yesOption);
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
    const bool sqlite = parsed.target->kind == DatabaseKind::SQLite;
    if (parser.isSet(statementsOption) && !sqlite) {
        err << "dbpulse-cli indexes: --statements is for SQLite files; PostgreSQL's workload comes from "
               "pg_stat_statements\n";
        return exitBadArguments;
    }
    QStringList statements;
    if (parser.isSet(statementsOption)) {
        QFile file(parser.value(statementsOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "dbpulse-cli indexes: cannot read " << file.fileName() << ": " << file.errorString() << '\n';
            return exitBadArguments;
        }
        statements = splitAdvisorStatements(QString::fromUtf8(file.readAll()));
    }

    AdvisorOptions options;
    options.unusedMaxScans = maxScans;
    options.missing.useHypopg = !parser.isSet(noHypoOption);
    // The password, when needed, comes from PGPASSWORD, ~/.pgpass or a service file via libpq.
    const AdvisorReport report = sqlite ? analyzeSqliteIndexes(parsed.target->sqlitePath, statements)
                                        : analyzeIndexes(*parsed.target, QString(), options);
    if (!report.connected) {
        err << "dbpulse-cli indexes: cannot connect to " << parsed.target->label << ": " << report.error << '\n';
        return exitCannotConnect;
    }
    if (!report.error.isEmpty()) {
        err << "dbpulse-cli indexes: " << report.error << '\n';
        return exitFailure;
    }
    if (parser.isSet(applyOption)) {
        const QString id = parser.value(applyOption).trimmed().toLower();
        const auto found = std::find_if(report.recommendations.cbegin(), report.recommendations.cend(),
                                        [&id](const IndexRecommendation &r) { return r.id() == id; });
        if (sqlite || found == report.recommendations.cend()) {
            err << "dbpulse-cli indexes: --apply " << id
                << (sqlite ? QStringLiteral(" needs a PostgreSQL target")
                           : QStringLiteral(": no current recommendation has this ID (the advice changed, or a typo); "
                                            "run dbpulse-cli indexes again and take the ID from its table"))
                << '\n';
            return exitBadArguments;
        }
        const IndexRecommendation &rec = *found;
        if (!parser.isSet(yesOption)) {
            err << "dbpulse-cli indexes: this would run on " << parsed.target->label << ":\n  " << rec.ddl
                << "\nAdd --yes to run it.\n";
            return exitBadArguments;
        }
        return applyAdvice(out, err, *parsed.target, rec);
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
        if (!sqlite)
            printAppliedChecks(out, *parsed.target);
    }
    return 0;
}

} // namespace dbpulse::cli
