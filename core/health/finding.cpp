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

QString notCheckedName(NotChecked reason)
{
    switch (reason) {
    case NotChecked::None:
        return {};
    case NotChecked::Privilege:
        return QStringLiteral("privilege");
    case NotChecked::Extension:
        return QStringLiteral("extension");
    case NotChecked::Timeout:
        return QStringLiteral("timeout");
    case NotChecked::LockTimeout:
        return QStringLiteral("lock_timeout");
    case NotChecked::TimeBudget:
        return QStringLiteral("time_budget");
    case NotChecked::ConnectionLost:
        return QStringLiteral("connection_lost");
    case NotChecked::UsageWindow:
        return QStringLiteral("usage_window");
    case NotChecked::Error:
        return QStringLiteral("error");
    }
    return {};
}

bool impairsRun(NotChecked reason)
{
    // A young usage window is the database's state, not a fault of the run.
    return reason != NotChecked::None && reason != NotChecked::Privilege && reason != NotChecked::Extension
        && reason != NotChecked::UsageWindow;
}

Finding notCheckedFinding(const QString &check, const QString &object, NotChecked reason, const QString &detail,
                          const QString &fix)
{
    Finding f{check, Severity::Info, object, detail, {}, {}, fix, {}};
    f.notChecked = reason;
    return f;
}

QString statusName(const Finding &finding)
{
    return finding.isNotChecked() ? QStringLiteral("not_checked") : severityName(finding.severity);
}

int statusRank(const Finding &finding)
{
    // Between warning and info: not knowing matters more than a hint, less than a known problem.
    switch (finding.isNotChecked() ? Severity::Warning : finding.severity) {
    case Severity::Critical:
        return 4;
    case Severity::Warning:
        return finding.isNotChecked() ? 2 : 3;
    case Severity::Info:
        return 1;
    case Severity::Ok:
        return 0;
    }
    return 0;
}

Severity worstSeverity(const QList<Finding> &findings)
{
    Severity worst = Severity::Ok;
    for (const Finding &f : findings) {
        if (f.isNotChecked())
            worst = std::max(worst, impairsRun(f.notChecked) ? Severity::Warning : Severity::Ok);
        else
            worst = std::max(worst, f.severity);
    }
    return worst;
}

} // namespace dbpulse
