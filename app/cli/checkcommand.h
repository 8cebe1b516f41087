#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli check TARGET [--connect-timeout S]`: \a arguments are the words after "check".
/// Ok when connected, CannotConnect when not, BadArguments.
ExitCode runCheckCommand(const QStringList &arguments);

} // namespace dbpulse::cli
