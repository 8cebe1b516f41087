#include "watchcommand.h"

#include "watchjson.h"
#include "clirunner.h"
#include "clisignals.h"
#include "clitable.h"
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

QString number(const std::optional<double> &v, int precision, double scale = 1.0)
{
    return v ? QString::number(*v * scale, 'f', precision) : QStringLiteral("-");
}

// The columns up to p99ms are the target database's; srv- ones are the whole server's. By default
// the table fits 80 columns: the least important columns go first (collect, then the server's,
// p50, idle …); time stays. CSV adds the notes a table prints on lines of their own.
QList<CliColumn> watchColumns(bool withNotes)
{
    using A = CliColumn::Align;
    QList<CliColumn> columns{
        {QStringLiteral("time"), QStringLiteral("time"), 8, 0, 100, A::Left},
        {QStringLiteral("conn"), QStringLiteral("conn/max"), 9, 0, 95, A::Right},
        {QStringLiteral("act"), QStringLiteral("act"), 4, 0, 65, A::Right},
        {QStringLiteral("idle"), QStringLiteral("idle"), 4, 0, 35, A::Right},
        {QStringLiteral("iitx"), QStringLiteral("iitx"), 4, 0, 45, A::Right},
        {QStringLiteral("wait"), QStringLiteral("wait"), 4, 0, 80, A::Right},
        {QStringLiteral("tps"), QStringLiteral("tps"), 8, 0, 90, A::Right},
        {QStringLiteral("stmt/s"), QStringLiteral("stmt/s"), 8, 0, 70, A::Right},
        {QStringLiteral("hit%tbl"), QStringLiteral("hit%tbl"), 7, 0, 60, A::Right},
        {QStringLiteral("hit%idx"), QStringLiteral("hit%idx"), 7, 0, 40, A::Right},
        {QStringLiteral("p50ms"), QStringLiteral("p50ms"), 7, 0, 30, A::Right},
        {QStringLiteral("p95ms"), QStringLiteral("p95ms"), 7, 0, 75, A::Right},
        {QStringLiteral("p99ms"), QStringLiteral("p99ms"), 7, 0, 55, A::Right},
        {QStringLiteral("breach"), QStringLiteral("breach"), 6, 0, 50, A::Right},
        {QStringLiteral("collect"), QStringLiteral("collect"), 8, 0, 10, A::Right},
        {QStringLiteral("srv-conn"), QStringLiteral("srv-conn"), 9, 0, 25, A::Right},
        {QStringLiteral("srv-tps"), QStringLiteral("srv-tps"), 8, 0, 20, A::Right},
    };
    if (withNotes)
        columns.append({QStringLiteral("notes"), QStringLiteral("notes"), 0, 0, 0, A::Left});
    return columns;
}

// --columns' help: a server's columns, then a file's.
QStringList watchKeys()
{
    return {CliTable::keysOf(watchColumns(true)).join(QLatin1Char(',')) + QStringLiteral("; SQLite: ")
            + CliTable::keysOf(sqliteWatchColumns()).join(QLatin1Char(','))};
}

QString tableTitle(const QString &database)
{
    return QStringLiteral("database %1 · srv- columns: the whole server · latencies estimated\n").arg(database);
}

QStringList sampleNotes(const MetricsSample &s)
{
    QStringList notes;
    const ConnectionCounts &c = s.connections;
    const ConnectionCounts &sc = s.server.connections;
    if (s.gap)
        notes << QStringLiteral("gap: %1").arg(s.gapReason);
    else if (s.statementsGap && s.statementsAvailable)
        notes << QStringLiteral("statements gap: %1").arg(s.statementsGapReason);
    if (sc.max > 0 && sc.usedRatio() > 0.8)
        notes << QStringLiteral("server connections above 80% of max_connections");
    if (c.max > 0 && c.max < sc.max && c.usedRatio() > 0.8)
        notes << QStringLiteral("database connections above 80% of its connection limit");
    if (!s.statementsFresh)
        notes << QStringLiteral("statements: last read's values, read every %1 refreshes").arg(s.statementsEvery);
    return notes;
}

QStringList sampleCells(const MetricsSample &s)
{
    const ConnectionCounts &c = s.connections;
    const bool rated = !s.gap;
    const bool statements = !s.statementsGap && s.statementsAvailable;
    const auto l = s.latencyMs;
    const ConnectionCounts &sc = s.server.connections;
    return {
        s.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
        QStringLiteral("%1/%2").arg(c.total).arg(c.max),
        QString::number(c.active),
        QString::number(c.idle),
        QString::number(c.idleInTransaction),
        QString::number(c.waiting),
        number(rated ? std::optional<double>(s.rates.transactionsPerSecond) : std::nullopt, 1),
        number(statements ? std::optional<double>(s.statementsPerSecond) : std::nullopt, 1),
        number(s.cacheHitRatio.table, 2, 100.0),
        number(s.cacheHitRatio.index, 2, 100.0),
        number(l ? std::optional<double>(l->p50) : std::nullopt, 2),
        number(l ? std::optional<double>(l->p95) : std::nullopt, 2),
        number(l ? std::optional<double>(l->p99) : std::nullopt, 2),
        QString::number(s.budgetBreaches.size()),
        QString::number(s.collectMs, 'f', 1) + QStringLiteral("ms"),
        QStringLiteral("%1/%2").arg(sc.total).arg(sc.max),
        number(s.server.gap ? std::nullopt : std::optional<double>(s.server.rates.transactionsPerSecond), 1),
        sampleNotes(s).join(QStringLiteral("; ")),
    };
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
    TableStyle style;
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
    return std::nullopt;
}

// One line per sample, as a table (with its title, header and notes), CSV or JSON lines.
class SamplePrinter
{
public:
    SamplePrinter(QTextStream &out, QTextStream &err, const WatchSettings &settings)
        : m_out(out)
        , m_err(err)
        , m_jsonl(settings.jsonl)
        , m_style(settings.style)
        , m_table(watchColumns(settings.style.csv), settings.style)
    {
    }

    void print(const MetricsSample &s)
    {
        // The first refresh has no interval to report; it only sets the baseline.
        if (m_samples++ == 0 && s.gap && s.elapsedSeconds == 0)
            return;
        if (m_jsonl) {
            m_out << QJsonDocument(toJson(s)).toJson(QJsonDocument::Compact) << '\n';
        } else if (m_style.csv) {
            if (!m_headerShown)
                m_out << m_table.headerLine();
            m_headerShown = true;
            m_out << m_table.rowLine(sampleCells(s));
        } else {
            printTable(s);
        }
        m_out.flush();
        m_err.flush();
    }

private:
    void printTable(const MetricsSample &s)
    {
        // Every text line passes fitLines(): names and reasons come from the server.
        const QString problem = s.statementsAvailable ? QString() : s.statementsProblem;
        if (!problem.isEmpty() && problem != m_shownProblem)
            m_err << fitLines(QStringLiteral("note: ") + problem, m_style.width) << '\n';
        m_shownProblem = problem;
        if (!m_headerShown)
            m_out << fitLines(tableTitle(s.database), m_style.width) << m_table.headerLine();
        m_headerShown = true;
        m_out << m_table.rowLine(sampleCells(s));
        for (const QString &note : sampleNotes(s))
            m_out << fitLines(QStringLiteral("  [%1]").arg(note), m_style.width) << '\n';
        for (const QString &detail : {blockingTableLine(s), replicationTableLine(s.replication)}) {
            if (!detail.isEmpty())
                m_out << fitLines(detail, m_style.width) << '\n';
        }
    }

    QTextStream &m_out;
    QTextStream &m_err;
    const bool m_jsonl;
    const TableStyle m_style;
    const CliTable m_table;
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
        "server, the table in the srv- columns. "
        "Latency percentiles are estimates from pg_stat_statements. On servers where reading "
        "pg_stat_statements every refresh would cost the server more than 5 ms per refresh, it is read "
        "only every few refreshes (at most 10) and the "
        "refreshes in between repeat the last read's statement values: jsonl then has statements_fresh "
        "false, statements_every the current cadence and statements_window_s the seconds those values "
        "cover. Lock waits (waiting sessions, root blockers and the blocking tree) and replication "
        "(standby lag, slots and their retained WAL, a standby's receiver) are the server's: jsonl has them "
        "under blocking and replication, the table adds a line for each while there is something to show. "
        "The table fits 80 columns, leaving out the least important columns first (collect, the server's, "
        "p50ms, idle …); --wide shows them all, --columns picks them (--columns time,tps,p95ms), --format csv "
        "prints every column with the notes. "
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
                       {QStringLiteral("connect-timeout"), QStringLiteral("Give up connecting after S seconds (default 10)."),
                        QStringLiteral("S"), QStringLiteral("10")}});
    // jsonl: one JSON object per interval.
    const TableOptions table(parser, {QStringLiteral("jsonl")}, watchKeys());
    if (const auto done = cli.parse(arguments, 1, QStringLiteral("expected exactly one TARGET")))
        return *done;
    WatchSettings settings;
    if (const auto wrong = readSettings(cli, &settings))
        return *wrong;
    const auto target = cli.target(parser.positionalArguments().first());
    if (!target)
        return ExitCode::BadArguments;
    // The columns --columns names are the kind of target's.
    const bool sqlite = target->kind == DatabaseKind::SQLite;
    QString format;
    if (const auto wrong = table.read(cli, sqlite ? sqliteWatchColumns() : watchColumns(true), &settings.style, &format))
        return *wrong;
    settings.jsonl = format == QLatin1String("jsonl");
    if (sqlite)
        return runSqliteWatch(cli, {target->sqlitePath, target->label, settings.interval, settings.duration, settings.jsonl,
                                    settings.style});

    ConnectParams params;
    params.conninfo = target->conninfo; // password: PGPASSWORD, ~/.pgpass or a service file
    params.connectTimeoutMs = int(settings.connectTimeout * 1000);
    // The CLI runs the worker on its main thread: it has nothing else to do.
    PgMonitorWorker worker(params);
    worker.setIntervalMs(int(settings.interval * 1000));

    QTextStream &err = cli.err();
    SamplePrinter printer(cli.out(), err, settings);
    QObject::connect(&worker, &MonitorWorker::metricsSampled, &worker, [&printer](const MetricsSample &s) { printer.print(s); });

    return runWatchLoop(worker, settings.duration, err,
                        {QStringLiteral("cannot connect to ") + target->label, QStringLiteral("connection lost")});
}

} // namespace dbpulse::cli
