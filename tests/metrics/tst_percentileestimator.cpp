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

// The statement of calls drawn from two lognormal modes (median, sd of log-time), the slow one with
// share \a slowShare: its exact mean and variance, and pg's lifetime bounds as given.
StatementInterval twoModes(qint64 calls, double slowShare, double fastMedian, double fastSigma, double slowMedian,
                           double slowSigma, double minMs, double maxMs)
{
    auto moment = [](double median, double sigma, int k) { return std::pow(median, k) * std::exp(k * k * sigma * sigma / 2); };
    const double mean = (1 - slowShare) * moment(fastMedian, fastSigma, 1) + slowShare * moment(slowMedian, slowSigma, 1);
    const double square = (1 - slowShare) * moment(fastMedian, fastSigma, 2) + slowShare * moment(slowMedian, slowSigma, 2);
    return stmt(calls, mean, square - mean * mean, minMs, maxMs);
}

// The exact quantile of that two-mode distribution.
double twoModesQuantile(double q, double slowShare, double fastMedian, double fastSigma, double slowMedian, double slowSigma)
{
    auto mode = [](double weight, double median, double sigma) {
        PercentileEstimator::Component c;
        c.weight = weight;
        c.meanMs = median * std::exp(sigma * sigma / 2);
        c.varianceMs2 = std::expm1(sigma * sigma) * c.meanMs * c.meanMs;
        return c;
    };
    return *PercentileEstimator::quantile({mode(1 - slowShare, fastMedian, fastSigma), mode(slowShare, slowMedian, slowSigma)}, q);
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
        // A wide lognormal whose min is where its own left tail puts the fastest of ~1000 calls
        // (3.1 sd below the median) stays one lognormal.
        StatementInterval wideBounded = lognormal(1000, std::log(2.0), 1.5);
        wideBounded.minMs = 2.0 * std::exp(-3.1 * 1.5);
        wideBounded.maxMs = 2.0 * std::exp(3.1 * 1.5);
        QTest::newRow("wide lognormal with its own min and max")
            << Statements{wideBounded} << 2.0 << 2.0 * std::exp(1.5 * z95) << 2.0 * std::exp(1.5 * z99) << 1e-6;
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

    // Cache hit and miss in one statement: 0.2 ms and 40 ms at 9:1 (goal 4 of issue 16). One
    // lognormal with that mean and variance says p50 1.4 ms and p95 16 ms; the calls say 0.2 and 40.
    void twoModesInOneStatement_data()
    {
        QTest::addColumn<double>("slowShare");
        QTest::addColumn<double>("fastMedian");
        QTest::addColumn<double>("fastSigma");
        QTest::addColumn<double>("slowMedian");
        QTest::addColumn<double>("slowSigma");
        QTest::addColumn<double>("minMs");   // the fastest of ~10,000 calls, 3.7 sd below its mode
        QTest::addColumn<double>("maxMs");
        QTest::newRow("hit 0.2 ms / miss 40 ms, 9:1") << 0.1 << 0.2 << 0.15 << 40.0 << 0.05 << 0.2 * std::exp(-3.7 * 0.15) << 48.0;
        QTest::newRow("with a 500 ms outlier as max") << 0.1 << 0.2 << 0.15 << 40.0 << 0.05 << 0.2 * std::exp(-3.7 * 0.15) << 500.0;
        QTest::newRow("98:2") << 0.02 << 0.2 << 0.15 << 40.0 << 0.05 << 0.2 * std::exp(-3.7 * 0.15) << 48.0;
        QTest::newRow("1 ms / 20 ms, 8:2") << 0.2 << 1.0 << 0.1 << 20.0 << 0.1 << 1.0 * std::exp(-3.7 * 0.1) << 30.0;
    }
    void twoModesInOneStatement()
    {
        QFETCH(double, slowShare);
        QFETCH(double, fastMedian);
        QFETCH(double, fastSigma);
        QFETCH(double, slowMedian);
        QFETCH(double, slowSigma);
        QFETCH(double, minMs);
        QFETCH(double, maxMs);
        const StatementInterval s = twoModes(1000, slowShare, fastMedian, fastSigma, slowMedian, slowSigma, minMs, maxMs);
        const auto p = PercentileEstimator::estimate({s});
        QVERIFY(p);
        const double estimated[] = {p->p50, p->p95, p->p99};
        const double levels[] = {0.50, 0.95, 0.99};
        for (int i = 0; i < 3; ++i) {
            const double truth = twoModesQuantile(levels[i], slowShare, fastMedian, fastSigma, slowMedian, slowSigma);
            QVERIFY2(qAbs(estimated[i] - truth) <= 0.15 * truth,
                     qPrintable(QStringLiteral("p%1: estimated %2, true %3").arg(levels[i] * 100).arg(estimated[i]).arg(truth)));
        }
        QCOMPARE(PercentileEstimator::componentsFor(s).size(), 2);
    }

    // Shapes with one mode keep their one lognormal, even when one lognormal misses their min.
    void oneModeStaysOne_data()
    {
        QTest::addColumn<StatementInterval>("statement");
        // 1 ms + exponential of mean 10 ms over 10,000 calls: its min is far above where a
        // lognormal puts it, but the "slow share" is about half: a heavy tail, not a second mode.
        QTest::newRow("shifted exponential") << stmt(10000, 11.0, 100.0, 1.0, 93.0);
        QTest::newRow("uniform 20..60") << stmt(10000, 40.0, 1600.0 / 12.0, 20.0, 60.0);
        QTest::newRow("lognormal sigma 0.5, own bounds") << [] {
            StatementInterval s = lognormal(5000, std::log(4.0), 0.5);
            s.minMs = 4.0 * std::exp(-3.6 * 0.5);
            s.maxMs = 4.0 * std::exp(3.6 * 0.5);
            return s;
        }();
        QTest::newRow("too few calls to tell") << twoModes(10, 0.1, 0.2, 0.15, 40.0, 0.05, 0.15, 48.0);
    }
    void oneModeStaysOne()
    {
        QFETCH(StatementInterval, statement);
        QCOMPARE(PercentileEstimator::componentsFor(statement).size(), 1);
    }

    void separatedP95IsExact()
    {
        // (0.95 - 0.6) / 0.4 = 0.875 exactly: check the quantile solves the mixture CDF.
        const Statements s{lognormal(600, 0.0, 0.1), lognormal(400, 5.0, 0.1)};
        QList<PercentileEstimator::Component> mixture;
        for (const auto &st : s)
            mixture << PercentileEstimator::componentsFor(st);
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
