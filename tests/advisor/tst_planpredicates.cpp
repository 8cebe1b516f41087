// Filter parsing: which conjuncts of an EXPLAIN Filter an index on a plain column could serve.
#include "core/advisor/planpredicates.h"

#include <QTest>

using namespace dbpulse;
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
};

QTEST_GUILESS_MAIN(TestPlanPredicates)
#include "tst_planpredicates.moc"
