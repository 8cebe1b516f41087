#include "widgets/replicationpanel.h"

#include "core/io/datasize.h"
#include "models/statustext.h"
#include "widgets/themedstyle.h"
#include "widgets/treeheight.h"

#include <QBrush>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dbpulse {

namespace {

constexpr int VisibleRows = 5;

QString seconds(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) + QStringLiteral(" s") : QStringLiteral("—");
}

QString bytes(const std::optional<qint64> &v)
{
    return v ? formatDataSize(*v, QLocale()) : QStringLiteral("—");
}

} // namespace

ReplicationPanel::ReplicationPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("replicationPanel"));
    setTextRole(m_summary, ThemeRole::SecondaryText);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Standby or slot"), tr("State"), tr("Lag: write / flush / replay"),
                             tr("WAL behind / retained")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setVisible(false);
}

QTreeWidgetItem *ReplicationPanel::row(int index)
{
    // Rows are reused: setText on an item repaints, a new item lays the tree out again.
    while (m_tree->topLevelItemCount() <= index)
        new QTreeWidgetItem(m_tree);
    return m_tree->topLevelItem(index);
}

QString ReplicationPanel::summaryText() const
{
    return m_summary->text();
}

void ReplicationPanel::setReplication(const ReplicationStatus *r)
{
    if (!r || r->isEmpty()) {
        setVisible(false);
        if (m_tree->topLevelItemCount() > 0)
            m_tree->clear();
        return;
    }
    int n = 0;
    if (r->standby) {
        const StandbyStatus &s = *r->standby;
        QTreeWidgetItem *item = row(n++);
        item->setText(NameColumn, tr("This server is a standby of %1:%2").arg(s.senderHost).arg(s.senderPort));
        item->setText(StateColumn, s.receiverStatus.isEmpty() ? tr("⚠ no WAL receiver") : s.receiverStatus);
        item->setText(LagColumn, tr("replay delay %1").arg(seconds(s.replayDelaySeconds)));
        item->setText(BytesColumn, tr("%1 received, not replayed").arg(bytes(s.receivedNotReplayedBytes)));
        item->setToolTip(LagColumn, tr("Time since the last replayed transaction committed on the primary; it "
                                       "also grows while the primary is idle."));
    }
    for (const ReplicaInfo &rep : r->standbys) {
        QTreeWidgetItem *item = row(n++);
        const QString name = rep.applicationName.isEmpty() ? rep.clientAddr : rep.applicationName;
        item->setText(NameColumn, tr("Standby %1").arg(rep.clientAddr.isEmpty() || rep.clientAddr == name
                                                           ? name : tr("%1 (%2)").arg(name, rep.clientAddr)));
        item->setText(StateColumn, tr("%1, %2").arg(rep.state, rep.syncState));
        item->setText(LagColumn, QStringLiteral("%1 / %2 / %3").arg(seconds(rep.writeLagSeconds),
                                                                   seconds(rep.flushLagSeconds),
                                                                   seconds(rep.replayLagSeconds)));
        item->setText(BytesColumn, tr("%1 / %2 / %3").arg(bytes(rep.writeLagBytes), bytes(rep.flushLagBytes),
                                                          bytes(rep.replayLagBytes)));
    }
    for (const ReplicationSlotInfo &slot : r->replicationSlots) {
        QTreeWidgetItem *item = row(n++);
        //: %2 is the slot's type (physical, logical), %3 its database
        item->setText(NameColumn, slot.database.isEmpty() ? tr("Slot %1 (%2)").arg(slot.name, slot.type)
                                                          : tr("Slot %1 (%2, %3)").arg(slot.name, slot.type, slot.database));
        item->setText(StateColumn, slot.active ? tr("active") : tr("⚠ inactive"));
        item->setForeground(StateColumn, slot.active ? QBrush() : QBrush(theme::color(ThemeRole::CriticalText)));
        item->setText(LagColumn, slot.walStatus.isEmpty() ? QString() : tr("WAL %1").arg(slot.walStatus));
        item->setText(BytesColumn, tr("retains %1").arg(bytes(slot.retainedBytes)));
    }
    while (m_tree->topLevelItemCount() > n)
        delete m_tree->takeTopLevelItem(n);
    for (int c = 0; c < BytesColumn; ++c)
        m_tree->resizeColumnToContents(c);
    fitHeight(m_tree, n, VisibleRows);
    QString summary = r->inRecovery ? tr("Replication (server): standby") : tr("Replication (server): primary");
    summary += QStringLiteral(" · ") + tr("%n standby(s)", nullptr, int(r->standbys.size()));
    summary += QStringLiteral(" · ") + tr("%n slot(s)", nullptr, int(r->replicationSlots.size()));
    if (const int inactive = r->inactiveSlotCount())
        summary += QStringLiteral(" · ") + tr("%n inactive: WAL piles up until it is used or dropped", nullptr, inactive);
    m_summary->setText(summary);
    setVisible(true);
}

} // namespace dbpulse
