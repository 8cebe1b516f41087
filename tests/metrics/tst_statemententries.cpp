// The client's copy of pg_stat_statements behind changed-only reads: whatever changed on the server
// (nothing, calls, new entries, evictions, resets, restarts), the snapshot built from the copy plus
// the changed rows must equal the snapshot a full read would give, or the copy must ask for one.
#include "core/metrics/statementdelta.h"
#include "core/metrics/statemententries.h"

#include <QTest>

using namespace dbpulse;

namespace {

struct Row
{
    qint64 queryId = 0;
    quint32 userId = 0;
    quint32 dbId = 0;
    qint64 calls = 0;
    double totalMs = 0;
};

struct Server
{
    double now = 1000;
    double postmaster = 1;
    qint64 dealloc = 0;
    double reset = 0;
    QList<Row> rows;
};

// The columns of MetricsQueries::statements(); squares and bounds follow from calls and total so a
// change of either shows in the interval.
QueryResult resultOf(const Server &server, const QList<Row> &rows)
{
    QueryResult r;
    r.ok = true;
    r.columns = QStringList{QStringLiteral("now_s"), QStringLiteral("postmaster_s"), QStringLiteral("dealloc"),
                            QStringLiteral("reset_s"), QStringLiteral("queryid"), QStringLiteral("userid"),
                            QStringLiteral("dbid"), QStringLiteral("calls"), QStringLiteral("total_ms"),
                            QStringLiteral("squares"), QStringLiteral("min_ms"), QStringLiteral("max_ms"),
                            QStringLiteral("rows"), QStringLiteral("blks_hit"), QStringLiteral("blks_read")};
    const QVariantList header{server.now, server.postmaster, server.dealloc, server.reset};
    if (rows.isEmpty()) // the LEFT JOIN keeps the header when nothing changed
        r.rows << (header + QVariantList(11, QVariant()));
    for (const Row &row : rows) {
        const double mean = row.totalMs / double(row.calls);
        r.rows << (header + QVariantList{row.queryId, row.userId, row.dbId, row.calls, row.totalMs,
                                         double(row.calls) * (0.25 + mean * mean), mean / 2, mean * 2, row.calls,
                                         2 * row.calls, row.calls / 4});
    }
    return r;
}

QList<qint64> parseArray(const QVariant &literal)
{
    QList<qint64> values;
    const QString text = literal.toString().mid(1).chopped(1);
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values << part.toLongLong();
    return values;
}

// What the statements query returns for the client's parameters: the entries whose
// (queryid, userid, dbid, calls) the client does not hold.
QList<Row> changedRows(const Server &server, const QVariantList &known)
{
    const QList<qint64> queryIds = parseArray(known.at(0)), userIds = parseArray(known.at(1)),
                        dbIds = parseArray(known.at(2)), calls = parseArray(known.at(3));
    QList<Row> changed;
    for (const Row &row : server.rows) {
        bool held = false;
        for (int i = 0; i < queryIds.size() && !held; ++i)
            held = queryIds.at(i) == row.queryId && userIds.at(i) == row.userId && dbIds.at(i) == row.dbId
                   && calls.at(i) == row.calls;
        if (!held)
            changed << row;
    }
    return changed;
}

StatementsSnapshot fullSnapshot(const Server &server)
{
    StatementEntries entries;
    entries.apply(resultOf(server, server.rows), true);
    return entries.snapshot();
}

void compareSnapshots(const StatementsSnapshot &a, const StatementsSnapshot &b)
{
    QCOMPARE(a.serverTime, b.serverTime);
    QCOMPARE(a.dealloc, b.dealloc);
    QCOMPARE(a.statsReset, b.statsReset);
    QCOMPARE(a.entries.keys().size(), b.entries.keys().size());
    for (auto it = b.entries.cbegin(); it != b.entries.cend(); ++it) {
        QVERIFY2(a.entries.contains(it.key()), qPrintable(QStringLiteral("%1/%2/%3").arg(it.key().queryId)
                                                              .arg(it.key().userId).arg(it.key().dbId)));
        const StatementCounters &x = a.entries.value(it.key());
        QCOMPARE(x.calls, it->calls);
        QCOMPARE(x.totalMs, it->totalMs);
        QCOMPARE(x.meanMs, it->meanMs);
        QVERIFY(qAbs(x.stddevMs - it->stddevMs) < 1e-9);
        QCOMPARE(x.minMs, it->minMs);
        QCOMPARE(x.maxMs, it->maxMs);
        QCOMPARE(x.rows, it->rows);
        QCOMPARE(x.sharedBlksHit, it->sharedBlksHit);
    }
}

Server before()
{
    Server s;
    // queryid 1 runs as two users; 2 and 3 as one.
    s.rows = {{1, 10, 5, 5, 50}, {1, 11, 5, 3, 9}, {2, 10, 5, 7, 70}, {3, 10, 5, 1, 4}};
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Server)

class TestStatementEntries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changedOnlyEqualsFullRead_data()
    {
        QTest::addColumn<Server>("after");
        QTest::addColumn<int>("shipped");          // rows the changed-only read returns
        QTest::addColumn<bool>("applies");         // false: the copy asks for a full read
        QTest::addColumn<QList<qint64>>("active"); // queryids with calls in the interval
        QTest::addColumn<QString>("gap");          // expected gap reason fragment, empty when valid

        Server s = before();
        s.now += 1;
        QTest::newRow("unchanged") << s << 0 << true << QList<qint64>{} << QString();

        s = before();
        s.now += 1;
        s.rows[1] = {1, 11, 5, 6, 21}; // the second user of queryid 1 ran it 3 more times
        s.rows[2] = {2, 10, 5, 8, 90};
        QTest::newRow("changed") << s << 2 << true << QList<qint64>{1, 2} << QString();

        s = before();
        s.now += 1;
        s.rows << Row{4, 10, 5, 2, 8} << Row{1, 12, 5, 1, 3}; // a new queryid and a new user of queryid 1
        QTest::newRow("new") << s << 2 << true << QList<qint64>{1, 4} << QString();

        s = before();
        s.now += 1;
        s.rows[0] = {1, 10, 5, 6, 60};
        s.rows.removeAt(3); // queryid 3 evicted
        s.dealloc = 1;
        QTest::newRow("evicted") << s << 1 << false << QList<qint64>{} << QStringLiteral("evicted 1");

        s = before();
        s.now += 1;
        s.rows = {{1, 10, 5, 2, 20}};
        s.reset = 999.5;
        QTest::newRow("reset") << s << 1 << false << QList<qint64>{} << QStringLiteral("reset");

        s = before();
        s.now += 1;
        s.postmaster = 2; // pg_stat_statements keeps its entries over a clean restart
        s.rows[0] = {1, 10, 5, 6, 60};
        QTest::newRow("restart") << s << 1 << false << QList<qint64>{} << QStringLiteral("restarted");

        s = before();
        s.now += 1;
        s.rows[3] = {3, 10, 5, 1, 5}; // removed alone and re-created with the same calls: not shipped
        QTest::newRow("same calls re-created") << s << 0 << true << QList<qint64>{} << QString();
    }

    void changedOnlyEqualsFullRead()
    {
        QFETCH(Server, after);
        QFETCH(int, shipped);
        QFETCH(bool, applies);
        QFETCH(QList<qint64>, active);
        QFETCH(QString, gap);

        const Server first = before();
        StatementEntries entries;
        QVERIFY(entries.needsFullRead());
        const QVariantList empty = entries.knownParameters();
        QCOMPARE(changedRows(first, empty).size(), first.rows.size()); // empty arrays read everything
        QVERIFY(entries.apply(resultOf(first, first.rows), true));
        QCOMPARE(entries.entryCount(), 4);
        const StatementsSnapshot previous = entries.snapshot();
        compareSnapshots(previous, fullSnapshot(first));

        QVERIFY(!entries.needsFullRead());
        const QList<Row> changed = changedRows(after, entries.knownParameters());
        QCOMPARE(changed.size(), shipped);
        QCOMPARE(entries.apply(resultOf(after, changed), false), applies);
        if (!applies) {
            QVERIFY(entries.needsFullRead());
            compareSnapshots(entries.snapshot(), previous); // nothing taken from the stale read
            QCOMPARE(changedRows(after, entries.knownParameters()).size(), after.rows.size());
            QVERIFY(entries.apply(resultOf(after, after.rows), true));
        }
        const StatementsSnapshot current = entries.snapshot();
        if (QString::fromLatin1(QTest::currentDataTag()) != QLatin1String("same calls re-created"))
            compareSnapshots(current, fullSnapshot(after));

        const StatementDelta::Result delta = StatementDelta::diff(previous, current);
        QCOMPARE(delta.validity.valid, gap.isEmpty());
        QVERIFY2(delta.validity.reason.contains(gap), qPrintable(delta.validity.reason));
        QList<qint64> seen;
        for (const StatementInterval &st : delta.statements)
            seen << st.queryId;
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, active);
        if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("changed")) {
            // queryid 1: 3 calls costing 12 ms in the interval, merged over both users.
            const StatementInterval &q1 = delta.statements.at(delta.statements.at(0).queryId == 1 ? 0 : 1);
            QCOMPARE(q1.calls, qint64(3));
            QVERIFY(qAbs(q1.meanMs - 4.0) < 1e-9);
        }
        if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("new")) {
            // New entries count from their first call: queryid 4 with both its calls, queryid 1
            // with the new user's one call (its known entries did not run, and were not shipped).
            for (const StatementInterval &st : delta.statements) {
                QCOMPARE(st.calls, st.queryId == 4 ? qint64(2) : qint64(1));
                QVERIFY(qAbs(st.totalMs - (st.queryId == 4 ? 8.0 : 3.0)) < 1e-9);
            }
            QCOMPARE(delta.calls, qint64(3));
        }
    }

    void fullReadComesBackPeriodically()
    {
        Server s = before();
        StatementEntries entries;
        QVERIFY(entries.apply(resultOf(s, s.rows), true));
        s.rows.removeAt(2); // removed alone (pg_stat_statements_reset(userid, dbid, queryid)): no header change
        int reads = 0;
        while (!entries.needsFullRead()) {
            s.now += 1;
            QVERIFY(entries.apply(resultOf(s, changedRows(s, entries.knownParameters())), false));
            QVERIFY(entries.snapshot().entries.contains(StatementKey{2, 10, 5})); // the copy cannot know yet
            ++reads;
        }
        QCOMPARE(reads, StatementEntries::fullReadEvery - 1);
        QVERIFY(entries.apply(resultOf(s, s.rows), true));
        QVERIFY(!entries.snapshot().entries.contains(StatementKey{2, 10, 5}));
        QCOMPARE(entries.entryCount(), 3);
    }

    void clearAsksForAFullRead()
    {
        const Server s = before();
        StatementEntries entries;
        QVERIFY(entries.apply(resultOf(s, s.rows), true));
        entries.clear();
        QVERIFY(entries.needsFullRead());
        QCOMPARE(entries.entryCount(), 0);
        QCOMPARE(entries.knownParameters().at(0).toString(), QStringLiteral("{}"));
    }
};

QTEST_GUILESS_MAIN(TestStatementEntries)
#include "tst_statemententries.moc"
