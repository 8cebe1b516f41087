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

void printTree(QTextStream &out, const MetricsSample &sample, bool wide)
{
    const LockGraph graph(sample.blocking);
    if (graph.waitingCount() == 0) {
        out << "No session waits on a lock.\n";
        return;
    }
    out << graph.waitingCount() << " session(s) waiting on locks · " << graph.rootBlockerCount()
        << " root blocker(s), server-wide\n";
    // 10 + 20 + 19 + 8 + 4 spaces = 61: the query keeps 19 of 80 columns, all of them with --wide.
    CliTable table({QStringLiteral("PID"), QStringLiteral("USER@DATABASE"), QStringLiteral("STATE / WAIT"),
                    QStringLiteral("FOR"), QStringLiteral("QUERY")},
                   {10, 20, 19, 8}, wide ? 0 : 80);
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
        "after a confirmation. jsonl prints one object, the same as watch's \"blocking\"."));
    const auto parsed = parseServerListing(cli, arguments, QStringLiteral("lock waits"));
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
            printTree(out, sample, request.wide);
        out.flush();
        QCoreApplication::exit(0);
    });
    return runWatchLoop(worker, 0, cli.err(), {QStringLiteral("cannot connect to ") + request.target.label,
                                               QStringLiteral("connection lost")});
}

} // namespace dbpulse::cli
