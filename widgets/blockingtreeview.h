#pragma once

#include "core/jobs/jobslot.h"
#include "core/metrics/lockgraph.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dbpulse {

class ServerContexts;
struct MetricsSample;

/// \brief The dashboard's blocking tree: root blockers at the top, the sessions waiting on them
/// below (pid, user, database, wait time, wait event, query), and *Terminate root blocker…* after a
/// confirmation naming the pid, user, database and server (terminated through sessionadmin, like
/// the Sessions view). Hidden while nobody waits on a lock (after lingering empty for 5 s, so short
/// waits do not make the dashboard jump). Server-wide. GUI thread.
class BlockingTreeView : public QWidget
{
    Q_OBJECT
public:
    enum Column { SessionColumn, UserColumn, DatabaseColumn, WaitColumn, EventColumn, QueryColumn, ColumnCount };

    explicit BlockingTreeView(ServerContexts *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);
    /// Shows \a sample's lock-wait graph (nullptr or no waiter: hidden).
    void setSample(const MetricsSample *sample);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *terminateButton() const { return m_terminate; }
    QString summaryText() const;
    /// The confirmation asked before terminating \a session on the current server.
    QString terminateQuestion(const BlockedSession &session) const;
    /// Terminates the selected root blocker after the confirmation (a modal question).
    void terminateSelected();

Q_SIGNALS:
    /// A terminate finished: \a error is empty when the backend was signalled.
    void terminated(int pid, const QString &error);

private:
    void rebuild();
    void fillItem(QTreeWidgetItem *item, const LockGraph::Node &node) const;
    void addChildren(QTreeWidgetItem *parent, int index);
    void updateButton();
    const LockGraph::Node *selectedNode() const;

    ServerContexts *m_servers;
    QString m_key;
    LockGraph m_graph;
    int m_sortColumn = -1; ///< the column the user sorted by; -1: the graph's order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QPair<int, int>> m_shape; ///< (pid, parent pid) of the items shown, to rebuild only on change
    QLabel *m_summary;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QPushButton *m_terminate;
    JobSlot m_terminateJob;
    QElapsedTimer m_lastWait; ///< since the last sample with a lock wait
};

} // namespace dbpulse
