#include "core/health/healthscore.h"

#include "core/health/checklabels.h"
#include "core/health/healthproblem.h"

#include <QCoreApplication>
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

/// The severity as an adjective in a sentence; severityName() is the report's fixed spelling.
QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QCoreApplication::translate("Doctor", "ok", "severity in \"1 ok problem\"");
    case Severity::Info:
        return QCoreApplication::translate("Doctor", "info", "severity in \"1 info problem\"");
    case Severity::Warning:
        return QCoreApplication::translate("Doctor", "warning", "severity in \"1 warning problem\"");
    case Severity::Critical:
        return QCoreApplication::translate("Doctor", "critical", "severity in \"1 critical problem\"");
    }
    return {};
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
    // A formula of check names (the --checks spelling), so only its two remarks are translated.
    QString text = QStringLiteral("100");
    int total = 0;
    for (const ScoreDeduction &d : deductions) {
        text += QStringLiteral(" − %1 %2 (%3 %4%5)")
                    .arg(QString::number(d.points), d.check, QString::number(d.findings), severityName(d.severity),
                         d.countedWith.isEmpty() ? QString()
                                                 : QCoreApplication::translate("Doctor", ", counted once with %1").arg(d.countedWith.join(QStringLiteral(", "))));
        total += d.points;
    }
    if (total > 100)
        text += QCoreApplication::translate("Doctor", " (floored at 0)");
    return text + QStringLiteral(" = %1").arg(score);
}

QString HealthScore::coverageText() const
{
    if (coverage.notChecked == 0 && coverage.partly == 0)
        return QCoreApplication::translate("Doctor", "over all %n checks", nullptr, coverage.checks);
    const QString over = QCoreApplication::translate("Doctor", "over %1 of %n checks", nullptr, coverage.checks).arg(coverage.judged());
    if (coverage.notChecked > 0 && coverage.partly > 0)
        return QCoreApplication::translate("Doctor", "%1; %2 not checked; %3 checked only in part")
            .arg(over).arg(coverage.notChecked).arg(coverage.partly);
    if (coverage.notChecked > 0)
        return QCoreApplication::translate("Doctor", "%1; %2 not checked").arg(over).arg(coverage.notChecked);
    return QCoreApplication::translate("Doctor", "%1; %2 checked only in part").arg(over).arg(coverage.partly);
}

QString HealthScore::summary() const
{
    return QCoreApplication::translate("Doctor", "score %1 %2").arg(score).arg(coverageText());
}

QString HealthScore::sentence() const
{
    int problems = 0;
    int points = 0;
    for (const ScoreDeduction &d : deductions) {
        problems += d.findings;
        points += d.points;
    }
    if (problems == 0)
        return QCoreApplication::translate("Doctor", "Score %1 %2: nothing found costs points.").arg(score).arg(coverageText());
    // One problem reads "costs" in English whatever the language's plural rule, so it is its own text.
    const QString cost = problems == 1 && points == 1 ? QCoreApplication::translate("Doctor", "1 problem costs 1 point")
        : problems == 1 ? QCoreApplication::translate("Doctor", "1 problem costs %n points", nullptr, points)
                        : QCoreApplication::translate("Doctor", "%1 problems cost %n points", nullptr, points).arg(problems);
    return (points > 100 ? QCoreApplication::translate("Doctor", "Score %1 %2: %3 (the score stops at 0).")
                         : QCoreApplication::translate("Doctor", "Score %1 %2: %3."))
        .arg(score).arg(coverageText(), cost);
}

QStringList HealthScore::breakdown() const
{
    QStringList lines;
    for (const ScoreDeduction &d : deductions) {
        const QString severity = severityWord(d.severity);
        QString line = d.findings == 1 ? QCoreApplication::translate("Doctor", "−%1 %2: 1 %3 problem")
                                       : QCoreApplication::translate("Doctor", "−%1 %2: %n problems, the worst %3", nullptr, d.findings);
        line = line.arg(d.points).arg(checkLabel(d.check), severity);
        if (d.capped)
            line = QCoreApplication::translate("Doctor", "%1, capped at %2 points for one check").arg(line).arg(d.points);
        if (!d.countedWith.isEmpty())
            line = QCoreApplication::translate("Doctor", "%1, counted once with %2").arg(line, checkLabels(d.countedWith));
        lines << line;
    }
    return lines;
}

} // namespace dbpulse
