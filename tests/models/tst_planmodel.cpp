#include "models/planmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dbpulse;

/// EXPLAIN JSON to tree, and the 10× misestimate rule.
class TstPlanModel : public QObject
{
    Q_OBJECT

private:
    static QString plan(double planRows, double actualRows, double loops)
    {
        static const char json[] = R"json([{"Plan": {"Node Type": "Hash Join", "Plan Rows": 100, "Total Cost": 10.5,
            "Actual Rows": 120, "Actual Loops": 1, "Actual Total Time": 2.5,
            "Plans": [
              {"Node Type": "Seq Scan", "Relation Name": "orders", "Plan Rows": %1, "Total Cost": 4,
               "Actual Rows": %2, "Actual Loops": %3, "Actual Total Time": 1.0, "Filter": "(total > 10)"},
              {"Node Type": "Hash", "Plan Rows": 5, "Total Cost": 1, "Actual Rows": 5, "Actual Loops": 1,
               "Actual Total Time": 0.1,
               "Plans": [{"Node Type": "Index Scan", "Relation Name": "customers", "Index Name": "customers_pkey",
                          "Plan Rows": 5, "Total Cost": 1, "Actual Rows": 5, "Actual Loops": 1, "Actual Total Time": 0.05}]}
            ]}, "Planning Time": 0.1, "Execution Time": 2.7}])json";
        return QString::fromUtf8(json).arg(planRows).arg(actualRows).arg(loops);
    }

private Q_SLOTS:
    void misestimate_data()
    {
        QTest::addColumn<double>("planRows");
        QTest::addColumn<double>("actualRows");
        QTest::addColumn<double>("loops");
        QTest::addColumn<bool>("marked");

        QTest::newRow("exact") << 50.0 << 50.0 << 1.0 << false;
        QTest::newRow("9x under") << 10.0 << 90.0 << 1.0 << false;
        QTest::newRow("10x under") << 10.0 << 100.0 << 1.0 << true;
        QTest::newRow("10x over") << 1000.0 << 100.0 << 1.0 << true;
        QTest::newRow("zero vs one is fine") << 1.0 << 0.0 << 1.0 << false;
        QTest::newRow("per loop") << 10.0 << 10.0 << 50.0 << false;
        QTest::newRow("never executed") << 1000.0 << 0.0 << 0.0 << false;
    }
    void misestimate()
    {
        QFETCH(double, planRows);
        QFETCH(double, actualRows);
        QFETCH(double, loops);
        QFETCH(bool, marked);
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setPlanJson(plan(planRows, actualRows, loops)));
        QVERIFY(model.isAnalyzed());
        QCOMPARE(model.executionMs(), 2.7);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("Hash Join"));
        QCOMPARE(model.rowCount(root), 2);
        const QModelIndex scan = model.index(0, 0, root);
        QCOMPARE(scan.data().toString(), QStringLiteral("Seq Scan on orders"));
        QCOMPARE(scan.siblingAtColumn(PlanModel::FactorColumn).data(PlanModel::MisestimateRole).toBool(), marked);
        QCOMPARE(model.misestimateCount(), marked ? 1 : 0);
        const QModelIndex index = model.index(0, 0, model.index(1, 0, root));
        QCOMPARE(index.data().toString(), QStringLiteral("Index Scan using customers_pkey on customers"));
        QCOMPARE(model.parent(index), model.index(1, 0, root));
    }

    void plainExplainAndGarbage()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setPlanJson(QString::fromUtf8(R"json([{"Plan": {"Node Type": "Result", "Plan Rows": 1, "Total Cost": 0.01}}])json")));
        QVERIFY(!model.isAnalyzed());
        QVERIFY(!model.index(0, 0).data(PlanModel::MisestimateRole).toBool());
        QVERIFY(model.index(0, PlanModel::ActualRowsColumn).data().toString().isEmpty());
        QVERIFY(!model.setPlanJson(QStringLiteral("not json")));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstPlanModel)
#include "tst_planmodel.moc"
