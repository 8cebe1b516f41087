#pragma once

#include <QString>

namespace dbpulse {

/// \brief A maintenance statement that fixes what a finding reports: VACUUM, ANALYZE, REINDEX,
/// VALIDATE CONSTRAINT, or signalling a backend. The doctor only attaches it; it runs (as a
/// StatementJob) only after the user confirmed it. Value type, any thread.
struct MaintenanceAction
{
    enum class Kind { None, VacuumAnalyze, Analyze, Reindex, ValidateConstraint, CancelBackend, TerminateBackend };

    Kind kind = Kind::None;
    QString object;       ///< what it touches, as the confirmation names it: "public.orders", "pid 4242"
    QString sql;          ///< the exact statement, identifiers quoted
    QString progressSql;  ///< polled while it runs with $1 = its backend pid; empty when the server reports none

    bool isValid() const { return kind != Kind::None; }
    /// "VACUUM (ANALYZE)", "Terminate session" … — the button and the confirmation use it.
    QString label() const;
    /// Stops a session's work or the session itself (the confirmation warns more loudly).
    bool isDisruptive() const { return kind == Kind::CancelBackend || kind == Kind::TerminateBackend; }

    bool operator==(const MaintenanceAction &other) const = default;

    /// VACUUM (ANALYZE) of \a table (already quoted), with pg_stat_progress_vacuum/analyze progress.
    static MaintenanceAction vacuumAnalyze(const QString &table);
    static MaintenanceAction analyze(const QString &table);
    /// REINDEX INDEX CONCURRENTLY, with pg_stat_progress_create_index progress.
    static MaintenanceAction reindex(const QString &index);
    static MaintenanceAction validateConstraint(const QString &table, const QString &constraint);
    /// pg_cancel_backend / pg_terminate_backend of \a pid, only while it is still the session that
    /// started at \a backendStartEpoch (extract(epoch FROM backend_start) as text): a pid reused
    /// since the check is never signalled. No action when the epoch is not a number.
    static MaintenanceAction signalBackend(int pid, const QString &backendStartEpoch, bool terminate);
};

} // namespace dbpulse
