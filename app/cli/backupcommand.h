#pragma once

#include <QStringList>

namespace dbpulse {
class Job;
}

namespace dbpulse::cli {

/// `dbpulse-cli backup TARGET --out DIR [--format custom|directory] [--jobs N] [--compress L] …`;
/// prints the backup's path as its last line. Exit 0 done, 1 failed, 2 bad arguments, 3 no connection.
int runBackupCommand(const QStringList &arguments);

/// `dbpulse-cli verify BACKUP [--restore-test TARGET]`: exit 0 when sound, 1 naming the first bad
/// file or table, 2 bad arguments, 3 no connection for the test restore.
int runVerifyCommand(const QStringList &arguments);

/// `dbpulse-cli restore BACKUP TARGET [--new-database NAME] [--jobs N] [--clean --yes]`.
int runRestoreCommand(const QStringList &arguments);

/// `dbpulse-cli backups list DIR [--format table|json]` and `backups prune DIR [--keep-…] [--dry-run]`.
int runBackupsCommand(const QStringList &arguments);

/// Runs \a job to its end on the CLI thread, drawing progress on a terminal's stderr and
/// cancelling it on SIGINT/SIGTERM. Returns true on success.
bool runJobInTerminal(Job *job);

} // namespace dbpulse::cli
