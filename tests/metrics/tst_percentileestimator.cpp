#include "core/metrics/percentileestimator.h"

#include <QTest>
#include <cmath>

using namespace dbpulse;

namespace {

constexpr double z95 = 1.6448536269514722;
constexpr double z99 = 2.3263478740408408;
constexpr double z90 = 1.2815515655446004;
constexpr double z98 = 2.0537489106318225;
constexpr double z8333 = 0.9674215661017008; // Φ⁻¹(5/6)

StatementInterval stmt(qint64 calls, double mean, double variance, double minMs = 0, double maxMs = 0)
{
    StatementInterval s;
    s.queryId = calls * 1000 + qint64(mean);
    s.calls = calls;
    s.meanMs = mean;
    s.varianceMs2 = variance;
    s.minMs = minMs;
    s.maxMs = maxMs;
    return s;
}

// A lognormal's statement from its log-space parameters: mean and variance by moments.
StatementInterval lognormal(qint64 calls, double mu, double sigma)
{
    const double mean = std::exp(mu + sigma * sigma / 2);
    const double variance = (std::exp(sigma * sigma) - 1) * mean * mean;
    return stmt(calls, mean, variance);
}

using Statements = QList<StatementInterval>;

} // namespace

class TestPercentileEstimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentiles_data()
    {
        QTest::addColumn<Statements>("statements");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("p99");
        QTest::addColumn<double>("tolerance"); // relative

        QTest::newRow("point mass (variance 0)") << Statements{stmt(100, 5.0, 0.0)} << 5.0 << 5.0 << 5.0 << 1e-6;
        QTest::newRow("one call is a point mass") << Statements{stmt(1, 7.0, 49.0)} << 7.0 << 7.0 << 7.0 << 1e-6;
        QTest::newRow("single lognormal")
            << Statements{lognormal(500, std::log(10.0), 0.5)}
            << 10.0 << 10.0 * std::exp(0.5 * z95) << 10.0 * std::exp(0.5 * z99) << 1e-6;
        QTest::newRow("lognormal, wide")
            << Statements{lognormal(50, std::log(2.0), 1.5)}
            << 2.0 << 2.0 * std::exp(1.5 * z95) << 2.0 * std::exp(1.5 * z99) << 1e-6;
        QTest::newRow("two point masses 90/10")
            << Statements{stmt(90, 1.0, 0), stmt(10, 100.0, 0)} << 1.0 << 100.0 << 100.0 << 1e-6;
        QTest::newRow("two point masses 96/4")
            << Statements{stmt(96, 1.0, 0), stmt(4, 100.0, 0)} << 1.0 << 1.0 << 100.0 << 1e-6;
        // Far apart: each quantile falls inside one component at a known level.
        QTest::newRow("separated lognormals 60/40")
            << Statements{lognormal(600, 0.0, 0.1), lognormal(400, 5.0, 0.1)}
            << std::exp(0.1 * z8333)                 // first at 0.5/0.6
            << std::exp(5.0 + 0.1 * z90)             // second at (0.95-0.6)/0.4 = 0.875 ≈ below
            << std::exp(5.0 + 0.1 * z98)             // second at (0.99-0.6)/0.4 = 0.975
            << 0.03;
        QTest::newRow("fast bulk with a slow tail")
            << Statements{stmt(990, 0.5, 0), lognormal(10, std::log(200.0), 0.3)}
            << 0.5 << 0.5 << 0.5 << 1e-6;
        QTest::newRow("censored at lifetime max (uniform 20..60)")
            << Statements{stmt(1000, 40.0, 1600.0 / 12.0, 20.0, 60.0)}
            << 40.0 * std::exp(-std::log1p(1.0 / 12.0) / 2)
            << 60.0 << 60.0 << 1e-6; // the uncensored lognormal would say 61.2 and 74
    }
    void percentiles()
    {
        QFETCH(Statements, statements);
        QFETCH(double, p50);
        QFETCH(double, p95);
        QFETCH(double, p99);
        QFETCH(double, tolerance);
        const auto p = PercentileEstimator::estimate(statements);
        QVERIFY(p);
        auto close = [&](double got, double want) { return qAbs(got - want) <= tolerance * want; };
        QVERIFY2(close(p->p50, p50), qPrintable(QStringLiteral("p50 %1 vs %2").arg(p->p50).arg(p50)));
        QVERIFY2(close(p->p95, p95), qPrintable(QStringLiteral("p95 %1 vs %2").arg(p->p95).arg(p95)));
        QVERIFY2(close(p->p99, p99), qPrintable(QStringLiteral("p99 %1 vs %2").arg(p->p99).arg(p99)));
        QVERIFY(p->p50 <= p->p95 && p->p95 <= p->p99);
    }

    void separatedP95IsExact()
    {
        // (0.95 - 0.6) / 0.4 = 0.875 exactly: check the quantile solves the mixture CDF.
        const Statements s{lognormal(600, 0.0, 0.1), lognormal(400, 5.0, 0.1)};
        QList<PercentileEstimator::Component> mixture;
        for (const auto &st : s)
            mixture << PercentileEstimator::componentFor(st);
        for (double q : {0.5, 0.9, 0.95, 0.99, 0.999}) {
            const double t = *PercentileEstimator::quantile(mixture, q);
            QVERIFY2(qAbs(PercentileEstimator::cdf(mixture, t) - q) < 1e-6, qPrintable(QString::number(q)));
        }
    }

    void nothingRan()
    {
        QVERIFY(!PercentileEstimator::estimate({}));
        QVERIFY(!PercentileEstimator::estimate({stmt(0, 5.0, 1.0)}));
    }

    void perStatementP95()
    {
        Statements s{lognormal(100, std::log(3.0), 0.4), stmt(5, 2.0, 0)};
        PercentileEstimator::estimateEach(s);
        QVERIFY(qAbs(s[0].p95Ms - 3.0 * std::exp(0.4 * z95)) < 1e-6);
        QVERIFY(qAbs(s[1].p95Ms - 2.0) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestPercentileEstimator)
#include "tst_percentileestimator.moc"
