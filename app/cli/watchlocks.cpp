#include "watchlocks.h"

#include "watchjson.h"
#include "core/metrics/lockgraph.h"

#include <QJsonArray>

#include <cmath>

namespace dbpulse::cli {

namespace {

QJsonValue text(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject nodeJson(const LockGraph &graph, int index)
{
    const LockGraph::Node &n = graph.nodes().at(index);
    const BlockedSession &s = n.session;
    QJsonArray blockedBy;
    for (int pid : s.blockedBy)
        blockedBy.append(pid);
    QJsonArray waiters;
    for (int child : n.children)
        waiters.append(nodeJson(graph, child));
    const bool waits = !s.blockedBy.isEmpty();
    return QJsonObject{
        {QLatin1String("pid"), s.pid},
        {QLatin1String("parent"), n.parent >= 0 ? QJsonValue(graph.nodes().at(n.parent).session.pid)
                                                : QJsonValue(QJsonValue::Null)},
        {QLatin1String("root_blocker"), n.rootBlocker},
        {QLatin1String("in_cycle"), n.inCycle},
        {QLatin1String("known"), s.known},
        {QLatin1String("user"), text(s.user)},
        {QLatin1String("database"), text(s.database)},
        {QLatin1String("state"), text(s.state)},
        {QLatin1String("wait_event_type"), text(s.waitEventType)},
        {QLatin1String("wait_event"), text(s.waitEvent)},
        {QLatin1String("wait_s"), waits ? round3OrNull(s.waitSeconds) : QJsonValue(QJsonValue::Null)},
        {QLatin1String("transaction_s"), round3OrNull(s.transactionSeconds)},
        {QLatin1String("query"), text(s.query)},
        {QLatin1String("blocked_by"), blockedBy},
        {QLatin1String("waiters"), waiters},
    };
}

QString who(const BlockedSession &s)
{
    if (s.pid == 0)
        return QStringLiteral("a prepared transaction");
    if (!s.known)
        return QStringLiteral("pid %1 (ended)").arg(s.pid);
    return QStringLiteral("pid %1 (%2@%3)").arg(s.pid).arg(s.user, s.database);
}

} // namespace

QJsonObject blockingJson(const MetricsSample &sample)
{
    const LockGraph graph(sample.blocking);
    QJsonArray tree;
    for (int top : graph.tops())
        tree.append(nodeJson(graph, top));
    return QJsonObject{{QLatin1String("waiting"), graph.waitingCount()},
                       {QLatin1String("blocking"), graph.blockingCount()},
                       {QLatin1String("root_blockers"), graph.rootBlockerCount()},
                       {QLatin1String("tree"), tree}};
}

QJsonObject waitingByTypeJson(const ConnectionCounts &counts)
{
    QJsonObject o;
    for (auto it = counts.waitingByType.cbegin(); it != counts.waitingByType.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString blockingTableLine(const MetricsSample &sample)
{
    const LockGraph graph(sample.blocking);
    if (graph.waitingCount() == 0)
        return {};
    QStringList roots;
    for (int top : graph.tops()) {
        const LockGraph::Node &n = graph.nodes().at(top);
        if (!n.rootBlocker)
            continue;
        QString root = who(n.session);
        if (n.session.transactionSeconds)
            root += QStringLiteral(" in transaction %1 s").arg(QString::number(*n.session.transactionSeconds, 'f', 1));
        roots << root + QStringLiteral(", holding up %1").arg(n.blockedCount);
    }
    QString line = QStringLiteral("  locks: %1 waiting · %2 root blocker%3")
                       .arg(graph.waitingCount())
                       .arg(graph.rootBlockerCount())
                       .arg(graph.rootBlockerCount() == 1 ? QString() : QStringLiteral("s"));
    if (!roots.isEmpty())
        line += QStringLiteral(": ") + roots.join(QStringLiteral("; "));
    if (graph.rootBlockerCount() == 0)
        line += QStringLiteral(" (the waiters wait on each other: a deadlock the server has not broken yet)");
    return line;
}

} // namespace dbpulse::cli
