#include "models/sessionmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dbpulse;

class TstSessionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows()
    {
        SessionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionRow a;
        a.pid = 42;
        a.state = QStringLiteral("active");
        a.query = QStringLiteral("SELECT\n pg_sleep(10)");
        a.querySeconds = 3.5;
        SessionRow b;
        b.pid = 7;
        b.state = QStringLiteral("idle in transaction");
        b.transactionSeconds = 120;
        b.application = QStringLiteral("dbpulse");
        b.isOurs = true;
        model.setSessions({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, SessionModel::PidColumn).data(SessionModel::PidRole).toInt(), 42);
        QCOMPARE(model.index(0, SessionModel::QueryColumn).data().toString(), QStringLiteral("SELECT pg_sleep(10)"));
        QCOMPARE(model.index(0, SessionModel::DurationColumn).data(SessionModel::SortRole).toDouble(), 3.5);
        QCOMPARE(model.index(1, SessionModel::DurationColumn).data(SessionModel::SortRole).toDouble(), 120.0);
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid()); // long idle in transaction
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // our own session, greyed
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSessionModel)
#include "tst_sessionmodel.moc"
