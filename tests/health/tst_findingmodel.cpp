// FindingModel: grouping by severity, worst first, under QAbstractItemModelTester.
#include "models/findingmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dbpulse;

class TestFindingModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsWorstFirst()
    {
        FindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({{QStringLiteral("settings"), Severity::Info, QStringLiteral("fsync"), {}, {}, {}, {}, {}},
                           {QStringLiteral("orphan_rows"), Severity::Critical, QStringLiteral("fk"), {}, {}, {}, QStringLiteral("ALTER"), {}},
                           {QStringLiteral("connections"), Severity::Ok, {}, {}, {}, {}, {}, {}},
                           {QStringLiteral("dead_tuples"), Severity::Critical, QStringLiteral("t"), {}, {}, {}, {}, {}}});
        QCOMPARE(model.rowCount(), 3);  // no warning group
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CRITICAL (2)"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("INFO (1)"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("OK (1)"));
        const QModelIndex critical = model.index(0, 0);
        QCOMPARE(model.rowCount(critical), 2);
        const QModelIndex orphan = model.index(0, FindingModel::ObjectColumn, critical);
        QCOMPARE(orphan.data().toString(), QStringLiteral("fk"));
        QCOMPARE(orphan.data(FindingModel::FixRole).toString(), QStringLiteral("ALTER"));
        QCOMPARE(model.parent(orphan), critical);
        QVERIFY(model.finding(critical) == nullptr);
        QCOMPARE(model.finding(orphan)->check, QStringLiteral("orphan_rows"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFindingModel)
#include "tst_findingmodel.moc"
