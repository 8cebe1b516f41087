#pragma once

#include "core/health/finding.h"

#include <QList>
#include <QString>

namespace dbpulse {

/// \brief What one check cost: its findings by worst severity and the points taken off.
struct ScoreDeduction
{
    QString check;
    Severity severity = Severity::Ok;  ///< the check's worst finding
    int findings = 0;                  ///< findings above ok
    int points = 0;                    ///< after the per-check cap
};

/// \brief The 0–100 health score and why. Value type, any thread.
///
/// Each finding costs critical 20, warning 8, info 1 points; one check costs at most twice the
/// price of its worst finding, so 300 unused indexes cannot outweigh one wraparound alarm.
struct HealthScore
{
    int score = 100;
    QList<ScoreDeduction> deductions;  ///< only checks that cost points, most expensive first

    static int pointsFor(Severity severity);
    static HealthScore compute(const QList<Finding> &findings);
    /// "100 − 40 critical orphan_rows (2 findings) − 8 warning … = 52"
    QString explanation() const;
};

} // namespace dbpulse
