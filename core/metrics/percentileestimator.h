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
/// lifetime [min, max] execution time when that range is consistent with the mean. The interval's
/// distribution is the mixture weighted by calls; a quantile is found by bisection on log-time.
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

    static Component componentFor(const StatementInterval &statement);

    /// P(latency ≤ t) for one component / for the mixture.
    static double cdf(const Component &component, double tMs);
    static double cdf(const QList<Component> &mixture, double tMs);

    /// Smallest t with cdf(t) ≥ q (q in (0,1)); nothing for an empty mixture.
    static std::optional<double> quantile(const QList<Component> &mixture, double q);

    /// p50/p95/p99 of the calls in \a statements; nothing when no statement made a call.
    static std::optional<LatencyPercentiles> estimate(const QList<StatementInterval> &statements);

    /// Fills each statement's p95Ms from its own component.
    static void estimateEach(QList<StatementInterval> &statements);
};

} // namespace dbpulse
