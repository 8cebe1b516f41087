#pragma once

#include "core/backup/backupmanifest.h"
#include "core/backup/retention.h"

#include <QPair>

namespace dbpulse {

/// \brief How a prune runs. Value type. The defaults delete nothing.
struct PruneOptions
{
    RetentionPolicy policy;
    bool dryRun = true;             ///< plan and report only (the CLI deletes only with --yes)
    QString group;                  ///< non-empty: only this retentionGroup() (a scheduled run's own database)
    bool includeUnknown = false;    ///< also prune backups whose server (or SQLite file) the manifest does not name
    bool incomplete = false;        ///< also delete our unfinished directories older than incompleteGraceSecs
    qint64 incompleteGraceSecs = 3600;
};

/// \brief What a prune decided and did. Value type.
struct PruneResult
{
    QList<RetentionDecision> plan;  ///< newest first; ids are backup directories, groups from retentionGroup()
    QList<QPair<QString, QString>> ignored; ///< incomplete directories (path, why) left alone
    /// Our unfinished directories (in-progress marker, no valid manifest) quiet for longer than the
    /// grace period: (path, why). Deleted only with PruneOptions::incomplete and not dryRun.
    QList<QPair<QString, QString>> staleIncomplete;
    QList<QPair<QString, QString>> skipped; ///< symbolic links and other users' entries (path, why): never touched
    QStringList warnings;           ///< e.g. a backup that failed verification
    QStringList deleteFailures;     ///< "path: why" for directories that could not be removed
    QStringList deleted;            ///< directories removed
};

/// \brief What a backup is of, for retention: for PostgreSQL the database on one server,
/// "<db> [server <system identifier>]" — two servers' databases of the same name are different —
/// or "<db> [unknown server]" for manifests without the identifier; for SQLite
/// "sqlite:<absolute path>" (manifests older than source_file: "sqlite:<db> [unknown file]").
/// Pure; any thread.
QString retentionGroup(const BackupManifest &manifest);

/// \brief False when the manifest does not say which server (or SQLite file) it came from: such
/// backups are kept unless a prune includes unknown groups explicitly. Pure; any thread.
bool retentionGroupKnown(const BackupManifest &manifest);

/// \brief Applies the policy to the backups under \a dir, per retentionGroup(): a folder shared by
/// several databases or servers prunes each one's backups on their own. In each group the newest
/// backup whose recorded verification passed (verification.json) is protected; backups never
/// verified are checked newest first, and recorded, until one passes. Symbolic links are skipped and
/// reported, never followed; deletion never follows a link (removeTreeNoFollow()). Incomplete
/// directories are left alone unless they are ours (in-progress marker), quiet for longer than the
/// grace period and \a options.incomplete is set. Blocking: worker or CLI thread.
PruneResult pruneBackups(const QString &dir, const PruneOptions &options);

/// \brief Deletes what a dry-run \a result planned (and its stale unfinished directories when
/// \a incomplete), filling in deleted and deleteFailures: for a plan confirmed after it was shown.
/// Never follows a link. Blocking: worker or CLI thread.
void applyPrune(PruneResult *result, bool incomplete);

/// \brief Shorthand for a scheduled run: \a policy, deleting unless \a dryRun, limited to \a group.
PruneResult pruneBackups(const QString &dir, const RetentionPolicy &policy, bool dryRun, const QString &group = {});

} // namespace dbpulse
