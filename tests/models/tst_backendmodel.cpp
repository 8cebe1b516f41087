#include "models/backendmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dbpulse;

class TstBackendModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows()
    {
        BackendModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackendRow a;
        a.pid = 42;
        a.state = QStringLiteral("active");
        a.query = QStringLiteral("SELECT\n pg_sleep(10)");
        a.querySeconds = 3.5;
        BackendRow b;
        b.pid = 7;
        b.state = QStringLiteral("idle in transaction");
        b.transactionSeconds = 120;
        b.application = QStringLiteral("dbpulse");
        b.isOurs = true;
        model.setSessions({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, BackendModel::PidColumn).data(BackendModel::PidRole).toInt(), 42);
        QCOMPARE(model.index(0, BackendModel::QueryColumn).data().toString(), QStringLiteral("SELECT pg_sleep(10)"));
        QCOMPARE(model.index(0, BackendModel::DurationColumn).data(BackendModel::SortRole).toDouble(), 3.5);
        QCOMPARE(model.index(1, BackendModel::DurationColumn).data(BackendModel::SortRole).toDouble(), 120.0);
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid()); // long idle in transaction
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // our own session, greyed
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstBackendModel)
#include "tst_backendmodel.moc"
