#include "core/health/finding.h"

namespace dbpulse {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

bool parseSeverity(const QString &text, Severity *severity)
{
    for (Severity s : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Critical}) {
        if (text.compare(severityName(s), Qt::CaseInsensitive) == 0) {
            *severity = s;
            return true;
        }
    }
    return false;
}

Severity worstSeverity(const QList<Finding> &findings)
{
    Severity worst = Severity::Ok;
    for (const Finding &f : findings)
        worst = std::max(worst, f.severity);
    return worst;
}

} // namespace dbpulse
