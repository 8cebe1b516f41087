#include "core/health/maintenanceaction.h"

#include <QCoreApplication>

namespace dbpulse {

QString MaintenanceAction::label() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::VacuumAnalyze:
        return QStringLiteral("VACUUM (ANALYZE)");
    case Kind::Analyze:
        return QStringLiteral("ANALYZE");
    case Kind::Reindex:
        return QStringLiteral("REINDEX CONCURRENTLY");
    case Kind::ValidateConstraint:
        return QStringLiteral("VALIDATE CONSTRAINT");
    case Kind::CancelBackend:
        return QCoreApplication::translate("Doctor", "Cancel query");
    case Kind::TerminateBackend:
        return QCoreApplication::translate("Doctor", "Terminate session");
    }
    return {};
}

MaintenanceAction MaintenanceAction::vacuumAnalyze(const QString &table)
{
    // VACUUM (ANALYZE) reports in two views, one after the other. Every statement here runs in a
    // session pinned to pg_catalog, pg_temp (StatementJob); objects are named qualified anyway.
    return {Kind::VacuumAnalyze, table, QStringLiteral("VACUUM (ANALYZE) %1").arg(table),
            QStringLiteral("SELECT 100.0 * heap_blks_scanned / nullif(heap_blks_total, 0),"
                           " 'vacuum: ' || phase || ' (' || heap_blks_scanned || '/' || heap_blks_total || ' blocks)'"
                           " FROM pg_catalog.pg_stat_progress_vacuum WHERE pid = $1"
                           " UNION ALL SELECT 100.0 * sample_blks_scanned / nullif(sample_blks_total, 0), 'analyze: ' || phase"
                           " FROM pg_catalog.pg_stat_progress_analyze WHERE pid = $1")};
}

MaintenanceAction MaintenanceAction::analyze(const QString &table)
{
    return {Kind::Analyze, table, QStringLiteral("ANALYZE %1").arg(table),
            QStringLiteral("SELECT 100.0 * sample_blks_scanned / nullif(sample_blks_total, 0), 'analyze: ' || phase"
                           " FROM pg_catalog.pg_stat_progress_analyze WHERE pid = $1")};
}

MaintenanceAction MaintenanceAction::reindex(const QString &index)
{
    return {Kind::Reindex, index, QStringLiteral("REINDEX INDEX CONCURRENTLY %1").arg(index),
            QStringLiteral("SELECT 100.0 * blocks_done / nullif(blocks_total, 0), 'reindex: ' || phase"
                           " FROM pg_catalog.pg_stat_progress_create_index WHERE pid = $1")};
}

MaintenanceAction MaintenanceAction::validateConstraint(const QString &table, const QString &constraint)
{
    return {Kind::ValidateConstraint, QStringLiteral("%1 on %2").arg(constraint, table),
            QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2").arg(table, constraint), QString()};
}

MaintenanceAction MaintenanceAction::signalBackend(int pid, const QString &backendStartEpoch, bool terminate)
{
    // The epoch as numeric text compares exactly, whatever DateStyle or TimeZone the session has.
    bool numeric = false;
    backendStartEpoch.toDouble(&numeric);
    if (!numeric)
        return {};
    return {terminate ? Kind::TerminateBackend : Kind::CancelBackend, QStringLiteral("pid %1").arg(pid),
            QStringLiteral("SELECT pg_catalog.%1(pid) FROM pg_catalog.pg_stat_activity WHERE pid = %2 AND extract(epoch FROM backend_start) = %3")
                .arg(terminate ? QStringLiteral("pg_terminate_backend") : QStringLiteral("pg_cancel_backend"))
                .arg(pid)
                .arg(backendStartEpoch),
            QString()};
}

} // namespace dbpulse
