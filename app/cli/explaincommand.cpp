#include "explaincommand.h"

#include "clirunner.h"

#include "core/advisor/explain.h"
#include "core/jobs/taskjob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace dbpulse::cli {

namespace {

struct ExplainOptions
{
    QCommandLineOption sql{QStringLiteral("sql"), QStringLiteral("The statement to explain, e.g. a normalised one "
                                                                 "from pg_stat_statements (with $1, $2 …)."),
                           QStringLiteral("TEXT")};
    QCommandLineOption file{QStringLiteral("file"), QStringLiteral("Read the statement from FILE (- for stdin)."),
                            QStringLiteral("FILE")};
    QCommandLineOption param{QStringLiteral("param"),
                             QStringLiteral("Bind VALUE to $N, as a parameter of the type the server infers (never "
                                            "pasted into the SQL). Repeat for each; a parameter not given is NULL, "
                                            "and the output says so. N= binds the empty string."),
                             QStringLiteral("N=VALUE")};
    QCommandLineOption analyze{QStringLiteral("analyze"),
                               QStringLiteral("EXPLAIN ANALYZE: really run the statement, as the sandbox role in a "
                                              "read-only transaction that is rolled back (a write fails).")};
    QCommandLineOption database{QStringLiteral("database"),
                                QStringLiteral("Explain in this database of the server (where the statement ran) "
                                               "instead of TARGET's."),
                                QStringLiteral("NAME")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("statement_timeout in seconds (default 10)."),
                               QStringLiteral("SECONDS"), QStringLiteral("10")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("text (default) or json."), QStringLiteral("FORMAT"),
                              QStringLiteral("text")};

    explicit ExplainOptions(QCommandLineParser &parser)
    {
        parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("postgresql:// URI, key=value settings or @profile"));
        parser.addOptions({sql, file, param, analyze, database, timeout, format});
    }
};

// "--param 2=abc" → {2: "abc"}; "$2=abc" is accepted too. False with \a error on a malformed one.
bool parseParams(const QStringList &given, QStringList *values, QString *error)
{
    QMap<int, QString> byNumber;
    for (const QString &p : given) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        QString number = p.left(eq).trimmed();
        if (number.startsWith(QLatin1Char('$')))
            number.remove(0, 1);
        bool ok = false;
        const int n = number.toInt(&ok);
        if (eq < 0 || !ok || n < 1 || n > 65535) {
            *error = QStringLiteral("--param expects N=VALUE with N from 1 (for $1), got '%1'").arg(p);
            return false;
        }
        if (byNumber.contains(n)) {
            *error = QStringLiteral("--param %1 is given twice").arg(n);
            return false;
        }
        const QString value = p.mid(eq + 1);
        byNumber.insert(n, value.isNull() ? QStringLiteral("") : value);
    }
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        while (values->size() < it.key() - 1)
            values->append(QString()); // NULL
        values->append(it.value());
    }
    return true;
}

QString nodeLine(const QJsonObject &node)
{
    QString line = node.value(QLatin1String("Node Type")).toString();
    if (node.contains(QLatin1String("Index Name")))
        line += QStringLiteral(" using ") + node.value(QLatin1String("Index Name")).toString();
    if (node.contains(QLatin1String("Relation Name")))
        line += QStringLiteral(" on ") + node.value(QLatin1String("Relation Name")).toString();
    line += QStringLiteral("  (rows %1").arg(node.value(QLatin1String("Plan Rows")).toDouble());
    if (node.contains(QLatin1String("Actual Rows")))
        line += QStringLiteral(", actual %1").arg(node.value(QLatin1String("Actual Rows")).toDouble());
    return line + QLatin1Char(')');
}

void printNode(QTextStream &out, const QJsonObject &node, int depth)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    out << indent << (depth > 0 ? "-> " : "") << nodeLine(node) << '\n';
    for (const char *detail : {"Index Cond", "Recheck Cond", "Filter", "Join Filter", "Hash Cond", "One-Time Filter"}) {
        const QString value = node.value(QLatin1String(detail)).toString();
        if (!value.isEmpty())
            out << indent << "     " << detail << ": " << value << '\n';
    }
    for (const QJsonValue &child : node.value(QLatin1String("Plans")).toArray())
        printNode(out, child.toObject(), depth + 1);
}

QString shownValue(const ExplainParameter &p)
{
    return p.value.isNull() ? QStringLiteral("NULL") : QLatin1Char('\'') + p.value + QLatin1Char('\'');
}

void printText(QTextStream &out, const ExplainResult &result)
{
    for (const ExplainParameter &p : result.parameters)
        out << '$' << p.number << " (" << (p.type.isEmpty() ? QStringLiteral("type unknown") : p.type)
            << ") = " << shownValue(p) << '\n';
    // Before the plan, where it cannot be missed.
    if (!result.nullNote().isEmpty())
        out << "note: " << result.nullNote() << '\n';
    if (!result.note.isEmpty())
        out << "note: " << result.note << '\n';
    if (!result.parameters.isEmpty() || !result.note.isEmpty())
        out << '\n';
    const QJsonObject top = QJsonDocument::fromJson(result.json.toUtf8()).array().first().toObject();
    printNode(out, top.value(QLatin1String("Plan")).toObject(), 0);
    if (top.contains(QLatin1String("Execution Time")))
        out << "executed in " << top.value(QLatin1String("Execution Time")).toDouble() << " ms, rolled back\n";
}

QJsonObject toJson(const ExplainResult &result)
{
    QJsonArray parameters;
    QJsonArray nulls;
    for (const ExplainParameter &p : result.parameters) {
        parameters.append(QJsonObject{{QStringLiteral("number"), p.number},
                                      {QStringLiteral("type"), p.type.isEmpty() ? QJsonValue() : QJsonValue(p.type)},
                                      {QStringLiteral("value"), p.value.isNull() ? QJsonValue() : QJsonValue(p.value)}});
    }
    for (int n : nullParameterNumbers(result.parameters))
        nulls.append(n);
    return {{QStringLiteral("parameters"), parameters},
            {QStringLiteral("null_parameters"), nulls},
            {QStringLiteral("null_note"), result.nullNote()},
            {QStringLiteral("generic_plan"), result.genericPlan},
            {QStringLiteral("note"), result.note},
            {QStringLiteral("plan"), QJsonDocument::fromJson(result.json.toUtf8()).array()}};
}

} // namespace

ExitCode runExplainCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("explain"), QStringLiteral(
        "EXPLAIN a statement on a PostgreSQL server, as the powerless sandbox role (dbpulse-cli sandbox "
        "create) in a read-only transaction that is rolled back. A normalised statement's parameters "
        "($1, $2 …) take values with --param; those not given are NULL, and the output says which."));
    const ExplainOptions o(cli.parser());
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one TARGET")))
        return *done;
    const QCommandLineParser &parser = cli.parser();
    const QString format = parser.value(o.format);
    bool ok = false;
    const double seconds = parser.value(o.timeout).toDouble(&ok);
    if ((format != QLatin1String("text") && format != QLatin1String("json")) || !ok || !(seconds > 0) || seconds > 86400)
        return cli.badArguments(QStringLiteral("expected --format text|json and a positive --timeout"));
    if (parser.isSet(o.sql) == parser.isSet(o.file))
        return cli.badArguments(QStringLiteral("give the statement with either --sql TEXT or --file FILE"));
    QString sql = parser.value(o.sql);
    if (parser.isSet(o.file)) {
        QFile file;
        const QString name = parser.value(o.file);
        const bool opened = name == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(name), file.open(QIODevice::ReadOnly));
        if (!opened)
            return cli.badArguments(QStringLiteral("cannot read %1: %2").arg(name, file.errorString()));
        sql = QString::fromUtf8(file.readAll());
    }
    QStringList values;
    QString error;
    if (!parseParams(parser.values(o.param), &values, &error))
        return cli.badArguments(error);
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;
    if (target->kind == DatabaseKind::SQLite)
        return cli.badArguments(QStringLiteral("explain is for PostgreSQL targets"));

    const bool analyze = parser.isSet(o.analyze);
    const QString database = parser.value(o.database);
    // The sandbox's password comes from the password file libpq reads (see `sandbox create`).
    TaskJob<ExplainResult> job([=, target = *target](const JobContext &ctx) {
        return explainStatement(target, sql, analyze, int(seconds * 1000), ctx, database, values);
    });
    if (!cli.runJob(job))
        return cli.jobFailed(job);
    const ExplainResult &result = job.result();
    if (!result.error.isEmpty())
        return cli.fail(ExitCode::Failure, result.error);
    if (format == QLatin1String("json"))
        cli.out() << QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
    else
        printText(cli.out(), result);
    return ExitCode::Ok;
}

} // namespace dbpulse::cli
