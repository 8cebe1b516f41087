#pragma once

#include <QJsonValue>
#include <cmath>
#include <optional>

namespace dbpulse::cli {

/// Figures in `watch --format jsonl` carry three decimals: finer than any reader needs, and
/// stable lines for scripts that diff them.
inline double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

/// round3() of \a v, or null when it is not known.
inline QJsonValue round3OrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(round3(*v)) : QJsonValue(QJsonValue::Null);
}

} // namespace dbpulse::cli
