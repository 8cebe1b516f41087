#include "models/serverstate.h"

#include "core/metrics/historystore.h"
#include "core/monitor/servermonitor.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServers, "dbpulse.servers")

namespace dbpulse {

namespace {

constexpr int maxSummaries = 2000;
constexpr int summaryChars = 120;
constexpr int activityCapacity = 86400; // 24 h at 1 s, the same windows as the metrics charts

QString summarize(const QString &text)
{
    const QString line = text.left(summaryChars * 4).simplified();
    return line.size() > summaryChars ? line.left(summaryChars - 1) + QChar(0x2026) : line;
}

// The statement by its text when it is known (\a text, shortened), by its queryid only until then.
QString alertText(const QString &server, const BudgetAlert &alert, const QString &text)
{
    const QString statement = text.isEmpty()
        ? ServerState::tr("a %1 statement (queryid %2)").arg(alert.breach.queryClass, QString::number(alert.breach.queryId))
        : ServerState::tr("the %1 statement “%2”").arg(alert.breach.queryClass, text);
    //: %1 is the server, %2 "a OLTP statement (queryid 42)" or "the OLTP statement “SELECT …”"
    return ServerState::tr("%1: %2 has broken its %3 ms budget for %n interval(s) in a row — estimated p95 %4 ms.",
                           nullptr, alert.intervals)
        .arg(server, statement, QString::number(alert.breach.budgetMs, 'f', 0), QString::number(alert.breach.p95Ms, 'f', 1));
}

} // namespace

ServerState::ServerState(int alertIntervals, QObject *parent)
    : QObject(parent)
    , m_activity(activityCapacity)
    , m_budgetWatch(alertIntervals)
{
}

// Out of line: ServerMonitor is incomplete in the header. Its destructor joins the worker thread.
ServerState::~ServerState() = default;

void ServerState::beginConnect(quint64 generation)
{
    m_session.reset();
    m_password.clear();
    m_sslPassword.clear();
    m_generation = generation;
    m_live = true;
    m_prompting = false;
    m_passwordDeclined = false;
    m_sampled = false;
}

void ServerState::startSession(const Target &target, const QString &password, const QString &sslPassword,
                               const QueryBudget &budget, const QString &historyPath)
{
    m_target = target;
    m_password = password;
    m_sslPassword = sslPassword;
    m_session = std::make_unique<ServerMonitor>(target, password, sslPassword);
    connectSession();
    m_session->setBudget(budget);
    m_historyPath = historyPath;
    if (!historyPath.isEmpty())
        m_session->recordHistory(historyPath);
    m_session->start();
}

void ServerState::connectSession()
{
    ServerMonitor *s = m_session.get();
    connect(s, &ServerMonitor::statusChanged, this, &ServerState::onStatus);
    connect(s, &ServerMonitor::serverInfoReady, this, [this](const ServerInfo &info) {
        m_info = info;
        Q_EMIT serverInfoChanged();
    });
    connect(s, &ServerMonitor::activitySampled, this, &ServerState::onActivity);
    connect(s, &ServerMonitor::metricsSampled, this, &ServerState::onMetrics);
    connect(s, &ServerMonitor::sqliteSampled, this, [this](const SqliteSample &sample) {
        m_sqlite.append(sample);
        Q_EMIT sqliteAppended();
    });
    connect(s, &ServerMonitor::queryTextsFetched, this, &ServerState::onQueryTexts);
}

void ServerState::retryNow()
{
    if (m_session)
        m_session->retryNow();
}

void ServerState::endSession()
{
    m_session.reset(); // ~ServerMonitor stops the worker and joins its thread
    m_connected = false;
    m_password.clear();
    m_sslPassword.clear();
    m_live = false;
    m_prompting = false;
    markGaps();
}

void ServerState::markGaps()
{
    m_activity.markGap();
    m_metrics.markGap();
    m_sqlite.markGap();
}

void ServerState::onStatus(const ConnectionStatus &status)
{
    m_connected = status.state == ConnectionState::Connected;
    if (!m_connected)
        markGaps();
    Q_EMIT statusChanged(status);
    if (m_connected && m_session && !m_pendingTexts.isEmpty()) {
        m_session->fetchQueryTexts(QList<qint64>(m_pendingTexts.cbegin(), m_pendingTexts.cend()));
        m_pendingTexts.clear();
    }
}

void ServerState::onActivity(const ActivitySample &sample)
{
    // Logged once per connection: bench/startup measures time-to-first-chart from it.
    if (!m_sampled) {
        m_sampled = true;
        qCInfo(lcServers) << "first activity sample from" << m_target.label;
    }
    m_activity.append(sample);
    Q_EMIT activityAppended();
}

void ServerState::onMetrics(const MetricsSample &sample)
{
    m_metrics.append(sample);
    m_statements.add(sample);
    const QList<BudgetAlert> alerts = m_budgetWatch.add(sample);
    Q_EMIT metricsAppended();
    for (const BudgetAlert &alert : alerts)
        Q_EMIT budgetAlertRaised(alert, alertText(m_target.label, alert, statementSummary(alert.breach.queryId)));
}

void ServerState::onQueryTexts(const QHash<qint64, QString> &texts)
{
    for (auto t = texts.cbegin(); t != texts.cend(); ++t) {
        if (m_summaries.contains(t.key()))
            m_summaries.insert(t.key(), summarize(t.value()));
    }
    Q_EMIT queryTextsFetched(texts);
}

bool ServerState::wantsHistory() const
{
    // On a reconnect the histories already hold what the file has.
    return !m_historyRead && !m_historyPath.isEmpty();
}

void ServerState::loadHistory()
{
    m_historyRead = true;
    const QString path = m_historyPath;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-24 * 3600);
    const int maxPoints = m_metrics.capacity();
    const int metricsInterval = m_metrics.expectedIntervalMs();
    const int activityInterval = m_activity.expectedIntervalMs();
    const int activityCapacity = m_activity.capacity();
    // A Job, so the GUI thread never waits on the file, and the day of points is made into
    // history entries there too: on the GUI thread that took tens of milliseconds per server.
    // Deleting this state drops the result.
    m_historyLoad.run<StoredHistory>(
        [path, from, to, maxPoints, metricsInterval, activityInterval, activityCapacity](const JobContext &) {
            QString error;
            const QList<HistoryPoint> points = HistoryStore::load(path, from, to, maxPoints, &error);
            if (!error.isEmpty())
                qCWarning(lcServers) << "cannot read history" << path << error;
            StoredHistory stored;
            stored.count = int(points.size());
            if (!points.isEmpty()) {
                stored.metrics = std::make_shared<MetricsHistory::Prepared>(
                    MetricsHistory::prepareStored(points, metricsInterval, maxPoints));
                stored.activity = std::make_shared<ActivityHistory::Prepared>(
                    ActivityHistory::prepareStored(points, activityInterval, activityCapacity));
            }
            return stored;
        },
        [this](const StoredHistory &stored) {
            if (stored.count == 0) {
                Q_EMIT historyLoadFinished();
                return; // nothing stored yet
            }
            m_metrics.prependPrepared(std::move(*stored.metrics));
            m_activity.prependPrepared(std::move(*stored.activity));
            qCInfo(lcServers) << "read" << stored.count << "stored samples of" << m_target.label;
            Q_EMIT historyLoaded();
            Q_EMIT metricsAppended();
            Q_EMIT activityAppended();
            Q_EMIT historyLoadFinished();
        });
}

QString ServerState::statementSummary(qint64 queryId)
{
    const auto it = m_summaries.constFind(queryId);
    if (it != m_summaries.cend())
        return *it;
    if (m_summaries.size() >= maxSummaries)
        m_summaries.clear(); // bounded; a breach shown again is simply fetched again
    m_summaries.insert(queryId, QString());
    fetchQueryTexts({queryId});
    return {};
}

void ServerState::fetchQueryTexts(const QList<qint64> &queryIds)
{
    if (queryIds.isEmpty())
        return;
    if (m_session && m_connected) {
        m_session->fetchQueryTexts(queryIds);
        return;
    }
    // The worker answers "none" while its connection is closed, and the pages ask once per
    // statement: keep them for the connection (bounded, like the summaries).
    if (m_pendingTexts.size() < maxSummaries)
        m_pendingTexts.unite(QSet<qint64>(queryIds.cbegin(), queryIds.cend()));
}

void ServerState::setBudget(const QueryBudget &budget, int alertIntervals)
{
    m_budgetWatch.setConsecutive(alertIntervals);
    if (m_session)
        m_session->setBudget(budget);
}

} // namespace dbpulse
