#include "core/health/healthreportwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dbpulse::HealthReportWriter {

namespace {

// Worst first, then in check order: the on-call reader wants the fire at the top.
QList<Finding> sortedFindings(const HealthReport &report)
{
    QList<Finding> list = report.findings;
    std::stable_sort(list.begin(), list.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return list;
}

QString summaryLine(const HealthReport &report)
{
    int counts[4] = {0, 0, 0, 0};
    for (const Finding &f : report.findings)
        ++counts[int(f.severity)];
    return QStringLiteral("%1 critical, %2 warning, %3 info, %4 ok").arg(counts[3]).arg(counts[2]).arg(counts[1]).arg(counts[0]);
}

QString generatedAt(const HealthReport &report)
{
    return report.generatedAt.toUTC().toString(Qt::ISODate);
}

QString mdEscape(QString s)
{
    return s.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
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
                                    {QStringLiteral("severity"), severityName(f.severity)},
                                    {QStringLiteral("object"), f.object},
                                    {QStringLiteral("detail"), f.detail},
                                    {QStringLiteral("value"), f.value},
                                    {QStringLiteral("threshold"), f.threshold},
                                    {QStringLiteral("fix"), f.fix}});
    }
    // Timings are numbers beside the findings, so scripts and the benchmark see where time went.
    QJsonArray checks;
    for (const CheckTiming &t : report.timings)
        checks.append(QJsonObject{{QStringLiteral("check"), t.check}, {QStringLiteral("elapsed_ms"), t.elapsedMs}});
    const QJsonObject root{{QStringLiteral("target"), report.target},
                           {QStringLiteral("generated_at"), generatedAt(report)},
                           {QStringLiteral("score"), report.score.score},
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
    out += QStringLiteral("score %1/100: %2\n").arg(report.score.score).arg(report.score.explanation());
    out += summaryLine(report) + QStringLiteral("\n\n");
    for (const Finding &f : sortedFindings(report)) {
        const QString sev = severityName(f.severity).toUpper();
        if (f.severity == Severity::Ok) {
            out += QStringLiteral("[OK]       %1: %2\n").arg(f.check, f.detail);
            continue;
        }
        out += QStringLiteral("[%1] %2: %3\n").arg(sev.leftJustified(8), f.check, f.object);
        out += QStringLiteral("           %1\n").arg(f.detail);
        if (!f.value.isEmpty() || !f.threshold.isEmpty())
            out += QStringLiteral("           value %1, threshold %2\n").arg(f.value, f.threshold);
        if (!f.fix.isEmpty()) {
            out += QStringLiteral("           fix (not run):\n");
            for (const QString &line : f.fix.split(QLatin1Char('\n')))
                out += QStringLiteral("             %1\n").arg(line);
        }
    }
    return out;
}

QString markdown(const HealthReport &report)
{
    QString out;
    out += QStringLiteral("# DB Pulse health report: %1\n\n").arg(report.target);
    out += QStringLiteral("- server: %1\n- generated: %2 (%3 ms)\n- **score: %4/100** — %5\n- %6\n\n")
               .arg(report.server, generatedAt(report), QString::number(report.elapsedMs),
                    QString::number(report.score.score), report.score.explanation(), summaryLine(report));
    out += QStringLiteral("| severity | check | object | detail | value | threshold |\n|---|---|---|---|---|---|\n");
    const QList<Finding> list = sortedFindings(report);
    for (const Finding &f : list)
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(severityName(f.severity), f.check, mdEscape(f.object), mdEscape(f.detail), mdEscape(f.value),
                        mdEscape(f.threshold));
    bool heading = false;
    for (const Finding &f : list) {
        if (f.fix.isEmpty() || f.severity == Severity::Ok)
            continue;
        if (!heading) {
            out += QStringLiteral("\n## Suggested fixes (not run)\n");
            heading = true;
        }
        out += QStringLiteral("\n### %1: %2\n\n```sql\n%3\n```\n").arg(f.check, f.object, f.fix);
    }
    return out;
}

QString html(const HealthReport &report)
{
    const auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>DB Pulse health report: %1</title>\n"
        "<style>\nbody{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.4em}"
        ".score{font-size:2em;font-weight:bold}.f{border-left:6px solid #999;padding:.4em .8em;margin:.6em 0;"
        "page-break-inside:avoid;break-inside:avoid;background:#fafafa}.critical{border-color:#c0392b}"
        ".warning{border-color:#e67e22}.info{border-color:#2980b9}.ok{border-color:#27ae60}"
        ".sev{font-weight:bold;text-transform:uppercase;font-size:.8em}pre{background:#f0f0f0;padding:.5em;"
        "white-space:pre-wrap;font-size:.85em}.muted{color:#666;font-size:.9em}"
        "@media print{body{margin:1cm}.f{background:none}}\n</style></head><body>\n")
                      .arg(e(report.target));
    out += QStringLiteral("<h1>DB Pulse health report: %1</h1>\n<p class=\"muted\">%2 — generated %3 in %4 ms</p>\n")
               .arg(e(report.target), e(report.server), generatedAt(report), QString::number(report.elapsedMs));
    out += QStringLiteral("<p><span class=\"score\">%1/100</span><br><span class=\"muted\">%2<br>%3</span></p>\n")
               .arg(QString::number(report.score.score), e(report.score.explanation()), e(summaryLine(report)));
    for (const Finding &f : sortedFindings(report)) {
        const QString sev = severityName(f.severity);
        out += QStringLiteral("<div class=\"f %1\"><span class=\"sev\">%1</span> <b>%2</b> %3<br>%4")
                   .arg(sev, e(f.check), f.object.isEmpty() ? QString() : QStringLiteral("— ") + e(f.object), e(f.detail));
        if (!f.value.isEmpty() || !f.threshold.isEmpty())
            out += QStringLiteral("<br><span class=\"muted\">value %1, threshold %2</span>").arg(e(f.value), e(f.threshold));
        if (!f.fix.isEmpty() && f.severity != Severity::Ok)
            out += QStringLiteral("<pre>%1</pre>").arg(e(f.fix));
        out += QStringLiteral("</div>\n");
    }
    out += QStringLiteral("<p class=\"muted\">Fixes are suggestions; DB Pulse did not run them.</p>\n</body></html>\n");
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
