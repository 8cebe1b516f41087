#include "watchcommand.h"

#include "watchjson.h"
#include "clirunner.h"
#include "clisignals.h"
#include "watchloop.h"
#include "watchlocks.h"
#include "watchreplication.h"
#include "watchsqlite.h"

#include "core/monitor/pgmonitorworker.h"
#include "core/metrics/metricssample.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace dbpulse::cli {

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject connectionsJson(const ConnectionCounts &c)
{
    return QJsonObject{{QLatin1String("total"), c.total},
                       {QLatin1String("active"), c.active},
                       {QLatin1String("idle"), c.idle},
                       {QLatin1String("idle_in_transaction"), c.idleInTransaction},
                       {QLatin1String("waiting"), c.waiting},
                       {QLatin1String("waiting_by_type"), waitingByTypeJson(c)},
                       {QLatin1String("max"), c.max}};
}

// What exists only per server, beside the target database's figures at the top level.
QJsonObject serverJson(const MetricsSample &s)
{
    const ServerFigures &f = s.server;
    const bool rated = !f.gap;
    const bool statements = !s.statementsGap && s.statementsAvailable;
    QJsonObject connections = connectionsJson(f.connections);
    connections.insert(QLatin1String("used_ratio"), round3(f.connections.usedRatio()));
    QJsonObject o;
    o.insert(QLatin1String("connections"), connections);
    o.insert(QLatin1String("transactions_per_second"), rated ? QJsonValue(round3(f.rates.transactionsPerSecond)) : QJsonValue());
    o.insert(QLatin1String("commits_per_second"), rated ? QJsonValue(round3(f.rates.commitsPerSecond)) : QJsonValue());
    o.insert(QLatin1String("rollbacks_per_second"), rated ? QJsonValue(round3(f.rates.rollbacksPerSecond)) : QJsonValue());
    o.insert(QLatin1String("statements_per_second"), statements ? QJsonValue(round3(f.statementsPerSecond)) : QJsonValue());
    o.insert(QLatin1String("checkpoints"), rated && f.checkpoints ? QJsonValue(*f.checkpoints) : QJsonValue());
    o.insert(QLatin1String("wal_bytes_per_second"), rated ? QJsonValue(round3(f.walBytesPerSecond)) : QJsonValue());
    o.insert(QLatin1String("deadlocks"), rated ? QJsonValue(f.rates.deadlocks) : QJsonValue());
    o.insert(QLatin1String("temp_files"), rated ? QJsonValue(f.rates.tempFiles) : QJsonValue());
    o.insert(QLatin1String("uptime_s"), round3(f.uptimeSeconds));
    o.insert(QLatin1String("longest_transaction_s"), round3OrNull(f.longestTransactionSeconds));
    return o;
}

QJsonObject toJson(const MetricsSample &s)
{
    const bool rated = !s.gap;
    const bool statements = !s.statementsGap && s.statementsAvailable;
    QJsonObject o;
    o.insert(QLatin1String("time"), s.time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("interval_s"), round3(s.elapsedSeconds));
    o.insert(QLatin1String("gap"), s.gap || s.statementsGap);
    if (s.gap)
        o.insert(QLatin1String("gap_reason"), s.gapReason);
    else if (s.statementsGap)
        o.insert(QLatin1String("gap_reason"), s.statementsGapReason);
    o.insert(QLatin1String("database"), s.database);
    o.insert(QLatin1String("connections"), connectionsJson(s.connections));
    o.insert(QLatin1String("transactions_per_second"),
             rated ? QJsonValue(round3(s.rates.transactionsPerSecond)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("commits_per_second"), rated ? QJsonValue(round3(s.rates.commitsPerSecond)) : QJsonValue());
    o.insert(QLatin1String("rollbacks_per_second"), rated ? QJsonValue(round3(s.rates.rollbacksPerSecond)) : QJsonValue());
    o.insert(QLatin1String("statements_per_second"),
             statements ? QJsonValue(round3(s.statementsPerSecond)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("statements_window_s"),
             statements ? QJsonValue(round3(s.statementsWindowSeconds)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("statements_fresh"), s.statementsFresh);
    o.insert(QLatin1String("statements_every"), s.statementsEvery);
    o.insert(QLatin1String("cache_hit_ratio"),
             QJsonObject{{QLatin1String("table"), optionalNumber(s.cacheHitRatio.table)},
                         {QLatin1String("index"), optionalNumber(s.cacheHitRatio.index)}});
    QJsonObject latency;
    for (const char *key : {"p50", "p95", "p99"})
        latency.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
    if (s.latencyMs) {
        latency.insert(QLatin1String("p50"), round3(s.latencyMs->p50));
        latency.insert(QLatin1String("p95"), round3(s.latencyMs->p95));
        latency.insert(QLatin1String("p99"), round3(s.latencyMs->p99));
    }
    latency.insert(QLatin1String("estimated"), true);
    o.insert(QLatin1String("latency_ms"), latency);
    QJsonArray breaches;
    for (const BudgetBreach &b : s.budgetBreaches) {
        breaches.append(QJsonObject{{QLatin1String("queryid"), QString::number(b.queryId)},
                                    {QLatin1String("class"), b.queryClass},
                                    {QLatin1String("budget_ms"), b.budgetMs},
                                    {QLatin1String("p95_ms"), round3(b.p95Ms)},
                                    {QLatin1String("calls"), b.calls}});
    }
    o.insert(QLatin1String("budget_breaches"), breaches);
    o.insert(QLatin1String("longest_query_s"), optionalNumber(s.longestQuerySeconds));
    o.insert(QLatin1String("longest_transaction_s"), optionalNumber(s.longestTransactionSeconds));
    o.insert(QLatin1String("deadlocks"), rated ? QJsonValue(s.rates.deadlocks) : QJsonValue());
    o.insert(QLatin1String("temp_files"), rated ? QJsonValue(s.rates.tempFiles) : QJsonValue());
    const QJsonObject blocking = blockingJson(s);
    o.insert(QLatin1String("blocked_sessions"), blocking.value(QLatin1String("waiting")));
    o.insert(QLatin1String("blocking"), blocking);
    o.insert(QLatin1String("replicas"), int(s.replication.standbys.size()));
    o.insert(QLatin1String("replication"), replicationJson(s.replication));
    QStringList notices = s.notices;
    if (!s.statementsAvailable)
        notices << s.statementsProblem;
    if (!s.statementTextsProblem.isEmpty())
        notices << s.statementTextsProblem;
    o.insert(QLatin1String("notices"), QJsonArray::fromStringList(notices));
    o.insert(QLatin1String("server"), serverJson(s));
    o.insert(QLatin1String("collect_ms"), round3(s.collectMs));
    return o;
}

QString cell(const std::optional<double> &v, int width, int precision, double scale = 1.0)
{
    if (!v)
        return QStringLiteral("-").rightJustified(width);
    return QString::number(*v * scale, 'f', precision).rightJustified(width);
}

// The columns up to p99 are the target database's; "server" ones are the whole server's.
QString tableHeader(const QString &database)
{
    return QStringLiteral("database %1 (server: every database of the server)\n").arg(database)
        + QStringLiteral("time      conn/max  act idle iitx wait       tps   stmt/s  hit%tbl hit%idx"
                         "   p50ms   p95ms   p99ms  breach  collect | server conn/max   tps");
}

QString tableLine(const MetricsSample &s)
{
    const ConnectionCounts &c = s.connections;
    QString line = s.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    line += QStringLiteral("  %1/%2").arg(c.total, 4).arg(c.max, -4);
    line += QStringLiteral(" %1 %2 %3 %4").arg(c.active, 4).arg(c.idle, 4).arg(c.idleInTransaction, 4).arg(c.waiting, 4);
    const bool rated = !s.gap;
    const bool statements = !s.statementsGap && s.statementsAvailable;
    line += QLatin1Char(' ') + cell(rated ? std::optional<double>(s.rates.transactionsPerSecond) : std::nullopt, 9, 1);
    line += QLatin1Char(' ') + cell(statements ? std::optional<double>(s.statementsPerSecond) : std::nullopt, 8, 1);
    line += QLatin1Char(' ') + cell(s.cacheHitRatio.table, 8, 2, 100.0);
    line += QLatin1Char(' ') + cell(s.cacheHitRatio.index, 7, 2, 100.0);
    const auto l = s.latencyMs;
    line += QLatin1Char(' ') + cell(l ? std::optional<double>(l->p50) : std::nullopt, 7, 2);
    line += QLatin1Char(' ') + cell(l ? std::optional<double>(l->p95) : std::nullopt, 7, 2);
    line += QLatin1Char(' ') + cell(l ? std::optional<double>(l->p99) : std::nullopt, 7, 2);
    line += QStringLiteral(" %1").arg(s.budgetBreaches.size(), 7);
    line += QStringLiteral(" %1ms").arg(QString::number(s.collectMs, 'f', 1), 6);
    const ConnectionCounts &sc = s.server.connections;
    line += QStringLiteral(" |       %1/%2").arg(sc.total, 4).arg(sc.max, -4);
    line += QLatin1Char(' ') + cell(s.server.gap ? std::nullopt : std::optional<double>(s.server.rates.transactionsPerSecond), 5, 1);
    if (s.gap)
        line += QStringLiteral("  [gap: %1]").arg(s.gapReason);
    else if (s.statementsGap && s.statementsAvailable)
        line += QStringLiteral("  [statements gap: %1]").arg(s.statementsGapReason);
    if (sc.max > 0 && sc.usedRatio() > 0.8)
        line += QStringLiteral("  [server connections above 80% of max_connections]");
    if (c.max > 0 && c.max < sc.max && c.usedRatio() > 0.8)
        line += QStringLiteral("  [database connections above 80% of its connection limit]");
    if (!s.statementsFresh)
        line += QStringLiteral("  [statements: last read's values, read every %1 refreshes]").arg(s.statementsEvery);
    return line;
}

bool positiveSeconds(const QString &text, double *seconds)
{
    bool ok = false;
    *seconds = text.toDouble(&ok);
    return ok && *seconds > 0;
}

// What the command line asks for, checked.
struct WatchSettings
{
    double interval = 0;
    double duration = 0; ///< 0: until Ctrl-C
    double connectTimeout = 0;
    bool jsonl = false;
};

std::optional<ExitCode> readSettings(CommandLine &cli, WatchSettings *settings)
{
    QCommandLineParser &parser = cli.parser();
    if (!positiveSeconds(parser.value(QStringLiteral("interval")), &settings->interval) || settings->interval < 0.1)
        return cli.badArguments(QStringLiteral("--interval needs a number of seconds ≥ 0.1"));
    if (parser.isSet(QStringLiteral("duration")) && !positiveSeconds(parser.value(QStringLiteral("duration")), &settings->duration))
        return cli.badArguments(QStringLiteral("--duration needs a positive number of seconds"));
    if (!positiveSeconds(parser.value(QStringLiteral("connect-timeout")), &settings->connectTimeout))
        return cli.badArguments(QStringLiteral("--connect-timeout needs a positive number of seconds"));
    const QString format = parser.value(QStringLiteral("format"));
    settings->jsonl = format == QLatin1String("jsonl");
    if (!settings->jsonl && format != QLatin1String("table"))
        return cli.badArguments(QStringLiteral("--format must be table or jsonl"));
    return std::nullopt;
}

// One line per sample, as a table (with its header and notes) or as JSON lines.
class SamplePrinter
{
public:
    SamplePrinter(QTextStream &out, QTextStream &err, bool jsonl) : m_out(out), m_err(err), m_jsonl(jsonl) {}

    void print(const MetricsSample &s)
    {
        // The first refresh has no interval to report; it only sets the baseline.
        if (m_samples++ == 0 && s.gap && s.elapsedSeconds == 0)
            return;
        if (m_jsonl) {
            m_out << QJsonDocument(toJson(s)).toJson(QJsonDocument::Compact) << '\n';
        } else {
            const QString problem = s.statementsAvailable ? QString() : s.statementsProblem;
            if (!problem.isEmpty() && problem != m_shownProblem)
                m_err << "note: " << problem << '\n';
            m_shownProblem = problem;
            if (!m_headerShown) {
                m_out << tableHeader(s.database) << "   (latency percentiles are estimates)\n";
                m_headerShown = true;
            }
            m_out << tableLine(s) << '\n';
            for (const QString &detail : {blockingTableLine(s), replicationTableLine(s.replication)}) {
                if (!detail.isEmpty())
                    m_out << detail << '\n';
            }
        }
        m_out.flush();
        m_err.flush();
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    const bool m_jsonl;
    int m_samples = 0;
    bool m_headerShown = false;
    QString m_shownProblem;
};

} // namespace

ExitCode runWatchCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("watch"), QStringLiteral(
        "Watch a PostgreSQL database: connections, transactions and statements per second, cache hit "
        "ratios, estimated latency percentiles and budget breaches, one line per interval. "
        "These are the figures of the database the target names (the one connected to), DB Pulse's own "
        "session's transactions and statements left out; what exists only per server (all connections "
        "and max_connections use, every database's transactions and statements, checkpoints, WAL "
        "written per second, uptime, the oldest open transaction) is the server's: jsonl has it under "
        "server, the table in the columns after \"| server\". "
        "Latency percentiles are estimates from pg_stat_statements. On servers where reading "
        "pg_stat_statements every refresh would cost the server more than 5 ms per refresh, it is read "
        "only every few refreshes (at most 10) and the "
        "refreshes in between repeat the last read's statement values: jsonl then has statements_fresh "
        "false, statements_every the current cadence and statements_window_s the seconds those values "
        "cover. Lock waits (waiting sessions, root blockers and the blocking tree) and replication "
        "(standby lag, slots and their retained WAL, a standby's receiver) are the server's: jsonl has them "
        "under blocking and replication, the table adds a line for each while there is something to show. "
        "Ends after --duration or on Ctrl-C. "
        "An SQLite file (sqlite:FILE) shows instead, read without writing it: file, WAL and freelist "
        "size, pages, journal mode, WAL frames and the last checkpoint seen, whether each interval saw a "
        "write, and the last integrity check the doctor ran. "
        "Exit 3 when the target cannot be reached."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QStringLiteral("postgresql:// URI, key=value settings, @profile or sqlite:FILE"));
    parser.addOptions({{QStringLiteral("interval"), QStringLiteral("Seconds between refreshes (default 1)."), QStringLiteral("S"), QStringLiteral("1")},
                       {QStringLiteral("duration"), QStringLiteral("Stop after S seconds (default: until Ctrl-C)."), QStringLiteral("S")},
                       {QStringLiteral("format"), QStringLiteral("table (default) or jsonl (one JSON object per interval)."),
                        QStringLiteral("FORMAT"), QStringLiteral("table")},
                       {QStringLiteral("connect-timeout"), QStringLiteral("Give up connecting after S seconds (default 10)."),
                        QStringLiteral("S"), QStringLiteral("10")}});
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one TARGET")))
        return *done;
    WatchSettings settings;
    if (const auto wrong = readSettings(cli, &settings))
        return *wrong;
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;
    if (target->kind == DatabaseKind::SQLite)
        return runSqliteWatch(cli, {target->sqlitePath, target->label, settings.interval, settings.duration, settings.jsonl});

    ConnectParams params;
    params.conninfo = target->conninfo; // password: PGPASSWORD, ~/.pgpass or a service file
    params.connectTimeoutMs = int(settings.connectTimeout * 1000);
    // The CLI runs the worker on its main thread: it has nothing else to do.
    PgMonitorWorker worker(params);
    worker.setIntervalMs(int(settings.interval * 1000));

    QTextStream &err = cli.err();
    SamplePrinter printer(cli.out(), err, settings.jsonl);
    QObject::connect(&worker, &MonitorWorker::metricsSampled, &worker, [&printer](const MetricsSample &s) { printer.print(s); });

    return runWatchLoop(worker, settings.duration, err,
                        {QStringLiteral("cannot connect to ") + target->label, QStringLiteral("connection lost")});
}

} // namespace dbpulse::cli
