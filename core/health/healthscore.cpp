#include "core/health/healthscore.h"

#include "core/health/checklabels.h"
#include "core/health/healthproblem.h"

#include <QMap>
#include <algorithm>

namespace dbpulse {

namespace {

ScoreCoverage coverageOf(const QList<Finding> &findings)
{
    QMap<QString, QPair<bool, bool>> byCheck; // check → (something judged, something not checked)
    for (const Finding &f : findings) {
        auto &[judged, notChecked] = byCheck[f.check];
        (f.isNotChecked() ? notChecked : judged) = true;
    }
    ScoreCoverage c;
    c.checks = int(byCheck.size());
    for (const auto &[judged, notChecked] : std::as_const(byCheck)) {
        c.notChecked += !judged ? 1 : 0;
        c.partly += judged && notChecked ? 1 : 0;
    }
    return c;
}

} // namespace

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
    for (const HealthProblem &p : groupProblems(findings)) {
        const Finding &lead = p.lead();
        if (!lead.isScored() || lead.severity == Severity::Ok)
            continue;
        ScoreDeduction &d = byCheck[lead.check];
        d.check = lead.check;
        d.severity = std::max(d.severity, lead.severity);
        ++d.findings;
        d.points += pointsFor(lead.severity);
        for (const Finding &part : p.parts) {
            if (part.check != lead.check && !d.countedWith.contains(part.check))
                d.countedWith << part.check;
        }
    }
    HealthScore result;
    int total = 0;
    for (ScoreDeduction d : std::as_const(byCheck)) {
        d.capped = d.points > 2 * pointsFor(d.severity);
        d.points = std::min(d.points, 2 * pointsFor(d.severity));
        total += d.points;
        result.deductions << d;
    }
    std::stable_sort(result.deductions.begin(), result.deductions.end(),
                     [](const ScoreDeduction &a, const ScoreDeduction &b) { return a.points > b.points; });
    result.score = std::max(0, 100 - total);
    result.coverage = coverageOf(findings);
    return result;
}

QString HealthScore::explanation() const
{
    QString text = QStringLiteral("100");
    int total = 0;
    for (const ScoreDeduction &d : deductions) {
        text += QStringLiteral(" − %1 %2 (%3 %4%5)")
                    .arg(QString::number(d.points), d.check, QString::number(d.findings), severityName(d.severity),
                         d.countedWith.isEmpty() ? QString()
                                                 : QStringLiteral(", counted once with %1").arg(d.countedWith.join(QStringLiteral(", "))));
        total += d.points;
    }
    if (total > 100)
        text += QStringLiteral(" (floored at 0)");
    return text + QStringLiteral(" = %1").arg(score);
}

QString HealthScore::coverageText() const
{
    if (coverage.notChecked == 0 && coverage.partly == 0)
        return QStringLiteral("over all %1 checks").arg(coverage.checks);
    QString text = QStringLiteral("over %1 of %2 checks").arg(coverage.judged()).arg(coverage.checks);
    if (coverage.notChecked > 0)
        text += QStringLiteral("; %1 not checked").arg(coverage.notChecked);
    if (coverage.partly > 0)
        text += QStringLiteral("; %1 checked only in part").arg(coverage.partly);
    return text;
}

QString HealthScore::summary() const
{
    return QStringLiteral("score %1 %2").arg(score).arg(coverageText());
}

QString HealthScore::sentence() const
{
    int problems = 0;
    int points = 0;
    for (const ScoreDeduction &d : deductions) {
        problems += d.findings;
        points += d.points;
    }
    const QString opening = QStringLiteral("Score %1 %2").arg(score).arg(coverageText());
    if (problems == 0)
        return opening + QStringLiteral(": nothing found costs points.");
    const QString cost = problems == 1 ? QStringLiteral("1 problem costs") : QStringLiteral("%1 problems cost").arg(problems);
    return opening + QStringLiteral(": %1 %2 point%3%4.")
                         .arg(cost)
                         .arg(points)
                         .arg(points == 1 ? QString() : QStringLiteral("s"))
                         .arg(points > 100 ? QStringLiteral(" (the score stops at 0)") : QString());
}

QStringList HealthScore::breakdown() const
{
    QStringList lines;
    for (const ScoreDeduction &d : deductions) {
        QString line = QStringLiteral("−%1 %2: ").arg(d.points).arg(checkLabel(d.check));
        line += d.findings == 1 ? QStringLiteral("1 %1 problem").arg(severityName(d.severity))
                                : QStringLiteral("%1 problems, the worst %2").arg(d.findings).arg(severityName(d.severity));
        if (d.capped)
            line += QStringLiteral(", capped at %1 points for one check").arg(d.points);
        if (!d.countedWith.isEmpty())
            line += QStringLiteral(", counted once with %1").arg(checkLabels(d.countedWith));
        lines << line;
    }
    return lines;
}

} // namespace dbpulse
