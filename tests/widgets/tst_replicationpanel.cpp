// The dashboard's replication panel: hidden with nothing to show, one row per standby (lag in
// time and bytes), per slot (inactive flagged), and a standby's own receiver.
#include "models/statustext.h"
#include "widgets/replicationpanel.h"

#include <QTest>
#include <QTreeWidget>

using namespace dbpulse;

class TestReplicationPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenWithNothingToShow()
    {
        ReplicationPanel panel;
        ReplicationStatus none;
        panel.setReplication(&none);
        QVERIFY(panel.isHidden());
        panel.setReplication(nullptr);
        QVERIFY(panel.isHidden());
    }

    void primaryWithStandbyAndSlots()
    {
        ReplicationStatus r;
        ReplicaInfo standby;
        standby.applicationName = QStringLiteral("replica1");
        standby.clientAddr = QStringLiteral("10.0.0.7");
        standby.state = QStringLiteral("streaming");
        standby.syncState = QStringLiteral("async");
        standby.writeLagSeconds = 0.25;
        standby.replayLagSeconds = 1.5;
        standby.writeLagBytes = 0;
        standby.flushLagBytes = 0;
        standby.replayLagBytes = 2048;
        r.standbys << standby;
        ReplicationSlotInfo used{QStringLiteral("replica1_slot"), QStringLiteral("physical"), {}, true, 4096, QStringLiteral("reserved")};
        ReplicationSlotInfo idle{QStringLiteral("forgotten"), QStringLiteral("logical"), QStringLiteral("shop"), false,
                                 qint64(3) << 30, QStringLiteral("extended")};
        r.replicationSlots << used << idle;

        ReplicationPanel panel;
        panel.setReplication(&r);
        QVERIFY(!panel.isHidden());
        QTreeWidget *tree = panel.tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        const QTreeWidgetItem *s = tree->topLevelItem(0);
        QCOMPARE(s->text(ReplicationPanel::NameColumn), QStringLiteral("Standby replica1 (10.0.0.7)"));
        QCOMPARE(s->text(ReplicationPanel::StateColumn), QStringLiteral("streaming, async"));
        QVERIFY(s->text(ReplicationPanel::LagColumn).contains(QStringLiteral("—"))); // flush lag unknown
        QVERIFY(s->text(ReplicationPanel::LagColumn).endsWith(QLatin1String("1.5 s")));
        QVERIFY(s->text(ReplicationPanel::BytesColumn).endsWith(QLatin1String("2.00 KiB")));
        const QTreeWidgetItem *forgotten = tree->topLevelItem(2);
        QCOMPARE(forgotten->text(ReplicationPanel::NameColumn), QStringLiteral("Slot forgotten (logical, shop)"));
        QCOMPARE(forgotten->text(ReplicationPanel::StateColumn), QStringLiteral("⚠ inactive"));
        QCOMPARE(forgotten->text(ReplicationPanel::BytesColumn), QStringLiteral("retains 3.00 GiB"));
        QVERIFY(panel.summaryText().contains(QLatin1String("1 inactive")));
        QVERIFY(panel.summaryText().contains(QLatin1String("(server)")));

        // Fewer rows next time: the extra ones go.
        r.replicationSlots.clear();
        panel.setReplication(&r);
        QCOMPARE(tree->topLevelItemCount(), 1);
    }

    void standbyShowsItsReceiver()
    {
        ReplicationStatus r;
        r.inRecovery = true;
        StandbyStatus st;
        st.receiverStatus = QStringLiteral("streaming");
        st.senderHost = QStringLiteral("primary.example");
        st.senderPort = 5432;
        st.replayDelaySeconds = 4.0;
        st.receivedNotReplayedBytes = 0;
        r.standby = st;
        ReplicationPanel panel;
        panel.setReplication(&r);
        QVERIFY(!panel.isHidden());
        const QTreeWidgetItem *row = panel.tree()->topLevelItem(0);
        QCOMPARE(row->text(ReplicationPanel::NameColumn), QStringLiteral("This server is a standby of primary.example:5432"));
        QCOMPARE(row->text(ReplicationPanel::StateColumn), QStringLiteral("streaming"));
        QVERIFY(row->text(ReplicationPanel::LagColumn).contains(QLatin1String("4.0 s")));
    }
};

QTEST_MAIN(TestReplicationPanel)
#include "tst_replicationpanel.moc"
