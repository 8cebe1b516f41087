#include "core/monitor/monitorworker.h"

#include <QTest>

using namespace dbpulse;

class TestMonitorWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoff_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("first") << 1 << 1000;
        QTest::newRow("second") << 2 << 2000;
        QTest::newRow("third") << 3 << 4000;
        QTest::newRow("fourth") << 4 << 8000;
        QTest::newRow("fifth") << 5 << 16000;
        QTest::newRow("capped") << 6 << 30000;
        QTest::newRow("stays capped") << 40 << 30000;
        QTest::newRow("huge attempt") << 1'000'000 << 30000;
        QTest::newRow("zero is first") << 0 << 1000;
    }
    void backoff()
    {
        QFETCH(int, attempt);
        QFETCH(int, expectedMs);
        QCOMPARE(MonitorWorker::backoffMs(attempt), expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestMonitorWorker)
#include "tst_monitorworker.moc"
