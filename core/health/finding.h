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

/// \brief One thing the doctor found (or confirmed fine). Value type, any thread.
///
/// \a fix is SQL (or an instruction) shown to the user; the doctor never runs it. \a action, when
/// valid, is the one statement of it the Health page can run after the user confirmed it.
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

    bool operator==(const Finding &other) const = default;
};

/// The worst severity in \a findings (Ok for an empty list).
Severity worstSeverity(const QList<Finding> &findings);

} // namespace dbpulse

Q_DECLARE_METATYPE(dbpulse::Finding)
