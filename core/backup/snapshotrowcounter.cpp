#include "core/backup/snapshotrowcounter.h"

#include "core/backup/backuplogging.h"
#include "core/backup/backupmanifest.h"
#include "core/backup/pgclient.h"
#include "core/backup/tablerowcounts.h"

namespace dbpulse {

SnapshotRowCounter::SnapshotRowCounter(BlockingPg &pg, bool schemaOnly)
    : m_pg(pg)
{
    QString err;
    // Like pg_dump's own session, the counts must not hit a role's statement_timeout.
    m_count = !schemaOnly && pg.exec(QStringLiteral("SET statement_timeout = 0"), &err);
    if (!m_count || !pg.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), &err))
        return;
    const auto snapshot = pg.query(QStringLiteral("SELECT pg_export_snapshot()"), {}, &err);
    if (snapshot && !snapshot->isEmpty() && pg.send(pgTableRowCountSql(), &err)) {
        m_snapshot = snapshot->at(0).at(0);
    } else {
        qCInfo(lcBackup).noquote() << "no exported snapshot (" << err << "); rows are counted after the dump";
        pg.exec(QStringLiteral("ROLLBACK"), &err);
    }
}

void SnapshotRowCounter::abandon()
{
    QString err;
    if (!m_snapshot.isEmpty())
        m_pg.receive(&err, [] { return true; });
    m_count = false;
}

bool SnapshotRowCounter::record(const QSet<QString> &dumpedTables, BackupManifest *manifest,
                                const JobContext &ctx)
{
    if (!m_count)
        return true;
    QString err;
    // Counting a large database can outlast pg_dump: it waits here, cancellable, never blocking.
    std::optional<QList<QStringList>> counts;
    if (!m_snapshot.isEmpty() || m_pg.send(pgTableRowCountSql(), &err))
        counts = m_pg.receive(&err, [&ctx] { return ctx.isCancelled(); });
    if (ctx.isCancelled())
        return false;
    if (!m_snapshot.isEmpty())
        m_pg.exec(QStringLiteral("COMMIT"), &err);
    if (!counts) {
        qCWarning(lcBackup).noquote() << "no row counts recorded:" << err;
        return true;
    }
    for (const QStringList &row : *counts) {
        if (dumpedTables.contains(row.at(0)))
            manifest->tableRows.insert(row.at(0), row.at(1).toLongLong());
    }
    manifest->rowCountSource = m_snapshot.isEmpty() ? QStringLiteral("after dump") : QStringLiteral("dump snapshot");
    return true;
}

} // namespace dbpulse
