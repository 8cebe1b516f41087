#pragma once

#include "core/db/target.h"
#include "core/health/checkcontext.h"
#include "core/health/finding.h"
#include "core/health/healthscore.h"
#include "core/health/healththresholds.h"
#include "core/jobs/jobcontext.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

namespace dbpulse {

class AdvisorCatalog;
class PgSession;

/// \brief How long one check took (the benchmark and the JSON report read it). Value type.
struct CheckTiming
{
    QString check;
    qint64 elapsedMs = 0;
};

/// \brief Everything one doctor run produced. Value type, any thread.
struct HealthReport
{
    QString target;          ///< password-free label
    QString server;          ///< "PostgreSQL 15.8 …" or "SQLite 3.40.1"
    QString database;        ///< current_database() (PostgreSQL); maintenance confirmations name it
    QDateTime generatedAt;   ///< UTC
    QList<Finding> findings; ///< in check order; one "ok" finding per check that found nothing
    HealthScore score;
    qint64 elapsedMs = 0;
    QList<CheckTiming> timings; ///< per check that ran, in check order
};

/// \brief Options of a run: thresholds, which checks (empty: all), connect timeout, password.
struct DoctorOptions
{
    HealthThresholds thresholds;
    QStringList checks;
    int connectTimeoutMs = 10000;
    QString password;        ///< empty: libpq finds it (PGPASSWORD, ~/.pgpass, service file)
    QString budgetHistoryDirectory; ///< where BudgetHistory keeps its files; empty: its default
};

/// \brief Runs the health checks against one target. run() blocks: call it from a Job's work
/// (HealthJob) or a test, never the GUI thread.
///
/// Every PostgreSQL check runs with its own statement_timeout and lock_timeout, so one that
/// times out or waits on a lock is reported as such and the others still run.
class HealthDoctor
{
public:
    enum class Status { Completed, CannotConnect, Cancelled };

    explicit HealthDoctor(DoctorOptions options);

    static QList<HealthCheck> checks(DatabaseKind kind);
    static QStringList checkNames(DatabaseKind kind);
    /// False with \a error naming the unknown check when \a names are not all checks of \a kind.
    static bool validateCheckNames(DatabaseKind kind, const QStringList &names, QString *error);

    /// Progress goes to \a context as "7/17 Rows without their parent — orphans: 3/12 fk_order_customer";
    /// cancelling it ends the connect or the running statement (PQcancel) and stops the run.
    Status run(const Target &target, HealthReport *report, QString *error, const JobContext &context = {});

private:
    Status runPostgres(const Target &target, HealthReport *report, QString *error, const JobContext &context);
    Status runSqlite(const Target &target, HealthReport *report, QString *error, const JobContext &context);
    std::unique_ptr<PgSession> openSession(const Target &target, QString *error, const JobContext &context) const;
    static PgFacts readFacts(PgSession &session, HealthReport *report);
    /// Runs one check and adds its findings (or why it could not look) and timing to \a report;
    /// false when it ended because the run was cancelled.
    bool runPostgresCheck(const HealthCheck &check, CheckContext &ctx, HealthReport *report) const;
    QList<HealthCheck> selected(DatabaseKind kind) const;

    DoctorOptions m_options;
};

} // namespace dbpulse
