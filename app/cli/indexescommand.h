#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli indexes TARGET [--format table|json] [--apply ID --yes] …`: Ok, Failure,
/// BadArguments, CannotConnect; Cancelled when Ctrl-C stopped --apply's build.
ExitCode runIndexesCommand(const QStringList &arguments);

} // namespace dbpulse::cli
