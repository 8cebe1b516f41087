// Maintenance actions against a real cluster: the exact SQL each finding carries, and that
// running it (as the Health page does, through a StatementJob) makes the finding go away.
#include "core/db/target.h"
#include "core/health/healthdoctor.h"
#include "core/jobs/statementjob.h"
#include "tests/support/doctorrun.h"
#include "tests/support/testcluster.h"

#include <QTest>
#include <QThread>
#include <libpq-fe.h>

using namespace dbpulse;
using test::freshDatabase;

namespace {

/// A plain libpq session to plant problems with.
class Pg
{
public:
    explicit Pg(const QString &uri) : m_conn(PQconnectdb(uri.toUtf8().constData()))
    {
        PQclear(PQexec(m_conn, "SET client_min_messages = warning"));
    }
    ~Pg() { PQfinish(m_conn); }
    int pid() const { return PQbackendPID(m_conn); }
    QString exec(const QString &sql)
    {
        PGresult *r = PQexec(m_conn, sql.toUtf8().constData());
        const ExecStatusType s = PQresultStatus(r);
        const QString err = (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) ? QString() : QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
        return err;
    }
    bool send(const QString &sql) { return PQsendQuery(m_conn, sql.toUtf8().constData()) == 1; }
    /// The error of the statement sent with send(), once it ended.
    QString finishSent()
    {
        QString err;
        while (PGresult *r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) == PGRES_FATAL_ERROR)
                err = QString::fromUtf8(PQresultErrorMessage(r));
            PQclear(r);
        }
        return err;
    }

private:
    PGconn *m_conn;
};

HealthReport runDoctor(const QString &uri, const QString &check, const HealthThresholds &thresholds = {})
{
    DoctorOptions options;
    options.checks = {check};
    options.thresholds = thresholds;
    HealthDoctor doctor(options);
    HealthReport report;
    QString error;
    if (doctor.run(*parseTarget(uri).target, &report, &error) != HealthDoctor::Status::Completed)
        qWarning() << "doctor:" << error;
    return report;
}

/// The findings of \a report above ok whose object contains \a objectPart.
QList<Finding> problems(const HealthReport &report, const QString &objectPart)
{
    QList<Finding> list;
    for (const Finding &f : report.findings)
        if (f.severity > Severity::Ok && f.object.contains(objectPart))
            list << f;
    return list;
}

/// Runs \a action the way the Health page does; returns the job's error text (empty: success).
QString runAction(const QString &uri, const MaintenanceAction &action)
{
    StatementJobRequest request;
    request.target = *parseTarget(uri).target;
    request.sql = action.sql;
    request.progressSql = action.progressSql;
    request.description = action.label();
    StatementJob job(request);
    return job.exec() ? QString() : (job.errorText().isEmpty() ? QStringLiteral("failed") : job.errorText());
}

} // namespace

class TestMaintenanceAction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vacuumClearsDeadTuples()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("action_vacuum"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE \"Churn\" (id int PRIMARY KEY, v text) WITH (autovacuum_enabled = off);"
                                        "INSERT INTO \"Churn\" SELECT g, 'x' FROM generate_series(1, 20000) g;"
                                        "DELETE FROM \"Churn\" WHERE id > 5000;")),
                 QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT pg_stat_force_next_flush()")), QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT 1")), QString());
        QList<Finding> dead;
        QTRY_VERIFY_WITH_TIMEOUT(!(dead = problems(runDoctor(uri, QStringLiteral("dead_tuples")), QStringLiteral("Churn"))).isEmpty(), 10000);
        const MaintenanceAction action = dead.first().action;
        QCOMPARE(action.kind, MaintenanceAction::Kind::VacuumAnalyze);
        QCOMPARE(action.sql, QStringLiteral("VACUUM (ANALYZE) public.\"Churn\""));
        QVERIFY(action.progressSql.contains(QLatin1String("pg_stat_progress_vacuum")));
        QCOMPARE(runAction(uri, action), QString());
        QTRY_VERIFY_WITH_TIMEOUT(problems(runDoctor(uri, QStringLiteral("dead_tuples")), QStringLiteral("Churn")).isEmpty(), 10000);
    }

    void analyzeGivesStatistics()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("action_analyze"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE fresh (id int, v text) WITH (autovacuum_enabled = off);"
                                        "INSERT INTO fresh SELECT g, 'x' FROM generate_series(1, 5000) g;")),
                 QString());
        HealthThresholds t;
        t.bloatMinBytes = 8192;
        const QList<Finding> found = problems(runDoctor(uri, QStringLiteral("bloat"), t), QStringLiteral("fresh"));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().detail.startsWith(QLatin1String("never analyzed")), qPrintable(found.first().detail));
        QCOMPARE(found.first().action.kind, MaintenanceAction::Kind::Analyze);
        QCOMPARE(found.first().action.sql, QStringLiteral("ANALYZE public.fresh"));
        QCOMPARE(runAction(uri, found.first().action), QString());
        QVERIFY(problems(runDoctor(uri, QStringLiteral("bloat"), t), QStringLiteral("fresh")).isEmpty());
    }

    void reindexRepairsAnInvalidIndex()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("action_reindex"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (id int, email text); INSERT INTO t VALUES (1, 'a'), (2, 'a')")), QString());
        QVERIFY(!db.exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY t_email_key ON t (email)")).isEmpty());
        const QList<Finding> invalid = problems(runDoctor(uri, QStringLiteral("invalid_indexes")), QStringLiteral("t_email_key"));
        QCOMPARE(invalid.size(), 1);
        const MaintenanceAction action = invalid.first().action;
        QCOMPARE(action.kind, MaintenanceAction::Kind::Reindex);
        QCOMPARE(action.sql, QStringLiteral("REINDEX INDEX CONCURRENTLY public.t_email_key"));
        // The duplicate that broke the build is still there: the server says so.
        QVERIFY(runAction(uri, action).contains(QLatin1String("could not create unique index")));
        QCOMPARE(db.exec(QStringLiteral("DELETE FROM t WHERE id = 2")), QString());
        QCOMPARE(runAction(uri, action), QString());
        const HealthReport after = runDoctor(uri, QStringLiteral("invalid_indexes"));
        QStringList invalidNow;
        for (const Finding &f : problems(after, QStringLiteral("t_email_key")))
            invalidNow << f.object;
        // The index is valid now; the failed attempt left its half-built copy behind, and the
        // doctor reports that one too.
        QCOMPARE(invalidNow, QStringList{QStringLiteral("public.t_email_key_ccnew")});
    }

    void validateAfterDeletingOrphans()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("action_validate"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent VALUES (1);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int);"
                                        "INSERT INTO child VALUES (1, 1), (2, 99);"
                                        "ALTER TABLE child ADD CONSTRAINT \"Child Parent\" FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;")),
                 QString());
        const QList<Finding> notValid = problems(runDoctor(uri, QStringLiteral("not_valid_constraints")), QStringLiteral("child"));
        QCOMPARE(notValid.size(), 1);
        const MaintenanceAction action = notValid.first().action;
        QCOMPARE(action.kind, MaintenanceAction::Kind::ValidateConstraint);
        QCOMPARE(action.sql, QStringLiteral("ALTER TABLE public.child VALIDATE CONSTRAINT \"Child Parent\""));
        QVERIFY(runAction(uri, action).contains(QLatin1String("violates foreign key constraint")));
        QCOMPARE(problems(runDoctor(uri, QStringLiteral("orphan_rows")), QStringLiteral("child")).size(), 1);
        QCOMPARE(db.exec(QStringLiteral("DELETE FROM child WHERE id = 2")), QString());
        QCOMPARE(runAction(uri, action), QString());
        QVERIFY(problems(runDoctor(uri, QStringLiteral("not_valid_constraints")), QStringLiteral("child")).isEmpty());
        QVERIFY(problems(runDoctor(uri, QStringLiteral("orphan_rows")), QStringLiteral("child")).isEmpty());
    }

    void cancelAndTerminateTheRightSession()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("action_signal"));
        Pg sleeper(uri), idle(uri);
        QCOMPARE(idle.exec(QStringLiteral("BEGIN; SELECT 1")), QString());
        QVERIFY(sleeper.send(QStringLiteral("SELECT pg_sleep(60)")));
        QThread::sleep(2);
        HealthThresholds t;
        t.longQueryWarningS = 1;
        t.idleInTransactionWarningS = 1;
        const QString sleeperPid = QStringLiteral("pid %1 ").arg(sleeper.pid());
        const QString idlePid = QStringLiteral("pid %1 ").arg(idle.pid());

        const QList<Finding> longQuery = problems(runDoctor(uri, QStringLiteral("long_queries"), t), sleeperPid);
        QCOMPARE(longQuery.size(), 1);
        const MaintenanceAction cancel = longQuery.first().action;
        QCOMPARE(cancel.kind, MaintenanceAction::Kind::CancelBackend);
        QVERIFY2(cancel.sql.startsWith(QStringLiteral("SELECT pg_catalog.pg_cancel_backend(pid) FROM pg_catalog.pg_stat_activity WHERE pid = %1 AND "
                                                      "extract(epoch FROM backend_start) = ").arg(sleeper.pid())),
                 qPrintable(cancel.sql));
        QCOMPARE(runAction(uri, cancel), QString());
        QVERIFY(sleeper.finishSent().contains(QLatin1String("canceling statement due to user request")));

        const QList<Finding> idleFinding = problems(runDoctor(uri, QStringLiteral("idle_in_transaction"), t), idlePid);
        QCOMPARE(idleFinding.size(), 1);
        const MaintenanceAction terminate = idleFinding.first().action;
        QCOMPARE(terminate.kind, MaintenanceAction::Kind::TerminateBackend);
        // A pid that started at another moment is another session (the pid was reused): untouched.
        const MaintenanceAction stale = MaintenanceAction::signalBackend(idle.pid(), QStringLiteral("1"), true);
        QCOMPARE(runAction(uri, stale), QString());
        QCOMPARE(idle.exec(QStringLiteral("SELECT 1")), QString());
        QCOMPARE(runAction(uri, terminate), QString());
        QVERIFY(!idle.exec(QStringLiteral("SELECT 1")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(problems(runDoctor(uri, QStringLiteral("idle_in_transaction"), t), idlePid).isEmpty(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceAction)
#include "tst_maintenanceaction.moc"
