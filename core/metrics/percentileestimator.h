#pragma once

#include "core/metrics/metricssample.h"

#include <QList>
#include <limits>
#include <optional>

namespace dbpulse {

/// \brief Estimates latency percentiles of an interval from per-statement moments. Pure, any thread.
///
/// Each statement's interval latencies are modelled as a lognormal with its interval mean and
/// variance (a point mass when the variance is 0 or there was one call), censored to the entry's
/// lifetime [min, max] execution time when that range is consistent with the mean.
///
/// A statement with two latency modes (a cache hit and a miss, a plan that sometimes waits) is
/// read as two lognormals instead, when one lognormal cannot explain its figures: the variance
/// comes from a few slow calls, so one lognormal with that variance would put many of the
/// interval's calls below the fastest call pg ever recorded (its min), where a statement that
/// really is one lognormal has at most about one. The fast mode then sits just above that min,
/// and the interval's mean and variance give the slow mode's share and place (see twoModes in
/// the .cpp). The interval's distribution is the mixture of all components weighted by calls;
/// a quantile is found by bisection on log-time.
class PercentileEstimator
{
public:
    /// \brief One mixture component.
    struct Component
    {
        double weight = 0;       ///< calls
        double meanMs = 0;
        double varianceMs2 = 0;
        double lowerMs = 0;      ///< no latency below this (0: unbounded)
        double upperMs = std::numeric_limits<double>::infinity();
    };

    /// One statement's calls as one component, or two when they show two latency modes.
    /// \a minMs / \a maxMs: pg's lifetime bounds of the entry (0/0: none).
    static QList<Component> componentsFor(qint64 calls, double meanMs, double varianceMs2, double minMs,
                                          double maxMs);
    static QList<Component> componentsFor(const StatementInterval &statement);

    /// P(latency ≤ t) for one component / for the mixture.
    static double cdf(const Component &component, double tMs);
    static double cdf(const QList<Component> &mixture, double tMs);

    /// Smallest t with cdf(t) ≥ q (q in (0,1)); nothing for an empty mixture.
    static std::optional<double> quantile(const QList<Component> &mixture, double q);

    /// p50/p95/p99 of the calls in \a statements; nothing when no statement made a call.
    static std::optional<LatencyPercentiles> estimate(const QList<StatementInterval> &statements);

    /// Fills each statement's p95Ms from its own components.
    static void estimateEach(QList<StatementInterval> &statements);
};

} // namespace dbpulse
