#include "core/health/healthdoctor.h"

#include "core/advisor/indexadvisor.h"
#include "core/monitor/sqlitemonitorworker.h"
#include "core/health/advisorcatalog.h"
#include "core/health/budgethistory.h"
#include "core/health/checklabels.h"
#include "core/health/findingreconcile.h"
#include "core/health/healthlogging.h"
#include "core/db/pgsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlDatabase>
#include <QUuid>

namespace dbpulse {

namespace {

// Turns a check's failed statement into what the report says about that check: it was not
// checked, and why.
Finding failureFinding(const QString &check, const CheckFailure &failure, const HealthThresholds &t)
{
    if (failure.sqlState == QLatin1String("57014"))
        return notCheckedFinding(check, check, NotChecked::Timeout,
                                 QCoreApplication::translate("Doctor", "not checked: timed out after %1 ms (statement_timeout)").arg(t.checkTimeoutMs),
                                 QCoreApplication::translate("Doctor", "-- run it alone with more time: --checks %1 --thresholds with {\"check_timeout_ms\": 60000}").arg(check));
    if (failure.sqlState == QLatin1String("55P03"))
        return notCheckedFinding(check, check, NotChecked::LockTimeout,
                                 QCoreApplication::translate("Doctor", "not checked: waited more than %1 ms for a lock (another session holds a conflicting lock)")
                                     .arg(t.lockTimeoutMs),
                                 QCoreApplication::translate("Doctor", "-- see blocking_locks for who holds it"));
    if (failure.sqlState == QLatin1String("42501"))
        return notCheckedFinding(check, check, NotChecked::Privilege,
                                 QCoreApplication::translate("Doctor", "not checked: needs more privileges (%1)").arg(failure.message),
                                 QStringLiteral("GRANT pg_monitor TO <role>;"));
    return notCheckedFinding(check, check, NotChecked::Error, QCoreApplication::translate("Doctor", "not checked: check failed: %1").arg(failure.message));
}

} // namespace

HealthDoctor::HealthDoctor(DoctorOptions options)
    : m_options(std::move(options))
{
}

QList<HealthCheck> HealthDoctor::checks(DatabaseKind kind)
{
    QList<HealthCheck> list;
    if (kind == DatabaseKind::SQLite) {
        addSqliteChecks(list);
        return list;
    }
    addSessionChecks(list);
    addIntegrityChecks(list);
    addMaintenanceChecks(list);
    addBloatChecks(list);
    addIndexChecks(list);
    addSettingsChecks(list);
    return list;
}

QStringList HealthDoctor::checkNames(DatabaseKind kind)
{
    QStringList names;
    for (const HealthCheck &c : checks(kind))
        names << c.name;
    return names;
}

bool HealthDoctor::validateCheckNames(DatabaseKind kind, const QStringList &names, QString *error)
{
    const QStringList known = checkNames(kind);
    for (const QString &name : names) {
        if (!known.contains(name)) {
            *error = QCoreApplication::translate("Doctor", "unknown check \"%1\"; checks are: %2").arg(name, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

QList<HealthCheck> HealthDoctor::selected(DatabaseKind kind) const
{
    QList<HealthCheck> list;
    for (const HealthCheck &c : checks(kind)) {
        if (m_options.checks.isEmpty() || m_options.checks.contains(c.name))
            list << c;
    }
    return list;
}

HealthDoctor::Status HealthDoctor::run(const Target &target, HealthReport *report, QString *error, const JobContext &context)
{
    QElapsedTimer clock;
    clock.start();
    report->target = target.label;
    report->generatedAt = QDateTime::currentDateTimeUtc();
    report->findings.clear();
    report->timings.clear();
    const Status status = target.kind == DatabaseKind::SQLite ? runSqlite(target, report, error, context)
                                                              : runPostgres(target, report, error, context);
    reconcileFindings(report->findings);
    report->score = HealthScore::compute(report->findings);
    report->elapsedMs = clock.elapsed();
    qCInfo(lcHealth) << "doctor run on" << target.label << "took" << report->elapsedMs << "ms, score" << report->score.score;
    return status;
}

namespace {

// A check with no problem gets one ok finding saying what it measured — unless it could not look:
// a check whose only findings say "not checked" passed nothing, unless it judged some objects.
void appendCheckResult(const HealthCheck &check, CheckContext &ctx, QList<Finding> &out)
{
    out << ctx.findings();
    bool judgedProblem = false;
    bool notChecked = false;
    for (const Finding &f : ctx.findings()) {
        judgedProblem = judgedProblem || !f.isNotChecked();
        notChecked = notChecked || f.isNotChecked();
    }
    if (judgedProblem || (notChecked && ctx.judgedCount() <= 0))
        return;
    out << Finding{check.name, Severity::Ok, QString(),
                   ctx.okDetail().isEmpty() ? QCoreApplication::translate("Doctor", "nothing found") : ctx.okDetail(),
                   ctx.okValue(), ctx.okThreshold(), QString(), {}};
}

// Check \a done of \a total is running (\a check; empty once all are done), with a slow check's
// own \a step ("orphans: 3/12 fk_order_customer") and the share of it done:
// "7/17 Rows without their parent — orphans: 3/12 fk_order_customer" (the check's label: the
// Health page and the CLI's progress line show it to a person).
void reportCheckProgress(const JobContext &context, int done, int total, const QString &check,
                         const QString &step = {}, double stepFraction = 0)
{
    const int percent = total > 0 ? int(100 * (done + stepFraction) / total) : -1;
    QString text = check.isEmpty() ? QCoreApplication::translate("Doctor", "done") : QStringLiteral("%1/%2 %3").arg(done + 1).arg(total).arg(checkLabel(check));
    if (!step.isEmpty())
        text = QStringLiteral("%1 — %2").arg(text, step);
    context.reportProgress(percent, text);
}

} // namespace

std::unique_ptr<PgSession> HealthDoctor::openSession(const Target &target, QString *error, const JobContext &context) const
{
    SessionOptions sessionOptions = sessionDefaults(SessionPurpose::Doctor);
    sessionOptions.connectTimeoutMs = m_options.connectTimeoutMs;
    // Until the runner sets each check's own limits (the facts query runs before the first check).
    sessionOptions.lockTimeoutMs = 1000;
    return PgSession::open(target.conninfo, m_options.password, context.cancellableConnect(sessionOptions), error);
}

// What the checks need to know about the role and the database; the report's server and database.
PgFacts HealthDoctor::readFacts(PgSession &session, HealthReport *report)
{
    PgFacts facts;
    const QueryResult f = session.exec(QStringLiteral(
        "/* dbpulse:doctor */ SELECT r.rolsuper, pg_has_role(current_user, 'pg_read_all_stats', 'USAGE'),"
        " EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'),"
        // shared_preload_libraries is superuser/pg_read_all_settings only: reading it otherwise
        // fails the whole statement, so it is asked only when allowed (else NULL: unknown).
        " CASE WHEN pg_has_role(current_user, 'pg_read_all_settings', 'USAGE')"
        "  THEN current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' END,"
        " current_user, current_database(), version()"
        " FROM pg_roles r WHERE r.rolname = current_user"));
    if (!f.ok || f.rows.isEmpty()) {
        qCWarning(lcHealth) << "could not read the role's privileges:" << f.error;
        return facts;
    }
    const QVariantList &row = f.rows.at(0);
    const auto yes = [](const QVariant &v) { return v.toString() == QLatin1String("t"); };
    facts.superuser = yes(row.at(0));
    facts.readAllStats = yes(row.at(1));
    facts.statementsInstalled = yes(row.at(2));
    facts.statementsLoaded = yes(row.at(3));
    facts.settingsReadable = !row.at(3).toString().isNull();
    if (!facts.settingsReadable && facts.statementsInstalled) {
        // Unknown from the settings: the extension's own view answers only when it is loaded.
        facts.statementsLoaded =
            session.exec(QStringLiteral("/* dbpulse:doctor */ SELECT 1 FROM %1")
                             .arg(session.extensionObject(QStringLiteral("pg_stat_statements"),
                                                          QStringLiteral("pg_stat_statements_info"))))
                .ok;
    }
    facts.user = row.at(4).toString();
    facts.database = row.at(5).toString();
    report->database = facts.database;
    report->server = row.at(6).toString().section(QLatin1Char(' '), 0, 1);
    return facts;
}

bool HealthDoctor::runPostgresCheck(const HealthCheck &check, CheckContext &ctx, HealthReport *report) const
{
    QElapsedTimer checkClock;
    checkClock.start();
    try {
        check.run(ctx);
        appendCheckResult(check, ctx, report->findings);
    } catch (const CheckFailure &failure) {
        if (ctx.isCancelled())
            return false;
        report->findings << ctx.findings() << failureFinding(check.name, failure, m_options.thresholds);
    }
    report->timings << CheckTiming{check.name, checkClock.elapsed()};
    qCDebug(lcHealth) << check.name << "took" << checkClock.elapsed() << "ms";
    return true;
}

HealthDoctor::Status HealthDoctor::runPostgres(const Target &target, HealthReport *report, QString *error,
                                               const JobContext &context)
{
    const std::unique_ptr<PgSession> session = openSession(target, error, context);
    if (!session)
        return context.isCancelled() ? Status::Cancelled : Status::CannotConnect;
    const InterruptGuard interrupt(context, *session);
    // The advisor reads every index in one query: on a catalog of thousands it needs the
    // advisor's own statement timeout, not a single check's.
    AdvisorCatalog advisor(target, m_options.password, m_options.connectTimeoutMs,
                           std::max(int(m_options.thresholds.checkTimeoutMs), AdvisorOptions().statementTimeoutMs), context);
    const PgFacts facts = readFacts(*session, report);
    BudgetHistory budgetHistory(m_options.budgetHistoryDirectory, report->target + QLatin1Char('|') + facts.database);

    const QList<HealthCheck> list = selected(DatabaseKind::PostgreSQL);
    const auto &t = m_options.thresholds;
    const int total = int(list.size());
    for (int i = 0; i < total; ++i) {
        const HealthCheck &check = list.at(i);
        if (context.isCancelled())
            return Status::Cancelled;
        reportCheckProgress(context, i, total, check.name);
        if (!session->isOk()) {
            report->findings << notCheckedFinding(check.name, check.name, NotChecked::ConnectionLost,
                                                  QCoreApplication::translate("Doctor", "not checked: the connection was lost"));
            continue;
        }
        session->setTimeouts(int(t.checkTimeoutMs), int(t.lockTimeoutMs));
        CheckContext ctx(check.name, t, session.get(), facts, QString(), context);
        ctx.setAdvisorCatalog(&advisor);
        ctx.setBudgetHistory(&budgetHistory);
        ctx.setStepReporter([&context, i, total, &check](const QString &step, double fraction) {
            reportCheckProgress(context, i, total, check.name, step, fraction);
        });
        if (!runPostgresCheck(check, ctx, report))
            return Status::Cancelled;
    }
    reportCheckProgress(context, total, total, QString());
    return context.isCancelled() ? Status::Cancelled : Status::Completed;
}

HealthDoctor::Status HealthDoctor::runSqlite(const Target &target, HealthReport *report, QString *error,
                                             const JobContext &context)
{
    QString version;
    if (!SqliteMonitorWorker::checkDatabase(target.sqlitePath, error, &version))
        return Status::CannotConnect;
    report->server = QStringLiteral("SQLite ") + version;
    // A connection name of our own: QSqlDatabase connections are per thread and per name.
    const QString name = QStringLiteral("dbpulse-doctor-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(target.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(int(m_options.thresholds.checkTimeoutMs)));
        if (!db.open()) {
            *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Status::CannotConnect;
        }
    }
    const QList<HealthCheck> list = selected(DatabaseKind::SQLite);
    Status status = Status::Completed;
    for (int i = 0; i < list.size(); ++i) {
        const HealthCheck &check = list.at(i);
        if (context.isCancelled()) {
            status = Status::Cancelled;
            break;
        }
        reportCheckProgress(context, i, int(list.size()), check.name);
        CheckContext ctx(check.name, m_options.thresholds, nullptr, PgFacts{}, name, context);
        QElapsedTimer checkClock;
        checkClock.start();
        try {
            check.run(ctx);
            appendCheckResult(check, ctx, report->findings);
        } catch (const CheckFailure &failure) {
            report->findings << ctx.findings() << failureFinding(check.name, failure, m_options.thresholds);
        }
        report->timings << CheckTiming{check.name, checkClock.elapsed()};
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    if (status == Status::Completed)
        reportCheckProgress(context, int(list.size()), int(list.size()), QString());
    return status;
}

} // namespace dbpulse
