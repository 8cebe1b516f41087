#pragma once

#include "core/backup/backupmanifest.h"
#include "core/backup/retention.h"

namespace dbpulse {

/// \brief What a prune decided and did. Value type.
struct PruneResult
{
    QList<RetentionDecision> plan;  ///< newest first; ids are backup directories, groups from retentionGroup()
    QList<QPair<QString, QString>> ignored; ///< incomplete directories (path, why): never deleted
    QStringList warnings;           ///< e.g. a backup that failed verification
    QStringList deleteFailures;     ///< directories that could not be removed
};

/// \brief What a backup is of, for retention: the database name for PostgreSQL,
/// "sqlite:<absolute path>" for SQLite (two files of the same name are different databases;
/// manifests older than source_file fall back to "sqlite:<database>"). Pure; any thread.
QString retentionGroup(const BackupManifest &manifest);

/// \brief Applies \a policy to the backups under \a dir, per retentionGroup(): a folder shared by
/// several databases prunes each one's backups on their own. In each group the newest backup whose
/// recorded verification passed (verification.json) is protected; backups never verified are
/// checked newest first, and recorded, until one passes. Incomplete directories are left alone
/// (they may still be running). With \a dryRun nothing is deleted. A non-empty \a group limits the
/// prune to that group (a scheduled run never touches another database's backups).
/// Blocking: worker or CLI thread.
PruneResult pruneBackups(const QString &dir, const RetentionPolicy &policy, bool dryRun, const QString &group = {});

} // namespace dbpulse
