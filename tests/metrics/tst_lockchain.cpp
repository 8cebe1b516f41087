// A real three-session lock chain in this test's own database: one root blocker, two waiting,
// the tree with the holder at the root — in the sample, in `watch --format jsonl` and the table.
// The cluster may be shared with other programs, so every server-wide figure is narrowed to this
// database (datname = current_database(); the graph's nodes by their database).
#include "core/db/target.h"
#include "core/metrics/lockgraph.h"
#include "core/monitor/servermonitor.h"
#include "tests/support/clirun.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace dbpulse;
using test::PlainConnection;

namespace {

const QString database = QStringLiteral("lockchain");

QList<BlockedSession> ownDatabaseOnly(const QList<BlockedSession> &all)
{
    QList<BlockedSession> mine;
    for (const BlockedSession &s : all) {
        if (s.database == database)
            mine << s;
    }
    return mine;
}

/// The node of \a pid anywhere in the jsonl tree, or an empty object.
QJsonObject findNode(const QJsonArray &nodes, int pid)
{
    for (const QJsonValue &v : nodes) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("pid")).toInt() == pid)
            return o;
        const QJsonObject below = findNode(o.value(QLatin1String("waiters")).toArray(), pid);
        if (!below.isEmpty())
            return below;
    }
    return {};
}

} // namespace

class TestLockChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(!test::freshDatabase(cluster, database).isEmpty());
        PlainConnection db(cluster->uri(database));
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE held (id int); CREATE TABLE queued (id int)")), QString());
        m_uri = cluster->uri(database);
    }

    void init()
    {
        // A holds "held"; B holds "queued" and waits for "held"; C waits for "queued" (B's).
        m_a = std::make_unique<PlainConnection>(m_uri);
        m_b = std::make_unique<PlainConnection>(m_uri);
        m_c = std::make_unique<PlainConnection>(m_uri);
        m_sleeper = std::make_unique<PlainConnection>(m_uri);
        QCOMPARE(m_a->exec(QStringLiteral("BEGIN; LOCK TABLE held IN ACCESS EXCLUSIVE MODE")), QString());
        QCOMPARE(m_b->exec(QStringLiteral("BEGIN; LOCK TABLE queued IN ACCESS EXCLUSIVE MODE")), QString());
        QVERIFY(m_b->send(QStringLiteral("LOCK TABLE held IN ACCESS EXCLUSIVE MODE")));
        QVERIFY(m_c->send(QStringLiteral("BEGIN; LOCK TABLE queued IN ACCESS EXCLUSIVE MODE")));
        // Waiting, but not on a lock: a Timeout wait, never "active".
        // Its text carries a terminal escape (set the window title) and a line break, as a hostile
        // role's query might: a table must print neither.
        QVERIFY(m_sleeper->send(QStringLiteral("SELECT pg_sleep(600) /* \x1b]0;owned\x07\nnext */")));
        QTRY_COMPARE_WITH_TIMEOUT(test::queryValue(m_uri, "SELECT count(*) FROM pg_catalog.pg_stat_activity "
                                                          "WHERE datname = current_database() AND wait_event_type = 'Lock'"),
                                  QByteArray("2"), 10000);
    }

    void cleanup()
    {
        m_sleeper.reset();
        m_c.reset();
        m_b.reset();
        m_a.reset();
    }

    void sampleHasOneRootBlocker()
    {
        ServerMonitor monitor(parseTarget(m_uri).target.value_or(Target{}), {});
        QSignalSpy samples(&monitor, &ServerMonitor::metricsSampled);
        monitor.setIntervalMs(300);
        monitor.start();
        MetricsSample s;
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty()
                                     && LockGraph(ownDatabaseOnly((s = samples.last().at(0).value<MetricsSample>()).blocking))
                                            .waitingCount() == 2
                                     && s.connections.waitingByType.value(QStringLiteral("Timeout")) >= 1,
                                 15000);

        // Waiting: the two sessions pg_blocking_pids names a blocker for (B and C); B also blocks.
        const LockGraph graph(ownDatabaseOnly(s.blocking));
        QCOMPARE(graph.rootBlockerCount(), 1);
        QCOMPARE(graph.waitingCount(), 2);
        QCOMPARE(graph.blockingCount(), 2);
        QCOMPARE(graph.tops().size(), 1);
        const LockGraph::Node &root = graph.nodes().at(graph.tops().first());
        QCOMPARE(root.session.pid, m_a->pid());
        QVERIFY(root.rootBlocker);
        QCOMPARE(root.session.user, cluster()->superuser());
        QVERIFY(!root.session.backendStart.isEmpty());
        QCOMPARE(root.children.size(), 1);
        const LockGraph::Node &b = graph.nodes().at(root.children.first());
        QCOMPARE(b.session.pid, m_b->pid());
        QCOMPARE(b.session.waitEventType, QStringLiteral("Lock"));
        QVERIFY(b.session.waitSeconds > 0);
        QVERIFY(b.session.query.contains(QLatin1String("LOCK TABLE held")));
        QCOMPARE(b.children.size(), 1);
        QCOMPARE(graph.nodes().at(b.children.first()).session.pid, m_c->pid());

        // Server-wide counts: at least ours, and waiting is never counted as active.
        const ConnectionCounts &c = s.connections;
        QVERIFY(c.waitingByType.value(QStringLiteral("Lock")) >= 2);
        int split = 0;
        for (int n : c.waitingByType)
            split += n;
        QCOMPARE(split, c.waiting);
        QVERIFY(c.active + c.waiting + c.idle + c.idleInTransaction <= c.total);
    }

    void watchShowsTheTree()
    {
        QProcess p;
        p.start(qEnvironmentVariable("DBPULSE_CLI"),
                {QStringLiteral("watch"), m_uri, QStringLiteral("--interval"), QStringLiteral("0.5"),
                 QStringLiteral("--duration"), QStringLiteral("2.5"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        const QJsonObject blocking = last.value(QLatin1String("blocking")).toObject();
        QVERIFY(blocking.value(QLatin1String("root_blockers")).toInt() >= 1);
        const QJsonArray tree = blocking.value(QLatin1String("tree")).toArray();
        // Our root is at the top of the tree, not below anybody.
        QJsonObject a;
        for (const QJsonValue &v : tree) {
            if (v.toObject().value(QLatin1String("pid")).toInt() == m_a->pid())
                a = v.toObject();
        }
        QVERIFY2(!a.isEmpty(), lines.last().constData());
        QVERIFY(a.value(QLatin1String("root_blocker")).toBool());
        QVERIFY(a.value(QLatin1String("parent")).isNull());
        QCOMPARE(a.value(QLatin1String("database")).toString(), database);
        const QJsonArray aWaiters = a.value(QLatin1String("waiters")).toArray();
        QCOMPARE(aWaiters.size(), 1);
        const QJsonObject b = aWaiters.first().toObject();
        QCOMPARE(b.value(QLatin1String("pid")).toInt(), m_b->pid());
        QCOMPARE(b.value(QLatin1String("parent")).toInt(), m_a->pid());
        QVERIFY(b.value(QLatin1String("wait_s")).toDouble() > 0);
        const QJsonObject c = findNode(b.value(QLatin1String("waiters")).toArray(), m_c->pid());
        QCOMPARE(c.value(QLatin1String("parent")).toInt(), m_b->pid());
        QCOMPARE(c.value(QLatin1String("blocked_by")).toArray(), QJsonArray{m_b->pid()});
        QVERIFY(last.value(QLatin1String("connections")).toObject().value(QLatin1String("waiting_by_type"))
                    .toObject().value(QLatin1String("Lock")).toInt() >= 2);

        QProcess table;
        table.start(qEnvironmentVariable("DBPULSE_CLI"),
                    {QStringLiteral("watch"), m_uri, QStringLiteral("--interval"), QStringLiteral("0.5"),
                     QStringLiteral("--duration"), QStringLiteral("2.5")});
        QVERIFY(table.waitForFinished(30000));
        const QString out = QString::fromUtf8(table.readAllStandardOutput());
        const QString rootText = QStringLiteral("pid %1 (%2@%3").arg(m_a->pid()).arg(cluster()->superuser(), database);
        QVERIFY2(out.contains(QLatin1String("  locks: ")) && out.contains(rootText), qPrintable(out));
    }

    // The on-call commands over the same chain: `locks` draws the tree (root, then B, then C under
    // B) within 80 columns, and its jsonl is watch's "blocking"; `sessions` lists the four
    // sessions of this database, the waits by name, and leaves idle ones out unless --all.
    void locksAndSessionsCommands()
    {
        const auto cli = [](const QStringList &args) { return test::runCli(args, 30000); };
        const auto locks = cli({QStringLiteral("locks"), m_uri});
        QVERIFY2(locks.exitCode == 0, qPrintable(locks.err));
        const QStringList lines = locks.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 80, qPrintable(line));
        const auto rowOf = [&](int pid, const QString &prefix) {
            for (int i = 0; i < lines.size(); ++i) {
                if (lines.at(i).startsWith(prefix + QString::number(pid) + QLatin1Char(' ')))
                    return i;
            }
            return -1;
        };
        const int a = rowOf(m_a->pid(), QString());
        const int b = rowOf(m_b->pid(), QStringLiteral("└ "));
        const int c = rowOf(m_c->pid(), QStringLiteral("  └ "));
        QVERIFY2(a >= 0 && b == a + 1 && c == b + 1, qPrintable(locks.out));
        QVERIFY2(lines.at(a).contains(QLatin1String("[root blocker]")), qPrintable(lines.at(a)));
        QVERIFY2(lines.at(b).contains(QLatin1String("Lock: relation")), qPrintable(lines.at(b)));

        const auto jsonl = cli({QStringLiteral("locks"), m_uri, QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(jsonl.exitCode, 0);
        const QJsonObject blocking = QJsonDocument::fromJson(jsonl.out.trimmed().toUtf8()).object();
        const QJsonObject bNode = findNode(blocking.value(QLatin1String("tree")).toArray(), m_b->pid());
        QCOMPARE(bNode.value(QLatin1String("parent")).toInt(), m_a->pid());

        const auto sessions = cli({QStringLiteral("sessions"), m_uri, QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY2(sessions.exitCode == 0, qPrintable(sessions.err));
        QHash<int, QJsonObject> byPid;
        for (const QString &line : sessions.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QLatin1String("database")).toString() == database)
                byPid.insert(o.value(QLatin1String("pid")).toInt(), o);
        }
        QCOMPARE(byPid.size(), 4); // A idle in transaction, B and C waiting, the sleeper
        QCOMPARE(byPid.value(m_b->pid()).value(QLatin1String("wait_event")).toString(), QStringLiteral("Lock: relation"));
        QCOMPARE(byPid.value(m_a->pid()).value(QLatin1String("state")).toString(), QStringLiteral("idle in transaction"));
        QVERIFY(byPid.value(m_sleeper->pid()).value(QLatin1String("query")).toString().contains(QLatin1String("pg_sleep(600)")));

        PlainConnection idle(m_uri);
        QVERIFY(idle.ok());
        const auto table = cli({QStringLiteral("sessions"), m_uri});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(!table.out.contains(QStringLiteral("%1 ").arg(idle.pid()).prepend(QLatin1Char('\n'))), qPrintable(table.out));
        QVERIFY2(table.out.contains(QLatin1String(" idle not shown (--all shows them)")), qPrintable(table.out));
        for (const QString &line : table.out.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 80, qPrintable(line));
        const auto wideTable = cli({QStringLiteral("sessions"), m_uri, QStringLiteral("--wide")});
        QVERIFY2(wideTable.out.contains(QStringLiteral("pg_sleep(600) /* \uFFFD]0;owned\uFFFD next */")), qPrintable(wideTable.out));
        QVERIFY(!wideTable.out.contains(QChar(0x1b)) && !wideTable.out.contains(QChar(0x07)));
        const auto all = cli({QStringLiteral("sessions"), m_uri, QStringLiteral("--all")});
        QVERIFY2(all.out.contains(QStringLiteral("\n%1 ").arg(idle.pid())), qPrintable(all.out));
    }

private:
    static LocalCluster *cluster()
    {
        QString reason;
        return test::sharedCluster(&reason);
    }

    QString m_uri;
    std::unique_ptr<PlainConnection> m_a, m_b, m_c, m_sleeper;
};

QTEST_GUILESS_MAIN(TestLockChain)
#include "tst_lockchain.moc"
