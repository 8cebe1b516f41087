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

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / M_SQRT2);
}

/// How many standard deviations below the median the fastest of \a calls draws typically lies:
/// Φ⁻¹(1 − 1/(calls + 1)) (Abramowitz & Stegun 26.2.23, error < 5e-4, ample here).
double typicalMinimumDepth(double calls)
{
    const double t = std::sqrt(2 * std::log(calls + 1));
    return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
}

// Two-mode reading (see the class comment). The thresholds keep it away from one-mode statements:
// a lognormal, exponential, gamma, uniform or shifted statement either has its min where one
// lognormal expects it, or its "slow share" comes out near half (a heavy tail, not a second mode).
constexpr double minCallsForModes = 20;
constexpr double minCallsBelowMin = 5;   ///< one lognormal's calls below pg's min that rule it out
constexpr double maxSlowShare = 0.35;
constexpr double minModeGap = 5;         ///< slow mean / fast mean
/// The spread (sd of log-time) assumed for each mode. The slow calls' variance swamps the fast
/// calls' own, and the lifetime max is one outlier away from any value, so neither mode's spread
/// is in the figures; 0.15 is a single plan's typical jitter (p99/p50 ≈ 1.4).
constexpr double modeSpread = 0.15;

struct TwoModes
{
    double slowShare = 0;
    double fastMeanMs = 0;
    double slowMeanMs = 0;
};

/// Fast mode: lognormal of spread modeSpread whose typical minimum over the interval's calls is
/// pg's min. Slow mode: the same spread, with share q and mean β solved from the interval's mean m
/// and second moment m₂ = variance + m²: m = (1−q)α + qβ and m₂ = k((1−q)α² + qβ²), k = e^{s²},
/// so q = (m−α)² / (m₂/k − 2αm + α²). Nothing when one lognormal explains the figures or the
/// two modes do not fit inside pg's [min, max].
std::optional<TwoModes> twoModes(double calls, double mean, double variance, double lower, double upper)
{
    if (calls < minCallsForModes || variance <= 0 || !(lower > 0 && lower < mean && mean < upper))
        return std::nullopt;
    const double sigma = std::sqrt(std::log1p(variance / (mean * mean)));
    const double mu = std::log(mean) - sigma * sigma / 2;
    if (calls * normalCdf((std::log(lower) - mu) / sigma) < minCallsBelowMin)
        return std::nullopt;
    const double k = std::exp(modeSpread * modeSpread);
    const double fastMedian = lower * std::exp(typicalMinimumDepth(calls) * modeSpread);
    const double alpha = fastMedian * std::sqrt(k);
    const double denominator = (variance + mean * mean) / k - 2 * alpha * mean + alpha * alpha;
    if (mean <= alpha || denominator <= (mean - alpha) * (mean - alpha))
        return std::nullopt;
    TwoModes modes;
    modes.slowShare = (mean - alpha) * (mean - alpha) / denominator;
    modes.fastMeanMs = alpha;
    modes.slowMeanMs = alpha + (mean - alpha) / modes.slowShare;
    if (modes.slowShare > maxSlowShare || modes.slowMeanMs < minModeGap * alpha || modes.slowMeanMs >= upper)
        return std::nullopt;
    return modes;
}

} // namespace

QList<PercentileEstimator::Component> PercentileEstimator::componentsFor(qint64 calls, double meanMs,
                                                                        double varianceMs2, double minMs,
                                                                        double maxMs)
{
    Component c;
    c.weight = double(calls);
    c.meanMs = meanMs;
    c.varianceMs2 = calls > 1 ? varianceMs2 : 0.0;
    if (maxMs > 0 && minMs >= 0 && maxMs >= minMs) {
        c.lowerMs = minMs;
        c.upperMs = maxMs;
    }
    const std::optional<TwoModes> modes = twoModes(c.weight, c.meanMs, c.varianceMs2, c.lowerMs, c.upperMs);
    if (!modes)
        return {c};
    const double relativeVariance = std::expm1(modeSpread * modeSpread); // variance / mean² of a mode
    Component fast = c;
    fast.weight = c.weight * (1 - modes->slowShare);
    fast.meanMs = modes->fastMeanMs;
    fast.varianceMs2 = relativeVariance * fast.meanMs * fast.meanMs;
    Component slow = c;
    slow.weight = c.weight * modes->slowShare;
    slow.meanMs = modes->slowMeanMs;
    slow.varianceMs2 = relativeVariance * slow.meanMs * slow.meanMs;
    return {fast, slow};
}

QList<PercentileEstimator::Component> PercentileEstimator::componentsFor(const StatementInterval &statement)
{
    return componentsFor(statement.calls, statement.meanMs, statement.varianceMs2, statement.minMs, statement.maxMs);
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
            mixture << componentsFor(s);
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
            s.p95Ms = quantile(componentsFor(s), 0.95).value_or(s.meanMs);
    }
}

} // namespace dbpulse
