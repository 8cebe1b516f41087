#pragma once

#include "core/db/target.h"
#include "core/health/checkcontext.h"
#include "core/health/finding.h"
#include "core/health/healthscore.h"
#include "core/health/healththresholds.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <mutex>

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
};

/// \brief Runs the health checks against one target. run() blocks: call it from the CLI, a test
/// or a pool thread, never the GUI thread. cancel() may be called from any thread.
///
/// Every PostgreSQL check runs with its own statement_timeout and lock_timeout, so one that
/// times out or waits on a lock is reported as such and the others still run.
class HealthDoctor
{
public:
    enum class Status { Completed, CannotConnect, Cancelled };
    /// (checks done, checks total, the check running; a slow check's own step, e.g.
    /// "orphans: 3/12 fk_order_customer", and the share of that check done — empty and 0 when it
    /// has just started). Called on the doctor's thread.
    using Progress = std::function<void(int done, int total, const QString &check, const QString &step, double stepFraction)>;

    explicit HealthDoctor(DoctorOptions options);

    static QList<HealthCheck> checks(DatabaseKind kind);
    static QStringList checkNames(DatabaseKind kind);
    /// False with \a error naming the unknown check when \a names are not all checks of \a kind.
    static bool validateCheckNames(DatabaseKind kind, const QStringList &names, QString *error);

    Status run(const Target &target, HealthReport *report, QString *error, const Progress &progress = {});
    void cancel();

private:
    Status runPostgres(const Target &target, HealthReport *report, QString *error, const Progress &progress);
    Status runSqlite(const Target &target, HealthReport *report, QString *error, const Progress &progress);
    QList<HealthCheck> selected(DatabaseKind kind) const;

    DoctorOptions m_options;
    std::atomic<bool> m_cancel{false};
    std::mutex m_sessionMutex;         ///< guards m_session and m_advisor for cancel() from another thread
    PgSession *m_session = nullptr;
    AdvisorCatalog *m_advisor = nullptr;
};

} // namespace dbpulse
