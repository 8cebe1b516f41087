#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli doctor TARGET [--format text|json|markdown|html] [--checks LIST] [--thresholds FILE]
/// [--connect-timeout S] [--output FILE] [--fix CHECK:OBJECT --yes]`: \a arguments are the words
/// after "doctor". Ok (healthy), DoctorWarnings, DoctorCritical (after a fix: of the run after
/// it), CannotConnect, DoctorFixFailed (the fix failed or found no such finding), BadArguments
/// (also --fix without --yes), Cancelled.
ExitCode runDoctorCommand(const QStringList &arguments);

} // namespace dbpulse::cli
