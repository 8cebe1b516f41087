#pragma once

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli doctor TARGET [--format text|json|markdown|html] [--checks LIST] [--thresholds FILE]
/// [--connect-timeout S] [--output FILE] [--fix CHECK:OBJECT --yes]`: \a arguments are the words
/// after "doctor". Exit codes: 0 healthy, 1 warnings, 2 critical (after a fix: of the run after
/// it), 3 could not connect, 4 the fix failed or found no such finding, 64 bad arguments.
int runDoctorCommand(const QStringList &arguments);

} // namespace dbpulse::cli
