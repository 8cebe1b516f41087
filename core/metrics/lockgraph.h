#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

namespace dbpulse {

/// \brief A session in the lock-wait graph: a session that waits for a heavyweight lock
/// (pg_blocking_pids not empty) or one that others wait for. Value type, any thread.
struct BlockedSession
{
    int pid = 0;                 ///< 0: a prepared transaction holds the lock (pg_blocking_pids says 0)
    QList<int> blockedBy;        ///< pg_blocking_pids(): empty for a session that waits on nobody
    double waitSeconds = 0;      ///< how long it has waited for the lock (0 when it waits on nobody)
    std::optional<double> transactionSeconds; ///< age of its open transaction
    QString state;
    QString waitEventType;       ///< e.g. "Lock", "Client", empty: on CPU
    QString waitEvent;           ///< e.g. "relation", "transactionid", "ClientRead"
    QString user;
    QString database;
    QString backendStart;        ///< epoch seconds as text; with pid, names one backend (sessionadmin)
    QString query;               ///< snippet (first 200 characters)
    bool known = true;           ///< false: a blocker pg_stat_activity did not list (ended, prepared xact)
};

/// \brief The lock-wait graph of one sample, analysed: who waits, who blocks, who is at the root,
/// and one tree for display. Value type, any thread.
///
/// Definitions (docs/monitoring.md): a session is *waiting* when pg_blocking_pids() names at least
/// one session; *blocking* when some waiting session names it; a *root blocker* blocks others and
/// waits on nobody. A waiter that also blocks counts as waiting and blocking, never as a root. In a
/// chain A ← B ← C there is one root blocker (A), two waiting (B, C) and two blocking (A, B).
///
/// The tree puts each waiter under one parent: among the sessions blocking it, the one deepest in
/// the graph (C, which waits on both A and B's queued request, sits under B). A cycle (a deadlock
/// the detector has not broken yet) has no root: one of its sessions is shown at the top, marked.
class LockGraph
{
public:
    struct Node
    {
        BlockedSession session;
        int parent = -1;          ///< index into nodes(); -1 at the top of the tree
        QList<int> children;      ///< indexes into nodes(), by pid
        int depth = 0;            ///< 0 at the top
        bool rootBlocker = false; ///< blocks others, waits on nobody
        bool inCycle = false;     ///< at the top only because it waits in a cycle
        int blockedCount = 0;     ///< sessions below it in the tree
    };

    LockGraph() = default;
    explicit LockGraph(const QList<BlockedSession> &sessions);

    int waitingCount() const { return m_waiting; }
    int blockingCount() const { return m_blocking; }
    int rootBlockerCount() const { return m_roots; }
    bool isEmpty() const { return m_nodes.isEmpty(); }

    const QList<Node> &nodes() const { return m_nodes; }
    /// Tree tops (root blockers, then cycle tops), ordered by how many sessions they hold up.
    const QList<int> &tops() const { return m_tops; }
    /// Node index of \a pid, or -1.
    int indexOf(int pid) const;

private:
    void chooseParents();
    int depthOf(int index, QList<int> &memo, QList<bool> &visiting) const;

    QList<Node> m_nodes;
    QList<int> m_tops;
    int m_waiting = 0;
    int m_blocking = 0;
    int m_roots = 0;
};

/// The sessions of the server query's "blocking" JSON array (metricsqueries.cpp).
QList<BlockedSession> blockedSessionsFromJson(const QJsonArray &array);

} // namespace dbpulse
