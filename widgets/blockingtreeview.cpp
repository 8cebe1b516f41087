#include "widgets/blockingtreeview.h"

#include "core/db/sessionadmin.h"
#include "core/metrics/metricssample.h"
#include "models/servercontext.h"
#include "widgets/themedstyle.h"
#include "widgets/treeheight.h"
#include "core/io/naturalorder.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace dbpulse {

namespace {

constexpr int PidRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2; ///< a number to sort by, where the text has units

/// Sorts by SortRole where a column has one (seconds waited, pids), else by the text as people
/// number things ("db-2" before "db-10").
class SessionItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortRole);
        const QVariant theirs = other.data(column, SortRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toDouble() < theirs.toDouble();
        return dbpulse::naturalCompare(text(column), other.text(column)) < 0;
    }
};
constexpr int VisibleRows = 6;
constexpr qint64 LingerMs = 5000;

QString seconds(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" s");
}

QList<QPair<int, int>> shapeOf(const LockGraph &graph)
{
    QList<QPair<int, int>> shape;
    for (const LockGraph::Node &n : graph.nodes())
        shape << qMakePair(n.session.pid, n.parent >= 0 ? graph.nodes().at(n.parent).session.pid : -1);
    return shape;
}

} // namespace

BlockingTreeView::BlockingTreeView(ServerContexts *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_terminate(new QPushButton(tr("Terminate root blocker…"), this))
    , m_terminateJob(this)
{
    setObjectName(QStringLiteral("blockingTree"));
    m_summary->setObjectName(QStringLiteral("blockingSummary"));
    // Red only while current: a last-known tree (the view disabled during an outage) is greyed
    // with the other figures, never an alarm that looks live.
    setThemedStyleSheet(m_summary, [] {
        return QStringLiteral("QLabel { font-weight: bold } QLabel:enabled { color: %1 }")
            .arg(theme::color(ThemeRole::CriticalText).name());
    });
    setTextRole(m_status, ThemeRole::SecondaryText);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Session"), tr("User"), tr("Database"), tr("Waiting"), tr("Wait event"), tr("Query")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    // The graph's order (worst root blocker first) until a header is clicked; then that column's,
    // kept across the rebuilds that follow.
    m_tree->header()->setSectionsClickable(true);
    m_tree->header()->setSortIndicatorShown(false);
    connect(m_tree->header(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_sortOrder = column == m_sortColumn && m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        m_sortColumn = column;
        m_tree->header()->setSortIndicatorShown(true);
        m_tree->sortItems(m_sortColumn, m_sortOrder);
    });
    m_terminate->setToolTip(tr("Ends the selected root blocker's backend: its transaction is rolled back, its "
                               "client disconnected, and the sessions waiting on it can go on"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_terminate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &BlockingTreeView::updateButton);
    connect(m_terminate, &QPushButton::clicked, this, &BlockingTreeView::terminateSelected);
    setVisible(false);
}

void BlockingTreeView::setCurrentKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_lastWait.invalidate();
    m_terminateJob.cancel();
    m_status->clear();
    setSample(nullptr);
}

void BlockingTreeView::setSample(const MetricsSample *sample)
{
    m_graph = sample ? LockGraph(sample->blocking) : LockGraph();
    const bool show = m_graph.waitingCount() > 0;
    if (!show) {
        if (!m_shape.isEmpty()) {
            m_tree->clear();
            m_shape.clear();
        }
        // Short lock waits come and go every second on a busy server: stay a few seconds, empty,
        // so the charts below do not jump with each of them.
        const bool linger = sample && m_lastWait.isValid() && m_lastWait.elapsed() < LingerMs;
        m_summary->setText(tr("No session waits on a lock now"));
        m_summary->setEnabled(false); // good news, not in the alarm colour of a wait
        setVisible(linger && !isHidden());
        updateButton();
        return;
    }
    m_lastWait.start();
    m_summary->setText(summaryText());
    m_summary->setEnabled(true);
    const auto shape = shapeOf(m_graph);
    if (shape != m_shape) {
        m_shape = shape;
        rebuild();
    } else {
        // Same sessions in the same places: only the figures move (a repaint, no relayout).
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            const int index = m_graph.indexOf((*it)->data(SessionColumn, PidRole).toInt());
            if (index >= 0)
                fillItem(*it, m_graph.nodes().at(index));
        }
    }
    setVisible(true);
    updateButton();
}

QString BlockingTreeView::summaryText() const
{
    return tr("%n session(s) waiting on locks", nullptr, m_graph.waitingCount()) + QStringLiteral(" · ")
        + tr("%n root blocker(s)", nullptr, m_graph.rootBlockerCount());
}

void BlockingTreeView::rebuild()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const int selectedPid = current ? current->data(SessionColumn, PidRole).toInt() : -1;
    m_tree->clear();
    for (int top : m_graph.tops()) {
        auto *item = new SessionItem(m_tree);
        fillItem(item, m_graph.nodes().at(top));
        addChildren(item, top);
    }
    if (m_sortColumn >= 0)
        m_tree->sortItems(m_sortColumn, m_sortOrder);
    m_tree->expandAll();
    fitHeight(m_tree, int(m_graph.nodes().size()), VisibleRows);
    for (int c = 0; c < QueryColumn; ++c)
        m_tree->resizeColumnToContents(c);
    // Keep the user's choice; otherwise point at the worst root blocker, so the button acts on it.
    QTreeWidgetItem *select = m_tree->topLevelItem(0);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(SessionColumn, PidRole).toInt() == selectedPid)
            select = *it;
    }
    m_tree->setCurrentItem(select);
}

void BlockingTreeView::addChildren(QTreeWidgetItem *parent, int index)
{
    for (int child : m_graph.nodes().at(index).children) {
        auto *item = new SessionItem(parent);
        fillItem(item, m_graph.nodes().at(child));
        addChildren(item, child);
    }
}

void BlockingTreeView::fillItem(QTreeWidgetItem *item, const LockGraph::Node &node) const
{
    const BlockedSession &s = node.session;
    QString session = s.pid == 0 ? tr("prepared transaction") : QString::number(s.pid);
    //: %1 is a backend's process id or "prepared transaction"
    if (node.rootBlocker)
        session = tr("%1 (root blocker)").arg(session);
    else if (node.inCycle)
        session = tr("%1 (deadlock cycle)").arg(session);
    else if (!s.known)
        session = tr("%1 (ended)").arg(session);
    item->setData(SessionColumn, PidRole, s.pid);
    item->setData(SessionColumn, SortRole, s.pid);
    item->setText(SessionColumn, session);
    item->setText(UserColumn, s.user);
    item->setText(DatabaseColumn, s.database);
    QString wait;
    if (!s.blockedBy.isEmpty())
        wait = seconds(s.waitSeconds);
    else if (s.transactionSeconds)
        wait = tr("holds; in transaction %1").arg(seconds(*s.transactionSeconds));
    item->setText(WaitColumn, wait);
    item->setData(WaitColumn, SortRole, !s.blockedBy.isEmpty() ? s.waitSeconds : s.transactionSeconds.value_or(0.0));
    item->setText(EventColumn, s.waitEventType.isEmpty() ? s.state
                                                         : s.waitEventType + QStringLiteral(": ") + s.waitEvent);
    item->setText(QueryColumn, s.query.simplified());
    item->setToolTip(QueryColumn, s.query);
    item->setForeground(SessionColumn, node.rootBlocker ? QBrush(theme::color(ThemeRole::CriticalText)) : QBrush());
}

const LockGraph::Node *BlockingTreeView::selectedNode() const
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return nullptr;
    const int index = m_graph.indexOf(current->data(SessionColumn, PidRole).toInt());
    return index >= 0 ? &m_graph.nodes().at(index) : nullptr;
}

void BlockingTreeView::updateButton()
{
    const LockGraph::Node *node = selectedNode();
    m_terminate->setEnabled(node && node->rootBlocker && node->session.known && node->session.pid > 0
                            && !m_terminateJob.isRunning());
}

QString BlockingTreeView::terminateQuestion(const BlockedSession &s) const
{
    const QString server = m_servers->context(m_key).target.label;
    return tr("Terminate root blocker %1 (user %2, database %3) on %4?\n\nIts open transaction is rolled back "
              "and its client is disconnected; the sessions waiting on it can go on.\n\nQuery: %5")
        .arg(s.pid)
        .arg(s.user, s.database, server, s.query.isEmpty() ? tr("(no query)") : s.query.simplified());
}

void BlockingTreeView::terminateSelected()
{
    const LockGraph::Node *node = selectedNode();
    if (!node || !node->rootBlocker || !node->session.known || node->session.pid <= 0)
        return;
    const BlockedSession session = node->session;
    const ServerContext server = m_servers->context(m_key);
    if (!server.live)
        return;
    const auto answer = QMessageBox::warning(this, tr("Terminate root blocker"), terminateQuestion(session),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const Target target = server.target;
    const QString password = server.password;
    const int pid = session.pid;
    const QString backendStart = session.backendStart;
    m_terminateJob.run<QString>(
        [target, password, pid, backendStart](const JobContext &) {
            return signalBackend(target, password, pid, backendStart, true);
        },
        [this, pid](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("Session %1 terminated.").arg(pid)
                                              : tr("Session %1: %2").arg(pid).arg(error));
            updateButton();
            Q_EMIT terminated(pid, error);
        });
    updateButton();
}

} // namespace dbpulse
