#pragma once

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli migrate COMMAND TARGET --dir DIR [--style …] [--to V] [--dry-run] [--format table|json]`.
/// \a arguments are the words after "migrate". Exit codes: 0 success, 1 failure (a migration failed,
/// validate found problems, bad migration files), 2 bad arguments, 3 could not connect.
int runMigrateCommand(const QStringList &arguments);

} // namespace dbpulse::cli
