#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include "core/jobs/jobcontext.h"

namespace dbpulse {

class BlockingPg;
struct BackupManifest;

/// \brief Counts every table's rows for a later test restore, in pg_dump's own snapshot: it exports
/// a snapshot from a repeatable-read transaction, hands it to pg_dump (snapshotArgument()), and
/// counts in that transaction while pg_dump runs — the server counts while pg_dump's client side
/// formats and compresses. Without an exported snapshot it counts after the dump. Worker thread.
class SnapshotRowCounter
{
public:
    /// Starts counting on \a pg (the backup's own session). Counts nothing for schema-only backups.
    SnapshotRowCounter(BlockingPg &pg, bool schemaOnly);

    /// `--snapshot=…` for pg_dump, or empty when counting happens after the dump.
    QString snapshotArgument() const { return m_snapshot.isEmpty() ? QString() : QStringLiteral("--snapshot=") + m_snapshot; }
    /// Abandons the count (the dump failed).
    void abandon();
    /// Waits for the counts (cancellable through \a ctx) and records those of \a dumpedTables in
    /// \a manifest. The archive is sound without them: a failure only leaves the counts out.
    /// False only when cancelled.
    bool record(const QSet<QString> &dumpedTables, BackupManifest *manifest, const JobContext &ctx);

private:
    BlockingPg &m_pg;
    bool m_count = false;
    QString m_snapshot; ///< set while counting in pg_dump's snapshot
};

} // namespace dbpulse
