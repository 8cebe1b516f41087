#pragma once

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli check TARGET [--connect-timeout S]`: \a arguments are the words after "check".
/// Exit codes: 0 connected, 2 bad arguments, 3 could not connect.
int runCheckCommand(const QStringList &arguments);

} // namespace dbpulse::cli
