#pragma once

#include "core/backup/retention.h"

namespace dbpulse {

/// \brief What a prune decided and did. Value type.
struct PruneResult
{
    QList<RetentionDecision> plan;  ///< newest first; ids are backup directories
    QList<QPair<QString, QString>> ignored; ///< incomplete directories (path, why): never deleted
    QStringList warnings;           ///< e.g. a backup that failed verification
    QStringList deleteFailures;     ///< directories that could not be removed
};

/// \brief Applies \a policy to the backups under \a dir. The newest backup whose recorded
/// verification passed (verification.json) is protected; backups never verified are checked
/// newest first, and recorded, until one passes. Incomplete directories are left alone (they may
/// still be running). With \a dryRun nothing is deleted. A non-empty \a database limits the prune
/// to that database's backups (a scheduled run never touches another database's).
/// Blocking: worker or CLI thread.
PruneResult pruneBackups(const QString &dir, const RetentionPolicy &policy, bool dryRun, const QString &database = {});

} // namespace dbpulse
