#include "core/metrics/statementscadence.h"

#include <algorithm>
#include <cmath>

namespace dbpulse::StatementsCadence {

int every(double perRefreshMs, double statementsMs, double budgetMs, int cap)
{
    cap = std::max(1, cap);
    const double allowance = std::max(aimShare * budgetMs - perRefreshMs, minStatementsShare * budgetMs);
    if (statementsMs <= allowance)
        return 1;
    if (allowance <= 0)
        return cap;
    // The smallest k with statementsMs / k ≤ allowance; the epsilon keeps an exact fit at that k.
    const double k = std::ceil(statementsMs / allowance - 1e-9);
    return int(std::clamp(k, 1.0, double(cap)));
}

int textsWait(double textsMs, double budgetMs)
{
    const double allowance = textsShare * budgetMs;
    if (textsMs <= allowance)
        return 1;
    if (allowance <= 0)
        return maxTextsWait;
    return int(std::clamp(std::ceil(textsMs / allowance - 1e-9), 1.0, double(maxTextsWait)));
}

} // namespace dbpulse::StatementsCadence
