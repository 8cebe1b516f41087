#include "core/metrics/metricscollector.h"

#include "core/db/pgconnection.h"
#include "core/metrics/counterdelta.h"
#include "core/metrics/metricslogging.h"
#include "core/metrics/metricsqueries.h"
#include "core/metrics/percentileestimator.h"
#include "core/metrics/statementdelta.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dbpulse {

namespace {

constexpr int maxTextChars = 16384;
constexpr qint64 textsRetryMs = 60000; // after a failed text read
constexpr int maxCachedTexts = 5000;
constexpr int maxTextsPerRefresh = 200;

qint64 bigint(const QueryResult &r, int row, const char *column)
{
    return r.value(row, QLatin1String(column)).toLongLong();
}

double real(const QueryResult &r, int row, const char *column)
{
    return r.value(row, QLatin1String(column)).toDouble();
}

std::optional<double> optionalReal(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toDouble();
}

QJsonArray jsonArray(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

QJsonObject jsonObject(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QHash<quint32, DatabaseCounters> databaseCounters(const QJsonArray &rows)
{
    QHash<quint32, DatabaseCounters> counters;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        DatabaseCounters c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.connections = o.value(QStringLiteral("connections")).toInt();
        c.transactions = qint64(o.value(QStringLiteral("transactions")).toDouble());
        c.blocksHit = qint64(o.value(QStringLiteral("hit")).toDouble());
        c.blocksRead = qint64(o.value(QStringLiteral("read")).toDouble());
        counters.insert(quint32(o.value(QStringLiteral("datid")).toDouble()), c);
    }
    return counters;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

struct MetricsCollector::Refresh
{
    Callback done;
    quint64 generation = 0;
    QElapsedTimer clock;
    ActivitySample activity;
    MetricsSample sample;
    ServerSnapshot server;        ///< the target database's counters
    ServerSnapshot serverWide;    ///< the whole server's
    qint64 ownStatements = 0;     ///< our statements before the server query
    StatementsSnapshot statements;
    StatementDelta::Result statementDelta;
};

QString MetricsCollector::statementsFix()
{
    return QCoreApplication::translate("Metrics", "add pg_stat_statements to shared_preload_libraries and restart, "
                          "then CREATE EXTENSION pg_stat_statements");
}

MetricsCollector::MetricsCollector(PgConnection *connection)
    : m_connection(connection)
{
}

MetricsCollector::~MetricsCollector() = default;

void MetricsCollector::reset()
{
    m_previousServer = ServerSnapshot();
    m_previousServerWide = ServerSnapshot();
    m_previousDatabases.clear();
    m_previousStatements = StatementsSnapshot();
    m_entries.clear();
    m_lastStatements = MetricsSample();
    m_lastReadWasGap = false;
    m_refreshesToSkip = 0;
    m_collecting = false;
    ++m_generation;
}

ServerSnapshot MetricsCollector::serverSnapshot(const QueryResult &r)
{
    return snapshotOf(r, QString());
}

ServerSnapshot MetricsCollector::serverWideSnapshot(const QueryResult &r)
{
    ServerSnapshot s = snapshotOf(r, QStringLiteral("server_"));
    const QVariant checkpoints = r.value(0, QStringLiteral("server_checkpoints"));
    s.checkpoints = checkpoints.isNull() ? -1 : checkpoints.toLongLong();
    s.walBytes = bigint(r, 0, "server_wal_bytes");
    return s;
}

ServerSnapshot MetricsCollector::snapshotOf(const QueryResult &r, const QString &prefix)
{
    auto column = [&prefix](const char *name) { return (prefix + QLatin1String(name)).toLatin1(); };
    ServerSnapshot s;
    s.serverTime = real(r, 0, "now_s");
    s.postmasterStart = real(r, 0, "postmaster_s");
    s.statsReset = real(r, 0, column("stats_reset_s").constData());
    s.commits = bigint(r, 0, column("commits").constData());
    s.rollbacks = bigint(r, 0, column("rollbacks").constData());
    s.blocksHit = bigint(r, 0, column("blks_hit").constData());
    s.blocksRead = bigint(r, 0, column("blks_read").constData());
    s.tempFiles = bigint(r, 0, column("temp_files").constData());
    s.tempBytes = bigint(r, 0, column("temp_bytes").constData());
    s.deadlocks = bigint(r, 0, column("deadlocks").constData());
    if (prefix.isEmpty()) { // pg_statio is per database only
        s.tableBlocksHit = bigint(r, 0, "table_hit");
        s.tableBlocksRead = bigint(r, 0, "table_read");
        s.indexBlocksHit = bigint(r, 0, "index_hit");
        s.indexBlocksRead = bigint(r, 0, "index_read");
    }
    return s;
}

ConnectionCounts MetricsCollector::connectionCounts(const QueryResult &r, const QString &prefix)
{
    auto column = [&prefix](const char *name) { return (prefix + QLatin1String(name)).toLatin1(); };
    ConnectionCounts c;
    c.total = int(bigint(r, 0, column("total").constData()));
    c.active = int(bigint(r, 0, column("active").constData()));
    c.idle = int(bigint(r, 0, column("idle").constData()));
    c.idleInTransaction = int(bigint(r, 0, column("idle_in_tx").constData()));
    c.waiting = int(bigint(r, 0, column("waiting").constData()));
    const QJsonObject byType = jsonObject(r.value(0, QString::fromLatin1(column("waiting_by_type"))));
    for (auto it = byType.begin(); it != byType.end(); ++it)
        c.waitingByType.insert(it.key(), it.value().toInt());
    c.max = int(bigint(r, 0, "max_connections"));
    return c;
}

void MetricsCollector::collect(Callback done)
{
    auto refresh = std::make_shared<Refresh>();
    refresh->done = std::move(done);
    refresh->generation = ++m_generation;
    refresh->clock.start();
    m_collecting = true;
    // Every statement queued before this one has run when it reads the counters.
    refresh->ownStatements = m_connection->statementCount();
    m_connection->exec(MetricsQueries::server(), [this, refresh](const QueryResult &r) { onServer(refresh, r); });
}

void MetricsCollector::onServer(const std::shared_ptr<Refresh> &refresh, const QueryResult &r)
{
    if (refresh->generation != m_generation)
        return;
    if (!r.ok || r.rows.isEmpty()) {
        m_collecting = false;
        if (!r.ok && r.sqlState != QLatin1String("08006"))
            qCWarning(lcMetrics) << "server metrics query failed:" << r.error;
        refresh->done(false, {}, {});
        return;
    }
    refresh->server = serverSnapshot(r);
    refresh->serverWide = serverWideSnapshot(r);
    refresh->server.ownStatements = refresh->serverWide.ownStatements = refresh->ownStatements;
    noteOwnQuery(r.value(0, QStringLiteral("own_query_id")), &m_ownServerQuery);
    m_statementsSchema = r.value(0, QStringLiteral("statements_schema")).toString();
    MetricsSample &s = refresh->sample;
    // UTC: turning a local time into milliseconds takes Qt's process-wide time-zone lock, and
    // every history and chart update does that for every sample.
    s.time = QDateTime::fromMSecsSinceEpoch(qint64(refresh->server.serverTime * 1000.0), Qt::UTC);
    s.database = r.value(0, QStringLiteral("database_name")).toString();
    s.databaseId = quint32(bigint(r, 0, "database_id"));
    ConnectionCounts &c = s.connections;
    c = connectionCounts(r, QString());
    // The most this database may have: its own CONNECTION LIMIT when it has one (-1: none).
    const int limit = int(bigint(r, 0, "database_connection_limit"));
    if (limit >= 0 && (c.max <= 0 || limit < c.max))
        c.max = limit;
    s.longestQuerySeconds = optionalReal(r.value(0, QStringLiteral("longest_query_s")));
    s.longestTransactionSeconds = optionalReal(r.value(0, QStringLiteral("longest_xact_s")));

    ServerFigures &server = s.server;
    server.connections = connectionCounts(r, QStringLiteral("server_"));
    server.longestTransactionSeconds = optionalReal(r.value(0, QStringLiteral("server_longest_xact_s")));
    server.uptimeSeconds = std::max(0.0, refresh->server.serverTime - refresh->server.postmasterStart);

    ActivitySample &a = refresh->activity;
    a.time = s.time;
    a.total = c.total;
    a.active = c.active;
    a.idle = c.idle;
    a.idleInTransaction = c.idleInTransaction;
    a.waiting = c.waiting;
    a.waitingByType = WaitSplit::fromMap(c.waitingByType);
    a.other = std::max(0, c.total - c.active - c.idle - c.idleInTransaction - c.waiting);
    a.maxConnections = c.max;

    CounterDelta::apply(m_previousServer, refresh->server, s);
    m_previousServer = CounterDelta::baselineAfter(m_previousServer, refresh->server);
    CounterDelta::applyServer(m_previousServerWide, refresh->serverWide, server);
    m_previousServerWide = CounterDelta::baselineAfter(m_previousServerWide, refresh->serverWide);
    const QHash<quint32, DatabaseCounters> databases
        = databaseCounters(jsonArray(r.value(0, QStringLiteral("server_databases"))));
    server.databases = CounterDelta::perDatabase(
        m_previousDatabases, databases, s.elapsedSeconds, !server.gap, s.databaseId,
        s.gap ? std::nullopt : std::optional<double>(s.rates.transactionsPerSecond));
    m_previousDatabases = databases;

    s.blocking = blockedSessionsFromJson(jsonArray(r.value(0, QStringLiteral("blocking"))));
    s.replication = replicationFromJson(jsonObject(r.value(0, QStringLiteral("replication"))));
    if (!r.value(0, QStringLiteral("sees_all")).toBool()) {
        s.notices << QCoreApplication::translate("Metrics", "role %1 cannot see other sessions' queries or statements: GRANT pg_monitor TO %1")
                         .arg(r.value(0, QStringLiteral("role_name")).toString());
    }

    ++m_refreshesSinceTexts;
    if (m_refreshesToSkip > 0) {
        --m_refreshesToSkip;
        repeatLastStatements(refresh->sample);
        finish(refresh);
        return;
    }
    readStatements(refresh);
}

void MetricsCollector::readStatements(const std::shared_ptr<Refresh> &refresh)
{
    const bool fullRead = m_entries.needsFullRead();
    if (m_statementsSchema.isEmpty()) {
        QueryResult missing;
        missing.error = QCoreApplication::translate("Metrics", "the extension is not created in this database");
        onStatements(refresh, missing, fullRead);
        return;
    }
    m_connection->exec(MetricsQueries::statements(m_statementsSchema), m_entries.knownParameters(),
                       [this, refresh, fullRead](const QueryResult &result) { onStatements(refresh, result, fullRead); });
}

void MetricsCollector::repeatLastStatements(MetricsSample &s) const
{
    const MetricsSample &last = m_lastStatements;
    s.statementsAvailable = last.statementsAvailable;
    s.statementsProblem = last.statementsProblem;
    s.statementTextsProblem = last.statementTextsProblem;
    s.statementsGap = last.statementsGap;
    s.statementsGapReason = last.statementsGapReason;
    s.statementsPerSecond = last.statementsPerSecond;
    s.server.statementsPerSecond = last.server.statementsPerSecond;
    s.latencyMs = last.latencyMs;
    s.budgetBreaches = last.budgetBreaches;
    s.statementsWindowSeconds = last.statementsWindowSeconds;
    s.statementsEvery = m_statementsEvery;
    s.statementsFresh = false;
}

void MetricsCollector::onStatements(const std::shared_ptr<Refresh> &refresh, const QueryResult &r, bool fullRead)
{
    if (refresh->generation != m_generation)
        return;
    MetricsSample &s = refresh->sample;
    if (!r.ok) {
        if (r.sqlState == QLatin1String("08006")) { // connection lost mid-refresh
            m_collecting = false;
            refresh->done(false, {}, {});
            return;
        }
        s.statementsAvailable = false;
        s.statementsGap = true;
        if (r.sqlState == QLatin1String("42501")) {
            s.statementsProblem = QCoreApplication::translate("Metrics", "permission denied reading pg_stat_statements (%1): "
                                                 "GRANT pg_read_all_stats TO the monitoring role, or GRANT EXECUTE "
                                                 "ON FUNCTION pg_stat_statements(boolean) TO it")
                                      .arg(r.error);
        } else {
            s.statementsProblem = QCoreApplication::translate("Metrics", "pg_stat_statements is not available (%1): %2")
                                      .arg(r.error, statementsFix());
        }
        s.statementsGapReason = s.statementsProblem;
        m_previousStatements = StatementsSnapshot();
        m_entries.clear();
        m_statementsEvery = 1;
        s.statementsEvery = 1;
        m_lastStatements = s;
        finish(refresh);
        return;
    }
    noteOwnQuery(r.value(0, QStringLiteral("own_query_id")), &m_ownStatementsQuery);
    if (!m_entries.apply(r, fullRead)) {
        // Restarted, reset or evicted since the last read: the entries that vanished are unknown,
        // so read everything again now rather than diff against stale ones — once. When the last
        // read was a gap already (evictions every interval), this interval is a gap whatever is
        // read, and a second, full read on every refresh would double the server's cost: the next
        // read is the full one.
        if (!m_lastReadWasGap) {
            readStatements(refresh);
            return;
        }
        s.statementsAvailable = true;
        refresh->statementDelta = StatementDelta::Result{};
        refresh->statementDelta.validity = {false, QCoreApplication::translate("Metrics", "pg_stat_statements evicted entries or was reset "
                                                                  "again (consider raising pg_stat_statements.max)")};
        finishStatements(refresh);
        return;
    }
    s.statementsAvailable = true;
    refresh->statements = m_entries.snapshot();
    refresh->statementDelta = StatementDelta::diff(m_previousStatements, refresh->statements);
    m_previousStatements = refresh->statements;

    // Texts are fetched only for statements seen running for the first time; the class of a
    // statement and whether it is one of ours come from its text. While text reads wait their
    // turn (textsWait), a new statement is asked about at the next read it ran in — unless it
    // was slow enough to breach a budget: the one-off runaway query is the one an on-call
    // engineer needs judged now, and its class (so its budget) comes from its text.
    const double lowestBudget = m_budget.lowestBudgetMs();
    QList<qint64> urgent, unknown;
    for (const StatementInterval &st : std::as_const(refresh->statementDelta.statements)) {
        if (m_classes.contains(st.queryId) || m_own.contains(st.queryId))
            continue;
        (st.maxMs > lowestBudget ? urgent : unknown) << st.queryId;
    }
    unknown = (urgent + unknown).mid(0, maxTextsPerRefresh);
    const bool waiting = m_refreshesSinceTexts < m_textsWait && urgent.isEmpty();
    if (unknown.isEmpty() || textsBackingOff() || waiting) {
        finishStatements(refresh);
        return;
    }
    readNewTexts(refresh, unknown);
}

void MetricsCollector::readNewTexts(const std::shared_ptr<Refresh> &refresh, const QList<qint64> &unknown)
{
    // What the read costs (its round trip, an upper bound of the server's time) sets how long the
    // next one waits: texts of statements that keep appearing must not break the budget.
    QElapsedTimer clock;
    clock.start();
    m_connection->exec(MetricsQueries::statementTexts(maxTextChars, m_statementsSchema), {idList(unknown)},
                       [this, refresh, clock](const QueryResult &texts) {
                           if (refresh->generation != m_generation)
                               return;
                           m_refreshesSinceTexts = 0;
                           m_textsWait = StatementsCadence::textsWait(double(clock.nsecsElapsed()) / 1e6,
                                                                      m_serverBudgetMs);
                           if (texts.ok && !texts.rows.isEmpty())
                               noteOwnQuery(texts.value(0, QStringLiteral("own_query_id")));
                           onTexts(texts);
                           finishStatements(refresh);
                       });
}

bool MetricsCollector::textsBackingOff() const
{
    return !m_textsProblem.isEmpty() && m_textsFailedAt.isValid() && m_textsFailedAt.elapsed() < textsRetryMs;
}

QHash<qint64, QString> MetricsCollector::onTexts(const QueryResult &texts)
{
    QHash<qint64, QString> read;
    if (!texts.ok) {
        // pg_stat_statements converts every entry's text to this database's encoding before any
        // WHERE applies, so one statement recorded in, say, a SQL_ASCII database with bytes invalid
        // here fails every text read until it is evicted or reset. The figures do not need texts:
        // say why they are missing and ask again only now and then.
        m_textsProblem = texts.sqlState == QLatin1String("22021")
            ? QCoreApplication::translate("Metrics", "query texts cannot be read: pg_stat_statements holds a statement whose bytes are not "
                             "valid in this database's encoding (recorded in a database with another encoding, "
                             "e.g. SQL_ASCII); the figures are unaffected. pg_stat_statements_reset() clears it. "
                             "Server said: %1").arg(texts.error)
            : QCoreApplication::translate("Metrics", "query texts cannot be read: %1").arg(texts.error);
        m_textsFailedAt.start();
        return read;
    }
    m_textsProblem.clear();
    for (int row = 0; row < texts.rows.size(); ++row) {
        const qint64 id = texts.value(row, QStringLiteral("queryid")).toLongLong();
        const QString text = texts.value(row, QStringLiteral("query")).toString();
        remember(id, text);
        read.insert(id, text);
    }
    return read;
}

void MetricsCollector::noteOwnQuery(const QVariant &queryId, qint64 *slot)
{
    // Null only where no query id is computed, and then pg_stat_statements records nothing to
    // leave out. pg_stat_statements keys its entries by this same id, so the id is all it takes.
    const qint64 id = queryId.toLongLong();
    if (id == 0)
        return;
    m_own.insert(id);
    if (slot)
        *slot = id;
}

void MetricsCollector::remember(qint64 queryId, const QString &text)
{
    if (text.startsWith(MetricsQueries::marker())) {
        m_own.insert(queryId); // the texts query and any other of ours
        return;
    }
    if (m_classes.size() > 50000)
        m_classes.clear();
    m_classes.insert(queryId, QueryBudget::classify(text));
    if (m_texts.size() >= maxCachedTexts)
        m_texts.clear(); // crude but bounded; texts are fetched again on demand
    m_texts.insert(queryId, text);
}

void MetricsCollector::finishStatements(const std::shared_ptr<Refresh> &refresh)
{
    MetricsSample &s = refresh->sample;
    s.statementTextsProblem = m_textsProblem;
    const StatementDelta::Result &d = refresh->statementDelta;
    s.statementsGap = !d.validity.valid;
    s.statementsGapReason = d.validity.reason;
    if (d.validity.valid) {
        qint64 calls = 0, serverCalls = 0;
        QList<StatementInterval> mine; // the target database's: its figures count only these
        for (const StatementInterval &st : d.statements) {
            if (m_own.contains(st.queryId))
                continue;
            serverCalls += st.calls;
            s.statements << st;
        }
        PercentileEstimator::estimateEach(s.statements);
        for (const StatementInterval &st : std::as_const(s.statements)) {
            if (s.inDatabase(st)) {
                calls += st.calls;
                mine << st;
            }
        }
        s.statementsPerSecond = CounterDelta::rate(calls, d.elapsedSeconds);
        s.server.statementsPerSecond = CounterDelta::rate(serverCalls, d.elapsedSeconds);
        s.latencyMs = PercentileEstimator::estimate(mine);
        s.budgetBreaches = m_budget.breaches(mine, m_classes);
        s.statementsWindowSeconds = d.elapsedSeconds;
    }
    chooseCadence(d);
    s.statementsEvery = m_statementsEvery;
    // A gap has no values to repeat: read again at the next refresh, so a first sample or a reset
    // costs one refresh as before. Only when that read is a gap too (evictions every interval)
    // does the cadence hold, or the churn would set the server's cost.
    const bool retry = !d.validity.valid && !m_lastReadWasGap;
    m_refreshesToSkip = retry ? 0 : m_statementsEvery - 1;
    m_lastReadWasGap = !d.validity.valid;
    m_lastStatements = s;
    finish(refresh);
}

void MetricsCollector::chooseCadence(const StatementDelta::Result &d)
{
    // pg_stat_statements measures our own queries too: their cost over the window is the server
    // execution time the goal is about (the round trip is not). Until it has measured both, and
    // after a gap, keep the cadence.
    std::optional<StatementInterval> server, statements;
    for (const StatementInterval &st : d.statements) {
        if (st.queryId == m_ownServerQuery)
            server = st;
        else if (st.queryId == m_ownStatementsQuery)
            statements = st;
    }
    if (!server || !statements)
        return;
    m_statementsEvery = StatementsCadence::every(server->meanMs, statements->meanMs, m_serverBudgetMs);
}

void MetricsCollector::finish(const std::shared_ptr<Refresh> &refresh)
{
    m_collecting = false;
    refresh->sample.collectMs = double(refresh->clock.nsecsElapsed()) / 1e6;
    refresh->done(true, refresh->activity, refresh->sample);
}

void MetricsCollector::fetchQueryTexts(const QList<qint64> &queryIds, TextsCallback done)
{
    QHash<qint64, QString> found;
    QList<qint64> missing;
    for (qint64 id : queryIds) {
        const auto it = m_texts.constFind(id);
        if (it != m_texts.cend())
            found.insert(id, *it);
        else
            missing << id;
    }
    if (missing.isEmpty() || !m_connection->isOpen() || textsBackingOff()) {
        done(found);
        return;
    }
    if (m_statementsSchema.isEmpty()) {
        // Asked before the first refresh said where pg_stat_statements lives: find out first.
        m_connection->exec(MetricsQueries::statementsSchema(), {}, [this, found, missing, done](const QueryResult &r) mutable {
                               m_statementsSchema = r.rows.value(0).value(0).toString();
                               if (m_statementsSchema.isEmpty())
                                   done(found);
                               else
                                   fetchMissingTexts(missing, found, std::move(done));
                           });
        return;
    }
    fetchMissingTexts(missing, found, std::move(done));
}

void MetricsCollector::fetchMissingTexts(const QList<qint64> &missing, QHash<qint64, QString> found, TextsCallback done)
{
    m_connection->exec(MetricsQueries::statementTexts(maxTextChars, m_statementsSchema), {idList(missing)},
                       [this, found, done](const QueryResult &r) mutable {
                           // From the rows, not the cache: remember() may have emptied a full cache.
                           if (r.ok && !r.rows.isEmpty())
                               noteOwnQuery(r.value(0, QStringLiteral("own_query_id")));
                           found.insert(onTexts(r));
                           done(found);
                       });
}

} // namespace dbpulse
