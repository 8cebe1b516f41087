// Filter parsing: which conjuncts of an EXPLAIN Filter an index on a plain column could serve.
#include "core/advisor/planpredicates.h"

#include <QJsonDocument>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;
using Op = ColumnPredicate::Op;

Q_DECLARE_METATYPE(QList<ColumnPredicate>)

class TestPlanPredicates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QList<ColumnPredicate>>("expected");
        QTest::newRow("equality") << QStringLiteral("(o.status = $1)") << QStringLiteral("o")
                                  << QList<ColumnPredicate>{{QStringLiteral("status"), Op::Equality}};
        QTest::newRow("and with range") << QStringLiteral("((o.status = $1) AND (o.created_at > (now() - $2)))") << QStringLiteral("o")
                                        << QList<ColumnPredicate>{{QStringLiteral("status"), Op::Equality},
                                                                  {QStringLiteral("created_at"), Op::Range}};
        QTest::newRow("reversed") << QStringLiteral("($1 < t.a)") << QStringLiteral("t")
                                  << QList<ColumnPredicate>{{QStringLiteral("a"), Op::Range}};
        QTest::newRow("in list") << QStringLiteral("(t.id = ANY ('{1,2,3}'::integer[]))") << QStringLiteral("t")
                                 << QList<ColumnPredicate>{{QStringLiteral("id"), Op::In}};
        QTest::newRow("text cast") << QStringLiteral("((t.code)::text = $1)") << QStringLiteral("t")
                                   << QList<ColumnPredicate>{{QStringLiteral("code"), Op::Equality}};
        QTest::newRow("odd names") << QStringLiteral("((\"Log Ä\".\"When\" >= $1) AND (\"Log Ä\".\"When\" <= $2))")
                                   << QStringLiteral("Log Ä") << QList<ColumnPredicate>{{QStringLiteral("When"), Op::Range}};
        QTest::newRow("quote in name") << QStringLiteral("(t.\"a\"\"b\" = 5)") << QStringLiteral("t")
                                       << QList<ColumnPredicate>{{QStringLiteral("a\"b"), Op::Equality}};
        QTest::newRow("or is skipped") << QStringLiteral("((t.a = $1) OR (t.b = $2))") << QStringLiteral("t") << QList<ColumnPredicate>{};
        QTest::newRow("expression is skipped") << QStringLiteral("(lower(t.e) = $1)") << QStringLiteral("t") << QList<ColumnPredicate>{};
        QTest::newRow("not-equal is skipped") << QStringLiteral("(t.a <> $1)") << QStringLiteral("t") << QList<ColumnPredicate>{};
        QTest::newRow("like is skipped") << QStringLiteral("(t.e ~~ 'x%'::text)") << QStringLiteral("t") << QList<ColumnPredicate>{};
        QTest::newRow("column vs column") << QStringLiteral("(t.a = t.b)") << QStringLiteral("t") << QList<ColumnPredicate>{};
        QTest::newRow("other alias") << QStringLiteral("(u.a = $1)") << QStringLiteral("t") << QList<ColumnPredicate>{};
        QTest::newRow("string with AND") << QStringLiteral("((t.a = 'x AND y'::text) AND (t.b > 3))") << QStringLiteral("t")
                                         << QList<ColumnPredicate>{{QStringLiteral("a"), Op::Equality},
                                                                   {QStringLiteral("b"), Op::Range}};
        QTest::newRow("empty") << QString() << QStringLiteral("t") << QList<ColumnPredicate>{};
        // What the text patterns before the parser got wrong.
        QTest::newRow("operator in a string") << QStringLiteral("('x > y'::text = t.a)") << QStringLiteral("t")
                                              << QList<ColumnPredicate>{{QStringLiteral("a"), Op::Equality}};
        QTest::newRow("alias in a string") << QStringLiteral("(t.a = 't.b'::text)") << QStringLiteral("t")
                                           << QList<ColumnPredicate>{{QStringLiteral("a"), Op::Equality}};
        QTest::newRow("varchar cast") << QStringLiteral("((t.code)::character varying = $1)") << QStringLiteral("t")
                                      << QList<ColumnPredicate>{{QStringLiteral("code"), Op::Equality}};
        // A correlated SubPlan runs per row: no index condition; the conjunct beside it still counts.
        QTest::newRow("subplan beside") << QStringLiteral("((t.a = $1) AND (t.b = (SubPlan 1)))") << QStringLiteral("t")
                                        << QList<ColumnPredicate>{{QStringLiteral("a"), Op::Equality}};
    }

    void parseFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QString, alias);
        QFETCH(QList<ColumnPredicate>, expected);
        const QList<ColumnPredicate> got = dbpulse::parseFilter(filter, alias);
        QStringList gotText;
        for (const ColumnPredicate &p : got)
            gotText << p.column + QLatin1Char('/') + QString::number(int(p.op));
        QVERIFY2(got == expected, qPrintable(gotText.join(QLatin1Char(' '))));
    }

    void parseSortKeys_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("qualified, descending") << QStringList{u"e.at DESC"_s} << QStringList{u"at"_s};
        QTest::newRow("two keys, nulls") << QStringList{u"e.kind"_s, u"e.at DESC NULLS LAST"_s}
                                         << QStringList{u"kind"_s, u"at"_s};
        QTest::newRow("quoted name") << QStringList{u"e.\"When Ä\""_s} << QStringList{u"When Ä"_s};
        QTest::newRow("stops at an expression") << QStringList{u"e.kind"_s, u"lower(e.name)"_s, u"e.at"_s}
                                                << QStringList{u"kind"_s};
        QTest::newRow("other relation") << QStringList{u"p.name"_s} << QStringList{};
    }

    void parseSortKeys()
    {
        QFETCH(QStringList, keys);
        QFETCH(QStringList, expected);
        QCOMPARE(dbpulse::parseSortKeys(keys, u"e"_s), expected);
    }

    // Limit -> Sort -> Seq Scan, and a hash join whose inner side is a Seq Scan: the scans learn the
    // sort keys and join keys that concern them, and a Sort over a join tells neither side.
    void seqScansSeeSortAndJoinKeys()
    {
        const QByteArray json = R"json({"Plan": {"Node Type": "Limit", "Plans": [
            {"Node Type": "Sort", "Sort Key": ["e.at DESC"], "Plans": [
              {"Node Type": "Hash Join", "Hash Cond": "(e.user_id = p.id)", "Plans": [
                {"Node Type": "Seq Scan", "Schema": "public", "Relation Name": "events", "Alias": "e"},
                {"Node Type": "Hash", "Plans": [
                  {"Node Type": "Seq Scan", "Schema": "public", "Relation Name": "people", "Alias": "p",
                   "Filter": "(p.name = $1)"}]}]}]}]}})json";
        const QList<SeqScanNode> scans = seqScans(QJsonDocument::fromJson(json).object());
        QCOMPARE(scans.size(), 2);
        QCOMPARE(scans[0].relation, u"events"_s);
        QCOMPARE(scans[0].joinPredicates, (QList<ColumnPredicate>{{u"user_id"_s, ColumnPredicate::Op::Equality}}));
        QVERIFY(scans[0].sortColumns.isEmpty());
        QCOMPARE(scans[1].joinPredicates, (QList<ColumnPredicate>{{u"id"_s, ColumnPredicate::Op::Equality}}));

        const QByteArray sorted = R"json({"Plan": {"Node Type": "Limit", "Plans": [
            {"Node Type": "Sort", "Sort Key": ["e.kind", "e.at"], "Plans": [
              {"Node Type": "Seq Scan", "Schema": "public", "Relation Name": "events", "Alias": "e",
               "Filter": "(e.kind = $1)"}]}]}})json";
        const QList<SeqScanNode> one = seqScans(QJsonDocument::fromJson(sorted).object());
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].sortColumns, (QStringList{u"kind"_s, u"at"_s}));
    }

    // Index scans are listed apart, with the predicates of their Index Cond and Filter; seqScans()
    // keeps to sequential scans.
    void indexScansCarryCondAndFilter()
    {
        const QByteArray json = R"json({"Plan": {"Node Type": "Limit", "Plans": [
            {"Node Type": "Nested Loop", "Plans": [
              {"Node Type": "Index Scan", "Index Name": "rental_date_key", "Schema": "public",
               "Relation Name": "rental", "Alias": "r", "Index Cond": "(r.customer_id = $1)",
               "Filter": "(r.return_date < $2)", "Plan Rows": 20},
              {"Node Type": "Index Only Scan", "Index Name": "inventory_pkey", "Schema": "public",
               "Relation Name": "inventory", "Alias": "i", "Index Cond": "(i.inventory_id = r.inventory_id)"}]}]}})json";
        const QJsonObject plan = QJsonDocument::fromJson(json).object();
        QVERIFY(seqScans(plan).isEmpty());
        const QList<SeqScanNode> scans = indexScans(plan);
        QCOMPARE(scans.size(), 2);
        QCOMPARE(scans[0].indexName, u"rental_date_key"_s);
        QCOMPARE(scans[0].predicates, (QList<ColumnPredicate>{{u"customer_id"_s, ColumnPredicate::Op::Equality},
                                                              {u"return_date"_s, ColumnPredicate::Op::Range}}));
        QCOMPARE(scans[0].planRows, 20.0);
        QCOMPARE(scans[1].indexName, u"inventory_pkey"_s);
        QCOMPARE(scans[1].predicates, (QList<ColumnPredicate>{{u"inventory_id"_s, ColumnPredicate::Op::Equality}}));
    }
};

QTEST_GUILESS_MAIN(TestPlanPredicates)
#include "tst_planpredicates.moc"
