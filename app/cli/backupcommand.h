#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli backup TARGET --out DIR [--format custom|directory] [--jobs N] [--compress L] …`;
/// prints the backup's path as its last line. Ok, Failure, BadArguments, CannotConnect, Cancelled.
ExitCode runBackupCommand(const QStringList &arguments);

/// `dbpulse-cli verify BACKUP [--restore-test TARGET]`: Ok when sound, Failure naming the first bad
/// file or table, CannotConnect for the test restore, Cancelled.
ExitCode runVerifyCommand(const QStringList &arguments);

/// `dbpulse-cli restore BACKUP TARGET [--new-database NAME] [--jobs N] [--clean --yes]`.
ExitCode runRestoreCommand(const QStringList &arguments);

/// `dbpulse-cli backups list DIR [--format table|json]` and `backups prune DIR [--keep-…] [--dry-run]`.
ExitCode runBackupsCommand(const QStringList &arguments);

} // namespace dbpulse::cli
