// What counts as waiting, blocking and root blocker, and where each session sits in the tree.
#include "core/metrics/lockgraph.h"

#include <QJsonDocument>
#include <QTest>

using namespace dbpulse;

namespace {

/// "pid:blocker,blocker pid: …" — a session per word, its blockers after the colon.
QList<BlockedSession> sessions(const QString &spec)
{
    QList<BlockedSession> out;
    for (const QString &word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        BlockedSession s;
        const QStringList parts = word.split(QLatin1Char(':'));
        s.pid = parts.at(0).toInt();
        for (const QString &b : parts.value(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            s.blockedBy << b.toInt();
        out << s;
    }
    return out;
}

/// The tree as "pid(child child(grandchild)) pid", tops and children in the graph's order.
QString render(const LockGraph &g, int index)
{
    const LockGraph::Node &n = g.nodes().at(index);
    QString out = QString::number(n.session.pid);
    if (n.children.isEmpty())
        return out;
    QStringList children;
    for (int c : n.children)
        children << render(g, c);
    return out + QLatin1Char('(') + children.join(QLatin1Char(' ')) + QLatin1Char(')');
}

QString render(const LockGraph &g)
{
    QStringList tops;
    for (int t : g.tops())
        tops << render(g, t);
    return tops.join(QLatin1Char(' '));
}

} // namespace

class TestLockGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("waiting");
        QTest::addColumn<int>("blocking");
        QTest::addColumn<int>("roots");
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QString>("rootPids");

        QTest::newRow("nobody") << "" << 0 << 0 << 0 << "" << "";
        QTest::newRow("one waiter") << "10 11:10" << 1 << 1 << 1 << "10(11)" << "10";
        // A holds; B waits on A; C waits on a lock B holds: one root, two waiting, two blocking.
        QTest::newRow("chain of three") << "10 11:10 12:11" << 2 << 2 << 1 << "10(11(12))" << "10";
        // C queued behind B for A's lock: pg_blocking_pids(C) names both; C sits under B.
        QTest::newRow("queued behind a waiter") << "10 11:10 12:10,11" << 2 << 2 << 1 << "10(11(12))" << "10";
        // The issue's case: one root, three waiters in a chain — not "3 blocking".
        QTest::newRow("root and three in a chain") << "10 11:10 12:11 13:12" << 3 << 3 << 1 << "10(11(12(13)))" << "10";
        QTest::newRow("fan out") << "10 11:10 12:10 13:10" << 3 << 1 << 1 << "10(11 12 13)" << "10";
        QTest::newRow("two roots, worst first") << "20 21:20 10 11:10 12:10" << 3 << 2 << 2 << "10(11 12) 20(21)" << "10 20";
        // A deadlock the detector has not broken yet: nobody is a root; one of them is on top.
        QTest::newRow("cycle") << "10:11 11:10" << 2 << 2 << 0 << "11(10)" << "";
        // A blocker the query could not describe (ended, or a prepared transaction: pid 0).
        QTest::newRow("unlisted blocker") << "11:0" << 1 << 1 << 1 << "0(11)" << "0";
    }

    void counts()
    {
        QFETCH(QString, spec);
        const LockGraph g(sessions(spec));
        QTEST(g.waitingCount(), "waiting");
        QTEST(g.blockingCount(), "blocking");
        QTEST(g.rootBlockerCount(), "roots");
        QTEST(render(g), "tree");
        QStringList roots;
        for (int t : g.tops()) {
            if (g.nodes().at(t).rootBlocker)
                roots << QString::number(g.nodes().at(t).session.pid);
        }
        QTEST(roots.join(QLatin1Char(' ')), "rootPids");
    }

    void cycleTopIsMarked()
    {
        const LockGraph g(sessions(QStringLiteral("10:11 11:10")));
        QCOMPARE(g.tops().size(), 1);
        QVERIFY(g.nodes().at(g.tops().first()).inCycle);
    }

    void unlistedBlockerIsUnknown()
    {
        const LockGraph g(sessions(QStringLiteral("11:77")));
        const int i = g.indexOf(77);
        QVERIFY(i >= 0);
        QVERIFY(!g.nodes().at(i).session.known);
    }

    void fromServerJson()
    {
        const QByteArray json = R"([
          {"pid": 10, "blocked_by": [], "known": true, "wait_s": null, "xact_s": 12.5, "state": "idle in transaction",
           "wait_event_type": "Client", "wait_event": "ClientRead", "user": "alice", "database": "shop",
           "backend_start": "1765000000.123456", "query": "UPDATE t SET v = 1"},
          {"pid": 11, "blocked_by": [10], "known": true, "wait_s": 3.25, "xact_s": 3.3, "state": "active",
           "wait_event_type": "Lock", "wait_event": "transactionid", "user": "bob", "database": "shop",
           "backend_start": "1765000001.5", "query": "UPDATE t SET v = 2"}])";
        const QList<BlockedSession> s = blockedSessionsFromJson(QJsonDocument::fromJson(json).array());
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).pid, 10);
        QVERIFY(s.at(0).blockedBy.isEmpty());
        QCOMPARE(s.at(0).transactionSeconds.value_or(0), 12.5);
        QCOMPARE(s.at(0).backendStart, QStringLiteral("1765000000.123456"));
        QCOMPARE(s.at(1).blockedBy, QList<int>{10});
        QCOMPARE(s.at(1).waitSeconds, 3.25);
        QCOMPARE(s.at(1).waitEventType, QStringLiteral("Lock"));
        QCOMPARE(s.at(1).database, QStringLiteral("shop"));
        QCOMPARE(s.at(1).user, QStringLiteral("bob"));
    }
};

QTEST_GUILESS_MAIN(TestLockGraph)
#include "tst_lockgraph.moc"
