#include "core/health/healthreportwriter.h"

#include "core/health/checklabels.h"
#include "core/health/healthproblem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dbpulse::HealthReportWriter {

namespace {

// Worst first, then in check order: the on-call reader wants the fire at the top. Related
// findings stay together as one problem, ranked by its worst part.
QList<HealthProblem> sortedProblems(const HealthReport &report)
{
    QList<HealthProblem> list = groupProblems(report.findings);
    std::stable_sort(list.begin(), list.end(),
                     [](const HealthProblem &a, const HealthProblem &b) { return statusRank(a.lead()) > statusRank(b.lead()); });
    return list;
}

QString summaryLine(const HealthReport &report)
{
    int counts[4] = {0, 0, 0, 0};
    int notChecked = 0;
    for (const Finding &f : report.findings) {
        if (f.isNotChecked())
            ++notChecked;
        else
            ++counts[int(f.severity)];
    }
    return QCoreApplication::translate("Doctor", "%1 critical, %2 warning, %3 not checked, %4 info, %5 ok")
        .arg(counts[3]).arg(counts[2]).arg(notChecked).arg(counts[1]).arg(counts[0]);
}

/// "CRITICAL", "NOT CHECKED (privilege)", "INFO (transient)".
QString statusLabel(const Finding &f)
{
    if (f.isNotChecked())
        return QCoreApplication::translate("Doctor", "NOT CHECKED (%1)").arg(notCheckedName(f.notChecked));
    QString name;
    switch (f.severity) {
    case Severity::Ok:
        name = QCoreApplication::translate("Doctor", "OK");
        break;
    case Severity::Info:
        name = QCoreApplication::translate("Doctor", "INFO");
        break;
    case Severity::Warning:
        name = QCoreApplication::translate("Doctor", "WARNING");
        break;
    case Severity::Critical:
        name = QCoreApplication::translate("Doctor", "CRITICAL");
        break;
    }
    return f.transient ? QCoreApplication::translate("Doctor", "%1 (transient)").arg(name) : name;
}

/// The fixes of a problem's parts, each once: a part whose fix repeats one already shown
/// (reconciled advice quotes the lead's) adds nothing.
QStringList distinctFixes(const HealthProblem &p)
{
    QStringList fixes;
    for (const Finding &f : p.parts) {
        if (f.fix.isEmpty() || f.severity == Severity::Ok)
            continue;
        const bool repeats = std::any_of(fixes.cbegin(), fixes.cend(), [&f](const QString &shown) { return f.fix.contains(shown); });
        if (!repeats)
            fixes << f.fix;
    }
    return fixes;
}

QString groupNote(const HealthProblem &p)
{
    return QCoreApplication::translate("Doctor", "one problem seen by %1 checks, counted once at its worst (%2)")
        .arg(p.parts.size()).arg(severityName(p.lead().severity));
}

QString generatedAt(const HealthReport &report)
{
    return report.generatedAt.toUTC().toString(Qt::ISODate);
}

QString mdEscape(QString s)
{
    return s.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// \a word as one shell word: quoted when it holds anything but letters, digits and _.:-/
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:/-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

void textFinding(QString &out, const Finding &f, const QString &indent)
{
    out += indent + f.detail + QLatin1Char('\n');
    if (!f.value.isEmpty() || !f.threshold.isEmpty())
        out += indent + QStringLiteral("value %1, threshold %2\n").arg(f.value, f.threshold);
}

void textFixes(QString &out, const QStringList &fixes)
{
    for (const QString &fix : fixes) {
        out += QStringLiteral("           fix (not run):\n");
        for (const QString &line : fix.split(QLatin1Char('\n')))
            out += QStringLiteral("             %1\n").arg(line);
    }
}

} // namespace

bool parseFormat(const QString &name, Format *format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("text"))
        *format = Format::Text;
    else if (n == QLatin1String("json"))
        *format = Format::Json;
    else if (n == QLatin1String("markdown") || n == QLatin1String("md"))
        *format = Format::Markdown;
    else if (n == QLatin1String("html"))
        *format = Format::Html;
    else
        return false;
    return true;
}

QByteArray json(const HealthReport &report)
{
    QJsonArray findings;
    for (const Finding &f : report.findings) {
        findings.append(QJsonObject{{QStringLiteral("check"), f.check},
                                    {QStringLiteral("severity"), statusName(f)},
                                    {QStringLiteral("not_checked"), notCheckedName(f.notChecked)},
                                    {QStringLiteral("problem"), f.problem},
                                    {QStringLiteral("transient"), f.transient},
                                    {QStringLiteral("object"), f.object},
                                    {QStringLiteral("detail"), f.detail},
                                    {QStringLiteral("value"), f.value},
                                    {QStringLiteral("threshold"), f.threshold},
                                    {QStringLiteral("fix"), f.fix}});
    }
    const ScoreCoverage &c = report.score.coverage;
    const QJsonObject coverage{{QStringLiteral("checks"), c.checks},
                               {QStringLiteral("judged"), c.judged()},
                               {QStringLiteral("not_checked"), c.notChecked},
                               {QStringLiteral("partly"), c.partly}};
    // Timings are numbers beside the findings, so scripts and the benchmark see where time went.
    QJsonArray checks;
    for (const CheckTiming &t : report.timings)
        checks.append(QJsonObject{{QStringLiteral("check"), t.check}, {QStringLiteral("elapsed_ms"), t.elapsedMs}});
    const QJsonObject root{{QStringLiteral("target"), report.target},
                           {QStringLiteral("generated_at"), generatedAt(report)},
                           {QStringLiteral("score"), report.score.score},
                           {QStringLiteral("score_summary"), report.score.summary()},
                           {QStringLiteral("coverage"), coverage},
                           {QStringLiteral("elapsed_ms"), report.elapsedMs},
                           {QStringLiteral("checks"), checks},
                           {QStringLiteral("findings"), findings}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString text(const HealthReport &report)
{
    QString out;
    out += QStringLiteral("DB Pulse doctor — %1 (%2)\n").arg(report.target, report.server);
    out += QStringLiteral("generated %1 in %2 ms\n").arg(generatedAt(report)).arg(report.elapsedMs);
    out += report.score.sentence() + QLatin1Char('\n');
    for (const QString &line : report.score.breakdown())
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    out += summaryLine(report) + QStringLiteral("\n\n");
    for (const HealthProblem &p : sortedProblems(report)) {
        const Finding &f = p.lead();
        if (!p.isGroup() && f.severity == Severity::Ok && !f.isNotChecked()) {
            out += QStringLiteral("[OK]       %1: %2\n").arg(checkLabel(f.check), f.detail);
            continue;
        }
        out += QStringLiteral("[%1] %2: %3\n").arg(statusLabel(f).leftJustified(8), checkLabels(p.checkNames()), f.object);
        if (!p.isGroup()) {
            textFinding(out, f, QStringLiteral("           "));
        } else {
            out += QStringLiteral("           %1:\n").arg(groupNote(p));
            for (const Finding &part : p.parts) {
                out += QStringLiteral("           - %1 (%2):\n").arg(checkLabel(part.check), statusLabel(part).toLower());
                textFinding(out, part, QStringLiteral("             "));
            }
        }
        textFixes(out, distinctFixes(p));
        // The labels are for reading; --fix takes the check's name.
        for (const Finding &part : p.parts) {
            if (part.action.isValid())
                out += QStringLiteral("           run it with: --fix %1\n").arg(shellWord(part.check + QLatin1Char(':') + part.object));
        }
    }
    return out;
}

QString markdown(const HealthReport &report)
{
    QString out;
    out += QStringLiteral("# DB Pulse health report: %1\n\n").arg(report.target);
    out += QStringLiteral("- server: %1\n- generated: %2 (%3 ms)\n- **score: %4/100** — %5\n")
               .arg(report.server, generatedAt(report), QString::number(report.elapsedMs),
                    QString::number(report.score.score), report.score.sentence());
    for (const QString &line : report.score.breakdown())
        out += QStringLiteral("  - %1\n").arg(mdEscape(line));
    out += QStringLiteral("- %1\n\n").arg(summaryLine(report));
    out += QStringLiteral("| severity | check | object | detail | value | threshold |\n|---|---|---|---|---|---|\n");
    const QList<HealthProblem> list = sortedProblems(report);
    for (const HealthProblem &p : list) {
        if (p.isGroup())
            out += QStringLiteral("| %1 | %2 | %3 | %4 | | |\n")
                       .arg(statusLabel(p.lead()).toLower(), checkLabels(p.checkNames()), mdEscape(p.lead().object), groupNote(p));
        for (const Finding &f : p.parts)
            out += QStringLiteral("| %1 | %2%3 | %4 | %5 | %6 | %7 |\n")
                       .arg(statusLabel(f).toLower(), p.isGroup() ? QStringLiteral("↳ ") : QString(), checkLabel(f.check), mdEscape(f.object),
                            mdEscape(f.detail), mdEscape(f.value), mdEscape(f.threshold));
    }
    bool heading = false;
    for (const HealthProblem &p : list) {
        for (const QString &fix : distinctFixes(p)) {
            if (!heading) {
                out += QStringLiteral("\n## Suggested fixes (not run)\n");
                heading = true;
            }
            out += QStringLiteral("\n### %1: %2\n\n```sql\n%3\n```\n").arg(checkLabels(p.checkNames()), p.lead().object, fix);
        }
    }
    return out;
}

QString html(const HealthReport &report)
{
    const auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n<title>%2</title>\n"
        "<style>\nbody{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.4em}"
        ".score{font-size:2em;font-weight:bold}.f{border-left:6px solid #999;padding:.4em .8em;margin:.6em 0;"
        "page-break-inside:avoid;break-inside:avoid;background:#fafafa}.critical{border-color:#c0392b}"
        ".warning{border-color:#e67e22}.info{border-color:#2980b9}.ok{border-color:#27ae60}"
        ".notchecked{border-color:#7f8c8d;border-left-style:dashed}.part{margin:.3em 0 .3em 1em}"
        ".sev{font-weight:bold;text-transform:uppercase;font-size:.8em}pre{background:#f0f0f0;padding:.5em;"
        "white-space:pre-wrap;font-size:.85em}.muted{color:#666;font-size:.9em}"
        "@media print{body{margin:1cm}.f{background:none}}\n</style></head><body>\n")
                      .arg(QCoreApplication::translate("Doctor", "en", "the report's language: an HTML lang code"), e(QCoreApplication::translate("Doctor", "DB Pulse health report: %1").arg(report.target)));
    out += QStringLiteral("<h1>%1</h1>\n<p class=\"muted\">%2</p>\n")
               .arg(e(QCoreApplication::translate("Doctor", "DB Pulse health report: %1").arg(report.target)),
                    e(QCoreApplication::translate("Doctor", "%1 — generated %2 in %3 ms").arg(report.server, generatedAt(report), QString::number(report.elapsedMs))));
    QString breakdown;
    for (const QString &line : report.score.breakdown())
        breakdown += QStringLiteral("<li>%1</li>").arg(e(line));
    out += QStringLiteral("<p><span class=\"score\">%1/100</span> %2</p>\n%3<p class=\"muted\">%4</p>\n")
               .arg(QString::number(report.score.score), e(report.score.sentence()),
                    breakdown.isEmpty() ? QString() : QStringLiteral("<ul class=\"muted\">%1</ul>").arg(breakdown),
                    e(summaryLine(report)));
    const auto cssClass = [](const Finding &f) { return f.isNotChecked() ? QStringLiteral("notchecked") : severityName(f.severity); };
    const auto body = [&e](const Finding &f) {
        QString html = e(f.detail);
        if (!f.value.isEmpty() || !f.threshold.isEmpty())
            html += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(e(QCoreApplication::translate("Doctor", "value %1, threshold %2").arg(f.value, f.threshold)));
        return html;
    };
    for (const HealthProblem &p : sortedProblems(report)) {
        const Finding &f = p.lead();
        out += QStringLiteral("<div class=\"f %1\"><span class=\"sev\">%2</span> <b>%3</b> %4<br>")
                   .arg(cssClass(f), e(statusLabel(f)), e(checkLabels(p.checkNames())), f.object.isEmpty() ? QString() : QStringLiteral("— ") + e(f.object));
        if (!p.isGroup()) {
            out += body(f);
        } else {
            out += e(groupNote(p));
            for (const Finding &part : p.parts)
                out += QStringLiteral("<div class=\"part\"><span class=\"sev\">%1</span> <b>%2</b>: %3</div>")
                           .arg(e(statusLabel(part)), e(checkLabel(part.check)), body(part));
        }
        for (const QString &fix : distinctFixes(p))
            out += QStringLiteral("<pre>%1</pre>").arg(e(fix));
        out += QStringLiteral("</div>\n");
    }
    out += QStringLiteral("<p class=\"muted\">%1</p>\n</body></html>\n").arg(e(QCoreApplication::translate("Doctor", "Fixes are suggestions; DB Pulse did not run them.")));
    return out;
}

QByteArray render(const HealthReport &report, Format format)
{
    switch (format) {
    case Format::Json:
        return json(report);
    case Format::Markdown:
        return markdown(report).toUtf8();
    case Format::Html:
        return html(report).toUtf8();
    case Format::Text:
        break;
    }
    return text(report).toUtf8();
}

} // namespace dbpulse::HealthReportWriter
