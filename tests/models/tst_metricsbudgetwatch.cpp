#include "models/metricsbudgetwatch.h"

#include <QTest>

using namespace dbpulse;

/// Consecutive-breach counting behind the budget alert.
class TstMetricsBudgetWatch : public QObject
{
    Q_OBJECT

private:
    // One character per interval: "b" query 1 breaches, "." nothing breaches, "g" a statement gap,
    // "r" a refresh that did not read statements and repeats the last read's breach.
    static MetricsSample interval(QChar c)
    {
        MetricsSample s;
        s.statementsAvailable = true;
        s.statementsGap = c == QLatin1Char('g');
        s.statementsFresh = c != QLatin1Char('r');
        if (c == QLatin1Char('b') || c == QLatin1Char('r'))
            s.budgetBreaches.append(BudgetBreach{1, QStringLiteral("simple"), 10, 25, 4});
        return s;
    }

private Q_SLOTS:
    void alerts_data()
    {
        QTest::addColumn<QString>("intervals");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("alertAt"); // index of each interval that raised an alert

        QTest::newRow("three in a row") << "bbb" << 3 << "2";
        QTest::newRow("once per streak") << "bbbbbb" << 3 << "2";
        QTest::newRow("broken streak") << "bb.bb" << 3 << "";
        QTest::newRow("new streak alerts again") << "bbb.bbb" << 3 << "2,6";
        QTest::newRow("gap neither breaks nor extends") << "bbgb" << 3 << "3";
        QTest::newRow("repeated window is not another interval") << "brrrrb" << 3 << "";
        QTest::newRow("repeats between reads keep the streak") << "brrbrrb" << 3 << "6";
        QTest::newRow("threshold one") << "b.b" << 1 << "0,2";
    }
    void alerts()
    {
        QFETCH(QString, intervals);
        QFETCH(int, threshold);
        QFETCH(QString, alertAt);
        MetricsBudgetWatch watch(threshold);
        QStringList raised;
        for (int i = 0; i < intervals.size(); ++i) {
            const QList<BudgetAlert> alerts = watch.add(interval(intervals.at(i)));
            for (const BudgetAlert &a : alerts) {
                QCOMPARE(a.breach.queryId, qint64(1));
                QCOMPARE(a.intervals, threshold);
                raised << QString::number(i);
            }
        }
        QCOMPARE(raised.join(QLatin1Char(',')), alertAt);
    }

    void burnRate()
    {
        MetricsBudgetWatch watch(3, 4);
        for (QChar c : QStringLiteral("bb..g..b"))
            watch.add(interval(c));
        // Window of 4 measured intervals: ". . . b" (the gap is not measured).
        QCOMPARE(watch.measuredIntervals(), 4);
        QCOMPARE(watch.burnRate(), 0.25);
        QCOMPARE(watch.streak(1), 1);
    }
};

QTEST_APPLESS_MAIN(TstMetricsBudgetWatch)
#include "tst_metricsbudgetwatch.moc"
