#pragma once

#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief What a person reads for a doctor check: "Foreign key check" for foreign_keys, "Dead
/// tuples" for dead_tuples. The one table of them: the Health page, the doctor's text report and
/// its score breakdown use it; JSON, CSV and --checks/--fix keep the check names. A name not in the
/// table (a newer check) reads as its words. Any thread.
QString checkLabel(const QString &check);

/// True when \a check has a label of its own (every check the doctor runs has).
bool hasCheckLabel(const QString &check);

/// \a checks' labels joined with " + ", in their order: "Dead tuples + Autovacuum behind".
QString checkLabels(const QStringList &checks);

} // namespace dbpulse
