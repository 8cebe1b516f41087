// FindingModel: grouping by status, worst first, problems with their parts, under QAbstractItemModelTester.
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

    // A transient budget breach's detail already begins with "transient (…)": the row shows it
    // once, not "transient: transient (…)".
    void transientDetailSaysItOnce()
    {
        FindingModel model;
        Finding f{QStringLiteral("query_budgets"), Severity::Info, QStringLiteral("SELECT pg_sleep($1)"),
                  QStringLiteral("transient (sustained needs 2 of the last 3 intervals; not scored): simple query"),
                  {}, {}, {}, {}};
        f.transient = true;
        model.setFindings({f});
        const QModelIndex info = model.index(0, 0);
        const QString shown = model.index(0, FindingModel::DetailColumn, info).data().toString();
        QCOMPARE(shown.count(QLatin1String("transient")), 1);
    }

    void relatedFindingsAreOneRowWithTheirParts()
    {
        FindingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Finding lag{QStringLiteral("autovacuum_lag"), Severity::Warning, QStringLiteral("public.churn"), {}, {}, {}, {}, {}};
        Finding dead{QStringLiteral("dead_tuples"), Severity::Critical, QStringLiteral("public.churn"), {}, {}, {},
                     QStringLiteral("VACUUM"), MaintenanceAction::vacuumAnalyze(QStringLiteral("public.churn"))};
        lag.problem = dead.problem = QStringLiteral("vacuum:public.churn");
        const Finding hidden = notCheckedFinding(QStringLiteral("orphan_rows"), QStringLiteral("fk"), NotChecked::Privilege,
                                                 QStringLiteral("not checked: needs SELECT"));
        model.setFindings({lag, hidden, dead, {QStringLiteral("connections"), Severity::Ok, {}, {}, {}, {}, {}, {}}});
        // Critical (the problem, at its worst part), not checked, ok: no warning group of its own.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("CRITICAL (1)"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("NOT CHECKED (1)"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("OK (1)"));
        const QModelIndex problem = model.index(0, 0, model.index(0, 0));
        // Labels for a person, the names for reports and --fix.
        QCOMPARE(problem.data().toString(), QStringLiteral("Dead tuples + Autovacuum behind"));
        QCOMPARE(problem.data(FindingModel::CheckRole).toString(), QStringLiteral("dead_tuples + autovacuum_lag"));
        QVERIFY(problem.data(Qt::ToolTipRole).toString().contains(QLatin1String("dead_tuples + autovacuum_lag")));
        QCOMPARE(problem.data(FindingModel::PartsRole).toInt(), 2);
        // Selecting the problem offers its worst part's fix and action.
        QCOMPARE(model.finding(problem)->check, QStringLiteral("dead_tuples"));
        QVERIFY(model.finding(problem)->action.isValid());
        QCOMPARE(model.rowCount(problem), 2);
        QCOMPARE(model.index(1, 0, problem).data().toString(), QStringLiteral("Autovacuum behind"));
        QCOMPARE(model.parent(model.index(1, 0, problem)), problem);
        const QModelIndex notChecked = model.index(0, FindingModel::ValueColumn, model.index(1, 0));
        QCOMPARE(notChecked.data().toString(), QStringLiteral("not checked (privilege)"));
        QCOMPARE(notChecked.data(FindingModel::StatusRole).toString(), QStringLiteral("not_checked"));
    }
};

QTEST_GUILESS_MAIN(TestFindingModel)
#include "tst_findingmodel.moc"
