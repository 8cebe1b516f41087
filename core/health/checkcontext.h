#pragma once

#include "core/db/queryresult.h"
#include "core/health/finding.h"
#include "core/health/healththresholds.h"
#include "core/jobs/jobcontext.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace dbpulse {

class AdvisorCatalog;
class BudgetHistory;
struct CatalogSnapshot;
class PgSession;

/// \brief Thrown by CheckContext::query() when a statement fails; the runner turns it into a
/// "timed out", "not checked: needs …" or "check failed" finding and goes on with the next check.
struct CheckFailure
{
    QString sqlState;
    QString message;
};

/// \brief What the doctor learnt about the PostgreSQL role and server before the checks ran.
struct PgFacts
{
    bool superuser = false;
    bool readAllStats = false;      ///< pg_read_all_stats (or pg_monitor): sees every session's state
    bool statementsInstalled = false;
    bool statementsLoaded = false;  ///< in shared_preload_libraries
    bool settingsReadable = true;   ///< may read superuser-only settings (pg_read_all_settings)
    QString user;
    QString database;

    bool seesAllSessions() const { return superuser || readAllStats; }
};

/// \brief The state one check runs with: the session (PostgreSQL) or the SQLite connection name,
/// the thresholds, and the findings it adds. Lives on the doctor's thread for one check.
class CheckContext
{
public:
    CheckContext(const QString &check, const HealthThresholds &thresholds, PgSession *session,
                 const PgFacts &facts, const QString &sqliteConnection, const JobContext &context);

    const HealthThresholds &thresholds() const { return m_thresholds; }
    const PgFacts &facts() const { return m_facts; }
    PgSession *session() const { return m_session; }
    QString sqliteConnection() const { return m_sqliteConnection; }
    QString checkName() const { return m_check; }
    bool isCancelled() const { return m_context.isCancelled(); }

    /// The index advisor's catalog (PostgreSQL runs only), read on first use; throws CheckFailure
    /// when it cannot be read.
    const CatalogSnapshot &advisorCatalog();
    /// The advisor's catalog reader itself, for rules that query on its session (index bloat).
    AdvisorCatalog &advisor();
    void setAdvisorCatalog(AdvisorCatalog *catalog) { m_advisor = catalog; }
    /// What earlier runs saw of this database's statement budgets; nullptr when not kept (SQLite).
    BudgetHistory *budgetHistory() const { return m_budgetHistory; }
    void setBudgetHistory(BudgetHistory *history) { m_budgetHistory = history; }

    /// (step text, fraction of this check done) — how a slow check reports its own progress.
    using StepReporter = std::function<void(const QString &step, double fraction)>;
    void setStepReporter(StepReporter reporter) { m_stepReporter = std::move(reporter); }
    /// Reports step \a done of \a total, e.g. "orphans: 3/12 fk_order_customer".
    void reportStep(int done, int total, const QString &text);

    /// Runs a statement (PostgreSQL); throws CheckFailure when it fails.
    QueryResult query(const QString &sql, const QStringList &params = {});
    /// Same, but returns the failure instead of throwing (for per-object loops like orphan scans).
    QueryResult tryQuery(const QString &sql, const QStringList &params = {});
    /// Runs a statement on the SQLite connection; throws CheckFailure when it fails.
    QueryResult sqliteQuery(const QString &sql);
    QString quoteIdent(const QString &name) const;
    /// "schema.table" with both parts quoted when needed.
    QString qualified(const QString &schema, const QString &name) const;

    /// Adds a finding; the reference (valid until the next add) lets a check mark it transient.
    Finding &add(Severity severity, const QString &object, const QString &detail, const QString &value = {},
                 const QString &threshold = {}, const QString &fix = {}, const MaintenanceAction &action = {});
    /// Records that the check could not look at \a object: "not checked: needs \a what".
    void notChecked(const QString &object, NotChecked reason, const QString &what);
    /// The same with its own wording (a timeout, a budget that ran out) and advice.
    Finding &notCheckedBecause(const QString &object, NotChecked reason, const QString &detail, const QString &fix = {});
    /// How many objects the check judged. When it also has not-checked findings, 0 makes the
    /// whole check "not checked"; more makes it "checked in part" (its ok finding then says what
    /// it judged). Checks that judge one thing need not call it.
    void setJudgedCount(int count) { m_judged = count; }
    int judgedCount() const { return m_judged; }
    /// When nothing is wrong, the runner adds an "ok" finding with this detail.
    void setOkDetail(const QString &detail, const QString &value = {}, const QString &threshold = {});

    const QList<Finding> &findings() const { return m_findings; }
    QString okDetail() const { return m_okDetail; }
    QString okValue() const { return m_okValue; }
    QString okThreshold() const { return m_okThreshold; }

private:
    QString m_check;
    const HealthThresholds &m_thresholds;
    PgSession *m_session;
    PgFacts m_facts;
    QString m_sqliteConnection;
    JobContext m_context;
    AdvisorCatalog *m_advisor = nullptr;
    BudgetHistory *m_budgetHistory = nullptr;
    StepReporter m_stepReporter;
    QList<Finding> m_findings;
    QString m_okDetail;
    QString m_okValue;
    QString m_okThreshold;
    int m_judged = 0;
};

/// \brief One check: a name (used by --checks and in reports), a title, and what it needs.
struct HealthCheck
{
    QString name; ///< what reports, --checks and --fix use; checkLabel() is what a person reads
    std::function<void(CheckContext &)> run;
};

// Each check family lives in its own file and appends its checks here.
void addSessionChecks(QList<HealthCheck> &checks);
void addMaintenanceChecks(QList<HealthCheck> &checks);
void addIntegrityChecks(QList<HealthCheck> &checks);
void addIndexChecks(QList<HealthCheck> &checks);
void addBloatChecks(QList<HealthCheck> &checks);
void addSettingsChecks(QList<HealthCheck> &checks);
void addSqliteChecks(QList<HealthCheck> &checks);

/// Formats helpers shared by the checks.
QString formatSeconds(double seconds);
QString formatPercent(double percent);

} // namespace dbpulse
