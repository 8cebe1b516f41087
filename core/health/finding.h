#pragma once

#include "core/health/maintenanceaction.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace dbpulse {

/// \brief How bad a finding is. Ordered: a higher value is worse. Any thread.
enum class Severity { Ok = 0, Info = 1, Warning = 2, Critical = 3 };

/// "ok", "info", "warning", "critical" — the spelling used in every report.
QString severityName(Severity severity);
/// The inverse of severityName(); false when \a text names no severity.
bool parseSeverity(const QString &text, Severity *severity);

/// \brief Why a check (or one object of it) could not be judged. None: it was judged.
enum class NotChecked {
    None,
    Privilege,      ///< the role may not read what the check needs
    Extension,      ///< an extension the check needs is missing or not loaded
    Timeout,        ///< statement_timeout ended it
    LockTimeout,    ///< it waited too long for a lock
    TimeBudget,     ///< a check's own time budget ran out (orphan scans)
    ConnectionLost, ///< the doctor's connection broke before it ran
    UsageWindow,    ///< usage counters cover too short a window to judge yet (unused indexes)
    Error,          ///< the statement failed for another reason
};

/// "privilege", "extension", "timeout", "lock_timeout", "time_budget", "connection_lost",
/// "usage_window", "error";
/// empty for None.
QString notCheckedName(NotChecked reason);
/// True for reasons that say the run itself was impaired (a timeout, a lost connection, an error):
/// the CLI then never exits "healthy". A missing privilege or extension is a lasting property of
/// the role or database, reported but not an alarm of its own.
bool impairsRun(NotChecked reason);

/// \brief One thing the doctor found (or confirmed fine, or could not look at). Value type, any thread.
///
/// \a fix is SQL (or an instruction) shown to the user; the doctor never runs it. \a action, when
/// valid, is the one statement of it the Health page can run after the user confirmed it.
///
/// A finding with \a notChecked set says what could not be judged and why; it is neither passed
/// nor failed: the score leaves it out and says how much was not checked. Findings that share a
/// \a problem are one problem seen by several checks (findingreconcile.h): the score counts it once.
struct Finding
{
    QString check;      ///< the check's name, e.g. "idle_in_transaction"
    Severity severity = Severity::Ok;
    QString object;     ///< what it is about: "pid 4242", "public.orders", "database app"
    QString detail;     ///< one sentence with the measured value and the threshold
    QString value;      ///< measured value with unit, e.g. "42 s", "87%"
    QString threshold;  ///< the limit it was compared with, e.g. "30 s"
    QString fix;        ///< suggested SQL or action; empty when there is nothing to do
    MaintenanceAction action; ///< a statement that fixes it, run only after confirmation; often none
    NotChecked notChecked = NotChecked::None;
    QString problem = {}; ///< shared by the findings of one problem; empty when the finding stands alone
    bool transient = false; ///< seen, but not for long enough to count (a budget breach in one interval)

    bool isNotChecked() const { return notChecked != NotChecked::None; }
    /// A finding that costs points when its severity is above ok: judged and not transient.
    bool isScored() const { return !isNotChecked() && !transient; }

    bool operator==(const Finding &other) const = default;
};

/// A not-checked finding about \a object of \a check; its severity is info (it is never scored).
Finding notCheckedFinding(const QString &check, const QString &object, NotChecked reason, const QString &detail,
                          const QString &fix = {});

/// What a report shows in a finding's severity place: its severity's name, or "not_checked".
QString statusName(const Finding &finding);
/// The order reports sort by, worst first: critical, warning, not checked, info, ok (higher is worse).
int statusRank(const Finding &finding);

/// The worst severity of the judged findings of \a findings — at least warning when a check could
/// not run because the run was impaired (impairsRun()): an on-call script must not read that as
/// healthy. Ok for an empty list. dbpulse-cli doctor's exit code follows it.
Severity worstSeverity(const QList<Finding> &findings);

} // namespace dbpulse

Q_DECLARE_METATYPE(dbpulse::Finding)
