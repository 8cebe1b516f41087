#include "core/metrics/percentileestimator.h"

#include <algorithm>
#include <cmath>

namespace dbpulse {

namespace {

constexpr double tinyMs = 1e-6;

struct LogParams
{
    double mu = 0;
    double sigma = 0;  ///< 0: point mass at exp(mu)
};

LogParams logParams(const PercentileEstimator::Component &c)
{
    const double mean = std::max(c.meanMs, tinyMs);
    if (c.varianceMs2 <= 0)
        return {std::log(mean), 0};
    const double sigma2 = std::log1p(c.varianceMs2 / (mean * mean));
    return {std::log(mean) - sigma2 / 2, std::sqrt(sigma2)};
}

bool boundsUsable(const PercentileEstimator::Component &c)
{
    return c.lowerMs <= c.meanMs && c.meanMs <= c.upperMs && c.lowerMs < c.upperMs;
}

} // namespace

PercentileEstimator::Component PercentileEstimator::componentFor(const StatementInterval &statement)
{
    Component c;
    c.weight = double(statement.calls);
    c.meanMs = statement.meanMs;
    c.varianceMs2 = statement.calls > 1 ? statement.varianceMs2 : 0.0;
    if (statement.maxMs > 0 && statement.minMs >= 0 && statement.maxMs >= statement.minMs) {
        c.lowerMs = statement.minMs;
        c.upperMs = statement.maxMs;
    }
    return c;
}

double PercentileEstimator::cdf(const Component &c, double tMs)
{
    const bool bounded = boundsUsable(c);
    if (bounded && tMs < c.lowerMs)
        return 0;
    if (bounded && tMs >= c.upperMs)
        return 1;
    const LogParams p = logParams(c);
    if (tMs <= 0)
        return 0;
    if (p.sigma <= 0)
        return tMs >= std::exp(p.mu) ? 1.0 : 0.0;
    return 0.5 * std::erfc(-(std::log(tMs) - p.mu) / (p.sigma * M_SQRT2));
}

double PercentileEstimator::cdf(const QList<Component> &mixture, double tMs)
{
    double weight = 0;
    double below = 0;
    for (const Component &c : mixture) {
        if (c.weight <= 0)
            continue;
        weight += c.weight;
        below += c.weight * cdf(c, tMs);
    }
    return weight > 0 ? below / weight : 0;
}

std::optional<double> PercentileEstimator::quantile(const QList<Component> &mixture, double q)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0;
    for (const Component &c : mixture) {
        if (c.weight <= 0)
            continue;
        const LogParams p = logParams(c);
        double from = std::exp(p.mu - 9 * p.sigma);
        double to = std::exp(p.mu + 9 * p.sigma);
        if (boundsUsable(c)) {
            from = std::max(from, c.lowerMs);
            to = std::min(to, c.upperMs);
        }
        lo = std::min(lo, std::max(from, tinyMs));
        hi = std::max(hi, std::max(to, tinyMs));
    }
    if (hi <= 0 || !std::isfinite(lo))
        return std::nullopt;
    // Invariant: cdf(lo) < q <= cdf(hi); search on log-time so tiny and huge latencies get
    // the same relative precision.
    double logLo = std::log(lo) - 0.1;
    double logHi = std::log(hi) + 0.1;
    if (cdf(mixture, std::exp(logLo)) >= q)
        return std::exp(logLo);
    for (int i = 0; i < 80 && logHi - logLo > 1e-9; ++i) {
        const double mid = (logLo + logHi) / 2;
        if (cdf(mixture, std::exp(mid)) >= q)
            logHi = mid;
        else
            logLo = mid;
    }
    return std::exp(logHi);
}

std::optional<LatencyPercentiles> PercentileEstimator::estimate(const QList<StatementInterval> &statements)
{
    QList<Component> mixture;
    mixture.reserve(statements.size());
    for (const StatementInterval &s : statements) {
        if (s.calls > 0)
            mixture << componentFor(s);
    }
    if (mixture.isEmpty())
        return std::nullopt;
    LatencyPercentiles p;
    p.p50 = quantile(mixture, 0.50).value_or(0);
    p.p95 = quantile(mixture, 0.95).value_or(0);
    p.p99 = quantile(mixture, 0.99).value_or(0);
    return p;
}

void PercentileEstimator::estimateEach(QList<StatementInterval> &statements)
{
    for (StatementInterval &s : statements) {
        if (s.calls > 0)
            s.p95Ms = quantile({componentFor(s)}, 0.95).value_or(s.meanMs);
    }
}

} // namespace dbpulse
