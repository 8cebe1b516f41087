#include "sessionscommand.h"

#include "clirunner.h"
#include "clitable.h"
#include "serverlisting.h"
#include "watchlocks.h"
#include "watchloop.h"

#include "core/metrics/lockgraph.h"
#include "core/monitor/pgmonitorworker.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dbpulse::cli {

namespace {

QString sessionName(const BlockedSession &s)
{
    if (s.pid == 0)
        return QStringLiteral("prepared xact");
    return s.known ? s.user + QLatin1Char('@') + s.database : QStringLiteral("(ended)");
}

QString stateOf(const BlockedSession &s)
{
    if (!s.waitEventType.isEmpty())
        return s.waitEventType + QStringLiteral(": ") + s.waitEvent;
    return s.state;
}

void addNode(CliTable &table, const LockGraph &graph, int index, int depth)
{
    const LockGraph::Node &node = graph.nodes().at(index);
    const BlockedSession &s = node.session;
    const bool waits = !s.blockedBy.isEmpty();
    // A waiter: how long it has waited; a root blocker: how long its transaction has been open.
    const std::optional<double> age = waits ? std::optional<double>(s.waitSeconds) : s.transactionSeconds;
    const QString pid = QString(2 * std::max(0, depth - 1), QLatin1Char(' '))
        + (depth > 0 ? QStringLiteral("└ ") : QString()) + QString::number(s.pid);
    table.addRow({pid, sessionName(s), stateOf(s), secondsCell(age),
                  node.rootBlocker ? QStringLiteral("[root blocker] ") + s.query : s.query});
    for (int child : node.children)
        addNode(table, graph, child, depth + 1);
}

// By default the table fits 80 columns: the query is cut (it keeps 19 columns), then the least
// important columns go; the PID tree always stays.
const QList<CliColumn> &lockColumns()
{
    using A = CliColumn::Align;
    static const QList<CliColumn> columns{
        {QStringLiteral("pid"), QStringLiteral("PID"), 10, 0, 100, A::Left},
        {QStringLiteral("session"), QStringLiteral("USER@DATABASE"), 20, 8, 60, A::Left},
        {QStringLiteral("state"), QStringLiteral("STATE / WAIT"), 19, 8, 70, A::Left},
        {QStringLiteral("for"), QStringLiteral("FOR"), 8, 0, 80, A::Left},
        {QStringLiteral("query"), QStringLiteral("QUERY"), 0, 12, 40, A::Left},
    };
    return columns;
}

void printTree(QTextStream &out, const MetricsSample &sample, const TableStyle &style)
{
    const LockGraph graph(sample.blocking);
    CliTable table(lockColumns(), style);
    if (graph.waitingCount() == 0 && style.csv) {
        out << table.text();
        return;
    }
    if (graph.waitingCount() == 0) {
        out << "No session waits on a lock.\n";
        return;
    }
    if (!style.csv) {
        out << graph.waitingCount() << " session(s) waiting on locks · " << graph.rootBlockerCount()
            << " root blocker(s), server-wide\n";
    }
    for (int top : graph.tops())
        addNode(table, graph, top, 0);
    out << table.text();
}

} // namespace

ExitCode runLocksCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("locks"), QStringLiteral(
        "Show who waits on whom right now, across every database of the server: the blocking tree from "
        "pg_blocking_pids(), root blockers at the top with how long their transaction has been open, "
        "each waiter under the session it waits on with how long it has waited. "
        "`dbpulse-cli sessions` lists every session; ending a root blocker is done from the dashboard, "
        "after a confirmation. jsonl prints one object, the same as watch's \"blocking\". The table fits 80 columns, cutting the query first; "
        "--wide prints it whole, --columns picks columns, csv prints them all uncut."));
    const auto parsed = parseServerListing(cli, arguments, QStringLiteral("lock waits"), lockColumns());
    if (const ExitCode *done = std::get_if<ExitCode>(&parsed))
        return *done;
    const ServerListing &request = std::get<ServerListing>(parsed);

    // One refresh of the monitor: the same query, the same read-only monitor session as watch.
    ConnectParams params;
    params.conninfo = request.target.conninfo; // password: PGPASSWORD, ~/.pgpass or a service file
    PgMonitorWorker worker(params);
    QTextStream &out = cli.out();
    QObject::connect(&worker, &MonitorWorker::metricsSampled, &worker, [&](const MetricsSample &sample) {
        if (request.jsonl)
            out << QJsonDocument(blockingJson(sample)).toJson(QJsonDocument::Compact) << '\n';
        else
            printTree(out, sample, request.style);
        out.flush();
        QCoreApplication::exit(0);
    });
    return runWatchLoop(worker, 0, cli.err(), {QStringLiteral("cannot connect to ") + request.target.label,
                                               QStringLiteral("connection lost")});
}

} // namespace dbpulse::cli
