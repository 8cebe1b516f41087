#include "core/health/healthproblem.h"

#include <QHash>

#include <algorithm>

namespace dbpulse {

QString HealthProblem::checks() const
{
    return checkNames().join(QStringLiteral(" + "));
}

QStringList HealthProblem::checkNames() const
{
    QStringList names;
    for (const Finding &f : parts) {
        if (!names.contains(f.check))
            names << f.check;
    }
    return names;
}

QList<HealthProblem> groupProblems(const QList<Finding> &findings)
{
    QList<HealthProblem> problems;
    QHash<QString, qsizetype> byId;
    for (const Finding &f : findings) {
        if (f.problem.isEmpty()) {
            problems << HealthProblem{QString(), {f}};
            continue;
        }
        const auto it = byId.constFind(f.problem);
        if (it == byId.cend()) {
            byId.insert(f.problem, problems.size());
            problems << HealthProblem{f.problem, {f}};
        } else {
            problems[*it].parts << f;
        }
    }
    for (HealthProblem &p : problems)
        std::stable_sort(p.parts.begin(), p.parts.end(),
                         [](const Finding &a, const Finding &b) { return statusRank(a) > statusRank(b); });
    return problems;
}

} // namespace dbpulse
