// Replication figures against a real streaming standby (pg_basebackup -R of this program's own
// cluster): the primary's sample shows the standby with its lag and the slots (an inactive one
// flagged), the standby's sample its WAL receiver streaming and its replay delay, and `watch`
// prints both. OWN_CLUSTER: it changes pg_hba and adds a role with REPLICATION.
#include "core/db/target.h"
#include "core/monitor/servermonitor.h"
#include "tests/support/plainconnection.h"
#include "tests/support/standbycluster.h"
#include "tests/support/testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace dbpulse;
using test::PlainConnection;

namespace {

const QString standbySlot = QStringLiteral("dbpulse_standby_slot");
const QString idleSlot = QStringLiteral("dbpulse_idle_slot");

const ReplicationSlotInfo *findSlot(const ReplicationStatus &r, const QString &name)
{
    for (const ReplicationSlotInfo &s : r.replicationSlots) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

Target targetFor(const QString &conninfo)
{
    return parseTarget(conninfo).target.value_or(Target{});
}

QJsonObject lastJsonLine(QProcess &p)
{
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

class TestReplication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PlainConnection admin(cluster->uri());
        QVERIFY2(admin.ok(), qPrintable(admin.error()));
        m_writer = std::make_unique<PlainConnection>(cluster->uri());
        QCOMPARE(m_writer->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS replicated (id serial, v text)")), QString());

        // Nothing to show yet: no standby, no slot.
        const MetricsSample before = sampleOf(cluster->uri(), [](const MetricsSample &) { return true; });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(before.replication.isEmpty());
        QVERIFY(!before.replication.inRecovery);

        // A role that may replicate, and the pg_hba line that lets it in for replication.
        QCOMPARE(admin.exec(QStringLiteral("CREATE ROLE replicator WITH REPLICATION LOGIN")), QString());
        QFile hba(cluster->dataDir() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local replication replicator trust\n" + rules);
        hba.close();
        QCOMPARE(admin.exec(QStringLiteral("SELECT pg_reload_conf()")), QString());
        // A slot nobody uses: it keeps WAL from now on.
        QCOMPARE(admin.exec(QStringLiteral("SELECT pg_create_physical_replication_slot('%1', true)").arg(idleSlot)), QString());

        QString error;
        QVERIFY2(m_standby.create(*cluster, QStringLiteral("replicator"), standbySlot, &error), qPrintable(error));
    }

    void primaryShowsTheStandbyAndSlots()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        // Lag in time is measured only while WAL flows: keep writing until the standby reported one.
        const MetricsSample s = sampleOf(cluster->uri(), [](const MetricsSample &m) {
            return m.replication.standbys.size() == 1 && m.replication.standbys.first().state == QLatin1String("streaming")
                && m.replication.standbys.first().replayLagSeconds.has_value();
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!s.replication.inRecovery);
        QVERIFY(!s.replication.standby.has_value());
        QCOMPARE(s.replication.standbys.size(), 1);
        const ReplicaInfo &r = s.replication.standbys.first();
        QCOMPARE(r.applicationName, QStringLiteral("dbpulse_standby"));
        QCOMPARE(r.syncState, QStringLiteral("async"));
        QVERIFY(r.writeLagBytes.has_value() && *r.writeLagBytes >= 0);
        QVERIFY(r.flushLagBytes.has_value() && *r.flushLagBytes >= 0);
        QVERIFY(r.replayLagBytes.has_value() && *r.replayLagBytes >= 0);
        QVERIFY(*r.replayLagSeconds >= 0);

        const ReplicationSlotInfo *used = findSlot(s.replication, standbySlot);
        QVERIFY(used);
        QVERIFY(used->active);
        QCOMPARE(used->type, QStringLiteral("physical"));
        const ReplicationSlotInfo *idle = findSlot(s.replication, idleSlot);
        QVERIFY(idle);
        QVERIFY(!idle->active);
        QCOMPARE(s.replication.inactiveSlotCount(), 1);
        QVERIFY(idle->retainedBytes.has_value() && *idle->retainedBytes > 0); // the WAL written since
    }

    void standbyShowsItsReceiver()
    {
        const MetricsSample s = sampleOf(m_standby.conninfo(), [](const MetricsSample &m) {
            return m.replication.standby && m.replication.standby->receiverStatus == QLatin1String("streaming")
                && m.replication.standby->replayDelaySeconds.has_value();
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(s.replication.inRecovery);
        const StandbyStatus &st = *s.replication.standby;
        QCOMPARE(st.slotName, standbySlot);
        QVERIFY(st.receivedNotReplayedBytes.has_value() && *st.receivedNotReplayedBytes >= 0);
        QVERIFY(*st.replayDelaySeconds >= 0);
        QVERIFY(st.lastMessageAgeSeconds.has_value());
    }

    void watchPrintsReplication()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QProcess jsonl;
        jsonl.start(qEnvironmentVariable("DBPULSE_CLI"),
                    {QStringLiteral("watch"), cluster->uri(), QStringLiteral("--interval"), QStringLiteral("0.5"),
                     QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY(jsonl.waitForFinished(30000));
        QVERIFY2(jsonl.exitCode() == 0, jsonl.readAllStandardError().constData());
        const QJsonObject o = lastJsonLine(jsonl);
        QCOMPARE(o.value(QLatin1String("replicas")).toInt(), 1);
        const QJsonObject rep = o.value(QLatin1String("replication")).toObject();
        QCOMPARE(rep.value(QLatin1String("in_recovery")).toBool(true), false);
        QVERIFY(rep.value(QLatin1String("standby")).isNull());
        const QJsonObject standby = rep.value(QLatin1String("standbys")).toArray().first().toObject();
        for (const char *key : {"write_lag_s", "flush_lag_s", "replay_lag_s"})
            QVERIFY2(standby.contains(QLatin1String(key)), key);
        for (const char *key : {"write_lag_bytes", "flush_lag_bytes", "replay_lag_bytes"})
            QVERIFY2(standby.value(QLatin1String(key)).isDouble(), key);
        bool sawIdle = false;
        for (const QJsonValue &v : rep.value(QLatin1String("slots")).toArray()) {
            const QJsonObject slot = v.toObject();
            if (slot.value(QLatin1String("slot_name")).toString() == idleSlot) {
                sawIdle = true;
                QVERIFY(slot.value(QLatin1String("inactive")).toBool());
                QVERIFY(slot.value(QLatin1String("retained_bytes")).toDouble() > 0);
            }
        }
        QVERIFY(sawIdle);

        QProcess onStandby;
        onStandby.start(qEnvironmentVariable("DBPULSE_CLI"),
                        {QStringLiteral("watch"), m_standby.conninfo(), QStringLiteral("--interval"), QStringLiteral("0.5"),
                         QStringLiteral("--duration"), QStringLiteral("2")});
        QVERIFY(onStandby.waitForFinished(30000));
        const QString table = QString::fromUtf8(onStandby.readAllStandardOutput());
        QVERIFY2(table.contains(QLatin1String("replication (server): this server is a standby: receiver streaming")),
                 qPrintable(table + QString::fromUtf8(onStandby.readAllStandardError())));
    }

private:
    /// The first sample of \a conninfo for which \a good holds, writing to the primary meanwhile.
    MetricsSample sampleOf(const QString &conninfo, const std::function<bool(const MetricsSample &)> &good)
    {
        ServerMonitor monitor(targetFor(conninfo), {});
        QSignalSpy samples(&monitor, &ServerMonitor::metricsSampled);
        QTimer writes;
        connect(&writes, &QTimer::timeout, this, [this] {
            m_writer->exec(QStringLiteral("INSERT INTO replicated (v) SELECT md5(g::text) FROM generate_series(1, 200) g"));
        });
        writes.start(100);
        monitor.setIntervalMs(250);
        monitor.start();
        MetricsSample found;
        const auto matched = [&] {
            for (const QList<QVariant> &args : std::as_const(samples)) {
                const MetricsSample s = args.at(0).value<MetricsSample>();
                if (good(s)) {
                    found = s;
                    return true;
                }
            }
            return false;
        };
        [&] { QTRY_VERIFY2_WITH_TIMEOUT(matched(), qPrintable(m_standby.serverLogTail()), 30000); }();
        return found;
    }

    test::StandbyCluster m_standby;
    std::unique_ptr<PlainConnection> m_writer;
};

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
