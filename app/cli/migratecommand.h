#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli migrate COMMAND TARGET --dir DIR [--style …] [--to V] [--dry-run] [--format table|json]`.
/// \a arguments are the words after "migrate". Ok; Failure (a migration failed, validate found
/// problems, bad migration files); BadArguments; CannotConnect; Cancelled (Ctrl-C or SIGTERM: the
/// running statement is cancelled and its migration rolled back).
ExitCode runMigrateCommand(const QStringList &arguments);

} // namespace dbpulse::cli
