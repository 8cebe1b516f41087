#pragma once

#include "core/metrics/replicationstatus.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace dbpulse {

/// \brief The dashboard's replication panel (the server's, not a database's): each standby with
/// its write/flush/replay lag in time and bytes, each replication slot with the WAL it retains
/// (inactive slots flagged), and on a standby its own WAL receiver and replay delay. Shown only
/// when there is something to show. GUI thread.
class ReplicationPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, LagColumn, BytesColumn, ColumnCount };

    explicit ReplicationPanel(QWidget *parent = nullptr);

    /// Shows \a replication (nullptr or nothing to show: hidden).
    void setReplication(const ReplicationStatus *replication);
    QTreeWidget *tree() const { return m_tree; }
    QString summaryText() const;

private:
    QTreeWidgetItem *row(int index);

    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace dbpulse
