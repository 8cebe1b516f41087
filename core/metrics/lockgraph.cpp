#include "core/metrics/lockgraph.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace dbpulse {

LockGraph::LockGraph(const QList<BlockedSession> &sessions)
{
    QHash<int, int> index;
    for (const BlockedSession &s : sessions) {
        if (index.contains(s.pid))
            continue;
        index.insert(s.pid, int(m_nodes.size()));
        Node node;
        node.session = s;
        m_nodes.append(node);
    }
    // A blocker the server query could not describe still belongs in the graph.
    for (const BlockedSession &s : sessions) {
        for (int pid : s.blockedBy) {
            if (index.contains(pid))
                continue;
            BlockedSession unknown;
            unknown.pid = pid;
            unknown.known = false;
            index.insert(pid, int(m_nodes.size()));
            Node node;
            node.session = unknown;
            m_nodes.append(node);
        }
    }
    // By pid, so the same graph always gives the same tree, whatever order the server sent.
    std::sort(m_nodes.begin(), m_nodes.end(), [](const Node &a, const Node &b) { return a.session.pid < b.session.pid; });
    QSet<int> blockers;
    for (const Node &n : std::as_const(m_nodes)) {
        for (int pid : n.session.blockedBy)
            blockers.insert(pid);
    }
    for (Node &n : m_nodes) {
        const bool waits = !n.session.blockedBy.isEmpty();
        const bool blocks = blockers.contains(n.session.pid);
        m_waiting += waits ? 1 : 0;
        m_blocking += blocks ? 1 : 0;
        n.rootBlocker = blocks && !waits;
        m_roots += n.rootBlocker ? 1 : 0;
    }
    chooseParents();
}

int LockGraph::indexOf(int pid) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).session.pid == pid)
            return i;
    }
    return -1;
}

// Longest chain of blockers above a node; a cycle counts as the top (depth 0) where it closes.
int LockGraph::depthOf(int i, QList<int> &memo, QList<bool> &visiting) const
{
    if (memo.at(i) >= 0)
        return memo.at(i);
    if (visiting.at(i))
        return 0;
    visiting[i] = true;
    int depth = 0;
    for (int pid : m_nodes.at(i).session.blockedBy) {
        const int b = indexOf(pid);
        if (b >= 0 && b != i && !visiting.at(b))
            depth = std::max(depth, depthOf(b, memo, visiting) + 1);
    }
    visiting[i] = false;
    memo[i] = depth;
    return depth;
}

void LockGraph::chooseParents()
{
    const int count = int(m_nodes.size());
    QList<int> memo(count, -1);
    QList<bool> visiting(count, false);
    for (int i = 0; i < count; ++i)
        m_nodes[i].depth = depthOf(i, memo, visiting);
    for (int i = 0; i < count; ++i) {
        Node &n = m_nodes[i];
        int best = -1;
        for (int pid : n.session.blockedBy) {
            const int b = indexOf(pid);
            if (b >= 0 && b != i && m_nodes.at(b).depth < n.depth
                && (best < 0 || m_nodes.at(b).depth > m_nodes.at(best).depth))
                best = b;
        }
        n.parent = best;
    }
    // Nodes whose chain of parents does not end at a top without blockers wait in a cycle.
    for (int i = 0; i < count; ++i) {
        if (m_nodes.at(i).parent >= 0)
            m_nodes[m_nodes.at(i).parent].children << i;
        else
            m_tops << i;
    }
    for (int top : std::as_const(m_tops))
        m_nodes[top].inCycle = !m_nodes.at(top).session.blockedBy.isEmpty();
    // Sessions held up below each node, for ordering: the worst blocker first.
    for (int i = 0; i < count; ++i) {
        for (int p = m_nodes.at(i).parent, guard = 0; p >= 0 && guard < count; p = m_nodes.at(p).parent, ++guard)
            ++m_nodes[p].blockedCount;
    }
    auto byImpact = [this](int a, int b) {
        const Node &x = m_nodes.at(a);
        const Node &y = m_nodes.at(b);
        if (x.rootBlocker != y.rootBlocker)
            return x.rootBlocker;
        if (x.blockedCount != y.blockedCount)
            return x.blockedCount > y.blockedCount;
        return x.session.pid < y.session.pid;
    };
    std::sort(m_tops.begin(), m_tops.end(), byImpact);
    for (Node &n : m_nodes)
        std::sort(n.children.begin(), n.children.end(), byImpact);
}

QList<BlockedSession> blockedSessionsFromJson(const QJsonArray &array)
{
    QList<BlockedSession> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        BlockedSession b;
        b.pid = o.value(QLatin1String("pid")).toInt();
        for (const QJsonValue &p : o.value(QLatin1String("blocked_by")).toArray())
            b.blockedBy << p.toInt();
        b.waitSeconds = o.value(QLatin1String("wait_s")).toDouble();
        if (o.value(QLatin1String("xact_s")).isDouble())
            b.transactionSeconds = o.value(QLatin1String("xact_s")).toDouble();
        b.state = o.value(QLatin1String("state")).toString();
        b.waitEventType = o.value(QLatin1String("wait_event_type")).toString();
        b.waitEvent = o.value(QLatin1String("wait_event")).toString();
        b.user = o.value(QLatin1String("user")).toString();
        b.database = o.value(QLatin1String("database")).toString();
        b.backendStart = o.value(QLatin1String("backend_start")).toString();
        b.query = o.value(QLatin1String("query")).toString();
        b.known = o.value(QLatin1String("known")).toBool(true);
        out << b;
    }
    return out;
}

} // namespace dbpulse
