#include "core/health/healthscore.h"

#include <QMap>
#include <algorithm>

namespace dbpulse {

int HealthScore::pointsFor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return 20;
    case Severity::Warning:
        return 8;
    case Severity::Info:
        return 1;
    case Severity::Ok:
        return 0;
    }
    return 0;
}

HealthScore HealthScore::compute(const QList<Finding> &findings)
{
    QMap<QString, ScoreDeduction> byCheck;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Ok)
            continue;
        ScoreDeduction &d = byCheck[f.check];
        d.check = f.check;
        d.severity = std::max(d.severity, f.severity);
        ++d.findings;
        d.points += pointsFor(f.severity);
    }
    HealthScore result;
    int total = 0;
    for (ScoreDeduction d : std::as_const(byCheck)) {
        d.points = std::min(d.points, 2 * pointsFor(d.severity));
        total += d.points;
        result.deductions << d;
    }
    std::stable_sort(result.deductions.begin(), result.deductions.end(),
                     [](const ScoreDeduction &a, const ScoreDeduction &b) { return a.points > b.points; });
    result.score = std::max(0, 100 - total);
    return result;
}

QString HealthScore::explanation() const
{
    QString text = QStringLiteral("100");
    int total = 0;
    for (const ScoreDeduction &d : deductions) {
        text += QStringLiteral(" − %1 %2 (%3 %4)")
                    .arg(QString::number(d.points), d.check, QString::number(d.findings), severityName(d.severity));
        total += d.points;
    }
    if (total > 100)
        text += QStringLiteral(" (floored at 0)");
    return text + QStringLiteral(" = %1").arg(score);
}

} // namespace dbpulse
