#include "sessionscommand.h"

#include "clirunner.h"
#include "clitable.h"
#include "serverlisting.h"
#include "watchjson.h"

#include "core/db/sessionadmin.h"
#include "core/jobs/taskjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dbpulse::cli {

namespace {

QJsonObject sessionJson(const BackendRow &row)
{
    return QJsonObject{
        {QLatin1String("pid"), row.pid},
        {QLatin1String("user"), row.user},
        {QLatin1String("database"), row.database},
        {QLatin1String("application"), row.application},
        {QLatin1String("client_addr"), row.clientAddr},
        {QLatin1String("state"), row.state},
        {QLatin1String("wait_event"), row.waitEvent},
        {QLatin1String("query_s"), round3OrNull(row.querySeconds)},
        {QLatin1String("transaction_s"), round3OrNull(row.transactionSeconds)},
        {QLatin1String("query"), row.query},
        {QLatin1String("dbpulse"), row.isOurs},
    };
}

// By default the table fits 80 columns: the query is cut (it keeps 17 columns), then the
// least important columns go; PID, the one to act on, always stays.
const QList<CliColumn> &sessionColumns()
{
    using A = CliColumn::Align;
    static const QList<CliColumn> columns{
        {QStringLiteral("pid"), QStringLiteral("PID"), 7, 0, 100, A::Left},
        {QStringLiteral("user"), QStringLiteral("USER"), 12, 6, 50, A::Left},
        {QStringLiteral("database"), QStringLiteral("DATABASE"), 12, 6, 60, A::Left},
        {QStringLiteral("state"), QStringLiteral("STATE / WAIT"), 19, 8, 70, A::Left},
        {QStringLiteral("for"), QStringLiteral("FOR"), 8, 0, 80, A::Left},
        {QStringLiteral("query"), QStringLiteral("QUERY"), 0, 12, 40, A::Left},
    };
    return columns;
}

void printTable(QTextStream &out, const QList<BackendRow> &rows, int hiddenIdle, const TableStyle &style)
{
    CliTable table(sessionColumns(), style);
    for (const BackendRow &row : rows) {
        const QString state = row.waitEvent.isEmpty() ? row.state : row.waitEvent;
        const auto age = row.querySeconds ? row.querySeconds : row.transactionSeconds;
        table.addRow({QString::number(row.pid), row.user, row.database, state, secondsCell(age), row.query});
    }
    out << table.text();
    if (style.csv)
        return;
    out << QLocale::c().toString(rows.size()) << " session(s)";
    if (hiddenIdle > 0)
        out << ", " << hiddenIdle << " idle not shown (--all shows them)";
    out << '\n';
}

} // namespace

ExitCode runSessionsCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("sessions"), QStringLiteral(
        "List the server's client sessions from pg_stat_activity, longest running first: pid, user, "
        "database, state or the wait event, how long its query (or transaction) has run, and the query. "
        "Idle sessions are left out unless --all. The table fits 80 columns, cutting the query first; --wide "
        "prints it whole, --columns picks columns, csv prints them all uncut. jsonl prints one object per session. A role without pg_read_all_stats sees "
        "other roles' sessions without their query."));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Idle sessions too."));
    cli.parser().addOption(all);
    const auto parsed = parseServerListing(cli, arguments, QStringLiteral("sessions"), sessionColumns());
    if (const ExitCode *done = std::get_if<ExitCode>(&parsed))
        return *done;
    const ServerListing &request = std::get<ServerListing>(parsed);
    const Target &target = request.target;

    // The password comes from PGPASSWORD, ~/.pgpass or a service file via libpq.
    TaskJob<BackendList> list([target](const JobContext &) { return listBackends(target, QString()); });
    if (!cli.runJob(list))
        return cli.jobFailed(list);
    const BackendList &result = list.result();
    if (!result.connected)
        return cli.fail(ExitCode::CannotConnect, QStringLiteral("cannot connect to %1: %2").arg(target.label, result.error));
    if (!result.error.isEmpty())
        return cli.fail(ExitCode::Failure, result.error);

    QList<BackendRow> rows;
    int hiddenIdle = 0;
    for (const BackendRow &row : result.rows) {
        if (!cli.parser().isSet(all) && row.state == QLatin1String("idle"))
            ++hiddenIdle;
        else
            rows << row;
    }
    // The longest running first: what an on-call engineer looks for.
    std::stable_sort(rows.begin(), rows.end(), [](const BackendRow &a, const BackendRow &b) {
        const double x = a.querySeconds.value_or(a.transactionSeconds.value_or(-1));
        const double y = b.querySeconds.value_or(b.transactionSeconds.value_or(-1));
        return x > y;
    });
    QTextStream &out = cli.out();
    if (request.jsonl) {
        for (const BackendRow &row : std::as_const(rows))
            out << QJsonDocument(sessionJson(row)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        printTable(out, rows, hiddenIdle, request.style);
    }
    return ExitCode::Ok;
}

} // namespace dbpulse::cli
