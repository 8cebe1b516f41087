#pragma once

#include "core/health/finding.h"

#include <QList>
#include <QStringList>

namespace dbpulse {

/// \brief One problem of a report: a finding on its own, or the findings of related checks that
/// reconcileFindings() gave one Finding::problem id. Value type, any thread.
struct HealthProblem
{
    QString id;            ///< the shared problem id; empty for a finding on its own
    QList<Finding> parts;  ///< never empty; the lead (worst, then first reported) first

    const Finding &lead() const { return parts.first(); }
    bool isGroup() const { return parts.size() > 1; }
    /// "dead_tuples + autovacuum_lag": the parts' checks, lead first.
    QString checks() const;
    /// The parts' checks, each once, lead first.
    QStringList checkNames() const;
};

/// \a findings as problems, in the order each problem's first finding appears.
QList<HealthProblem> groupProblems(const QList<Finding> &findings);

} // namespace dbpulse
