// `dbpulse-cli doctor` against a real cluster with problems planted on purpose: every kind at
// once in one full run, sessions, maintenance, connections, privileges, arguments, SQLite.
// The integrity and settings checks have their own tests (tst_healthintegrity, tst_healthsettings).
#include "core/health/healthdoctor.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/plantedproblems.h"
#include "tests/support/silentserver.h"
#include "tests/support/testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <sys/stat.h>

using namespace dbpulse;

namespace {

using Pg = dbpulse::test::PlainConnection;
using test::DoctorRun;

/// "check severity object" per finding, sorted: a failed comparison shows what differs.
QStringList expectedText(const QList<test::ExpectedFinding> &expected)
{
    QStringList lines;
    for (const test::ExpectedFinding &f : expected)
        lines << QStringLiteral("%1 %2 %3").arg(f.check, severityName(f.severity), f.object);
    lines.sort();
    return lines;
}

/// The run's warnings and criticals as expectedText() writes them — the session checks' only
/// about the planted sessions, since they see every session of the shared server.
QStringList reported(const test::DoctorRun &r, const test::PlantedProblems &planted)
{
    static const QStringList sessionChecks{QStringLiteral("idle_in_transaction"), QStringLiteral("long_queries"),
                                           QStringLiteral("blocking_locks")};
    static const QRegularExpression pidRe(QStringLiteral("^pid (\\d+) "));
    QStringList lines;
    for (const QString &severity : {QStringLiteral("warning"), QStringLiteral("critical")}) {
        for (const QJsonObject &f : r.findings(QString(), severity)) {
            const QString check = f.value(QStringLiteral("check")).toString();
            const QString object = f.value(QStringLiteral("object")).toString();
            if (sessionChecks.contains(check) && !planted.pids().contains(pidRe.match(object).captured(1).toInt()))
                continue;
            lines << QStringLiteral("%1 %2 %3").arg(check, severity, object);
        }
    }
    lines.sort();
    return lines;
}

} // namespace

class TestHealthDoctor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
        QVERIFY(m_dir.isValid());
        // Low session thresholds so the planted sessions need seconds, not minutes.
        m_fastThresholds = test::writeFile(m_dir.filePath(QStringLiteral("fast.json")), test::PlantedProblems::fastThresholdsJson());
        QVERIFY(!m_fastThresholds.isEmpty());
        // Pinned here, not read from the registry under test: a check that drops out of the
        // registry must fail this test, not shrink what it expects.
        m_postgresChecks = QStringList{
            QStringLiteral("connections"), QStringLiteral("idle_in_transaction"), QStringLiteral("long_queries"),
            QStringLiteral("blocking_locks"), QStringLiteral("invalid_indexes"), QStringLiteral("not_valid_constraints"),
            QStringLiteral("orphan_rows"), QStringLiteral("cache_hit"), QStringLiteral("dead_tuples"),
            QStringLiteral("autovacuum_lag"), QStringLiteral("xid_wraparound"), QStringLiteral("bloat"),
            QStringLiteral("unused_indexes"), QStringLiteral("duplicate_indexes"), QStringLiteral("pg_stat_statements"),
            QStringLiteral("settings"), QStringLiteral("query_budgets")};
        QCOMPARE(HealthDoctor::checkNames(DatabaseKind::PostgreSQL), m_postgresChecks);
    }

    void cleanDatabaseIsHealthy()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_clean"));
        QVERIFY(!uri.isEmpty());
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);"
                                        "INSERT INTO parent SELECT generate_series(1, 100);"
                                        "INSERT INTO child SELECT g, g FROM generate_series(1, 100) g;")),
                 QString());
        const DoctorRun r = test::doctor(uri, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.findings(QString(), QStringLiteral("warning")).size(), 0);
        QCOMPARE(r.findings(QString(), QStringLiteral("critical")).size(), 0);
        QVERIFY(r.json.value(QStringLiteral("score")).toInt() >= 90);
        // Every check reports, even when it found nothing.
        QVERIFY(r.json.value(QStringLiteral("findings")).toArray().size() >= 16);
        qInfo("clean database: score %d in %lld ms", r.json.value(QStringLiteral("score")).toInt(), r.elapsedMs);
    }

    void everyProblemAtOnce()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_all"));
        QVERIFY(!uri.isEmpty());
        const test::PlantedProblems planted(uri);
        QVERIFY2(planted.error().isEmpty(), qPrintable(planted.error()));
        QThread::sleep(3);  // older than the 2 s session thresholds

        // The full doctor: no --checks.
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--thresholds"), m_fastThresholds});
        QVERIFY2(r.exitCode == 4, qPrintable(r.dump()));
        QCOMPARE(reported(r, planted), expectedText(planted.expected()));
        // Every check ran and reported (ok findings included), with its time.
        const QJsonArray timings = r.json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(timings.size(), m_postgresChecks.size());
        for (const QString &check : m_postgresChecks)
            QVERIFY2(!r.findings(check, QStringLiteral("ok")).isEmpty() || !r.findings(check).isEmpty(), qPrintable(check));

        // The chain: C waits for B, and B — itself blocked — waits for A, idle in its transaction.
        const QString tailDetail = r.detail(QStringLiteral("blocking_locks"),
                                            QStringLiteral("pid %1 blocked by pid %2").arg(planted.tailPid()).arg(planted.middlePid()));
        QVERIFY2(tailDetail.contains(QStringLiteral("held by pid %1 (dbpulse, active, itself blocked)").arg(planted.middlePid())),
                 qPrintable(tailDetail));
        const QString middleDetail = r.detail(QStringLiteral("blocking_locks"),
                                              QStringLiteral("pid %1 blocked by pid %2").arg(planted.middlePid()).arg(planted.blockerPid()));
        QVERIFY2(middleDetail.contains(QStringLiteral("held by pid %1 (dbpulse, idle in transaction)").arg(planted.blockerPid())),
                 qPrintable(middleDetail));
        QVERIFY2(!middleDetail.contains(QLatin1String("itself blocked")), qPrintable(middleDetail));
        // The doctor's own session timeout no longer hides the server's missing one.
        QCOMPARE(r.findings(QStringLiteral("settings"), QStringLiteral("info")).size(), 5);
        QCOMPARE(r.detail(QStringLiteral("orphan_rows"), QStringLiteral("child_parent_fk on public.child")).left(2), QStringLiteral("3 "));

        // Without the critical causes only warnings stay: exit 1.
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("UPDATE child SET parent_id = 1 WHERE parent_id > 10")), QString());
        QCOMPARE(db.exec(QStringLiteral("VACUUM (ANALYZE) churn")), QString());
        const DoctorRun warnings = test::doctor(uri, {QStringLiteral("--thresholds"), m_fastThresholds});
        QVERIFY2(warnings.exitCode == 1, qPrintable(warnings.dump()));
        QList<test::ExpectedFinding> left;
        for (const test::ExpectedFinding &f : planted.expected())
            if (f.severity != Severity::Critical && f.check != QLatin1String("autovacuum_lag"))
                left << f;
        QCOMPARE(reported(warnings, planted), expectedText(left));
    }

    void sessionProblems()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_sessions"));
        Pg setup(uri);
        QCOMPARE(setup.exec(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 0)")), QString());
        Pg idle(uri), holder(uri), waiter(uri), sleeper(uri);
        // Its last statement carries a secret literal: a report is made to be shared, so never shown.
        QCOMPARE(idle.exec(QStringLiteral("BEGIN; SELECT 'Secr3tLiteral' AS password")), QString());
        QCOMPARE(holder.exec(QStringLiteral("BEGIN; UPDATE t SET v = 1 WHERE id = 1")), QString());
        QVERIFY(waiter.send(QStringLiteral("UPDATE t SET v = 2 WHERE id = 1")));
        QVERIFY(sleeper.send(QStringLiteral("SELECT pg_sleep(60)")));

        // With the default 30 s thresholds (5 s for lock waits) these young sessions are no findings.
        const DoctorRun defaults = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("idle_in_transaction,long_queries,blocking_locks")});
        QVERIFY2(defaults.exitCode == 0, qPrintable(defaults.dump()));
        QThread::sleep(3);

        const DoctorRun r = test::doctor(uri, {QStringLiteral("--thresholds"), m_fastThresholds, QStringLiteral("--checks"),
                                      QStringLiteral("idle_in_transaction,long_queries,blocking_locks")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const auto has = [&](const QString &check, const QString &objectPart) {
            for (const QJsonObject &f : r.findings(check, QStringLiteral("warning")))
                if (f.value(QStringLiteral("object")).toString().contains(objectPart))
                    return true;
            return false;
        };
        const QString idlePid = QStringLiteral("pid %1 ").arg(idle.pid());
        QVERIFY2(has(QStringLiteral("idle_in_transaction"), idlePid), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Secr3tLiteral")) && r.out.contains(QStringLiteral("SELECT $1 AS password")),
                 qPrintable(r.out));
        QVERIFY2(has(QStringLiteral("idle_in_transaction"), QStringLiteral("pid %1 ").arg(holder.pid())), qPrintable(r.out));
        QVERIFY2(has(QStringLiteral("long_queries"), QStringLiteral("pid %1 ").arg(sleeper.pid())), qPrintable(r.out));
        QVERIFY2(has(QStringLiteral("blocking_locks"), QStringLiteral("pid %1 blocked by pid %2").arg(waiter.pid()).arg(holder.pid())),
                 qPrintable(r.out));
        // The lock wait is also a long query, and nothing else is.
        QCOMPARE(r.findings(QStringLiteral("long_queries")).size(), 2);
        const QString fix = r.findings(QStringLiteral("blocking_locks")).first().value(QStringLiteral("fix")).toString();
        QVERIFY(fix.contains(QStringLiteral("pg_cancel_backend(%1)").arg(holder.pid())));
    }

    void heavyDeadTuples()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_dead"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE churn (id int PRIMARY KEY, v text) WITH (autovacuum_enabled = off)")), QString());
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO churn SELECT g, 'x' FROM generate_series(1, 20000) g")), QString());
        QCOMPARE(db.exec(QStringLiteral("DELETE FROM churn WHERE id > 5000")), QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT pg_stat_force_next_flush()")), QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT 1")), QString());  // flushes the statistics
        QThread::msleep(500);
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("dead_tuples,autovacuum_lag")});
        QVERIFY2(r.exitCode == 4, qPrintable(r.dump()));
        const auto dead = r.findings(QStringLiteral("dead_tuples"), QStringLiteral("critical"));
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.first().value(QStringLiteral("object")).toString(), QStringLiteral("public.churn"));
        QCOMPARE(dead.first().value(QStringLiteral("value")).toString(), QStringLiteral("75.0%"));
        const auto lag = r.findings(QStringLiteral("autovacuum_lag"), QStringLiteral("warning"));
        QCOMPARE(lag.size(), 1);
        QVERIFY(lag.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("disabled")));
        QVERIFY(lag.first().value(QStringLiteral("fix")).toString().contains(QLatin1String("RESET (autovacuum_enabled)")));

        // The finding's action from the CLI: shown without --yes, run with it, then checked again.
        const QStringList fix{QStringLiteral("--fix"), QStringLiteral("dead_tuples:public.churn")};
        const DoctorRun shown = test::doctor(uri, fix);
        QCOMPARE(shown.exitCode, 2);
        QVERIFY2(shown.err.contains(QLatin1String("VACUUM (ANALYZE) public.churn")), qPrintable(shown.dump()));
        QCOMPARE(test::doctor(uri, {QStringLiteral("--fix"), QStringLiteral("dead_tuples:public.nothing"), QStringLiteral("--yes")}).exitCode, 5);
        const DoctorRun fixed = test::doctor(uri, fix + QStringList{QStringLiteral("--yes")});
        QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.dump()));
        QCOMPARE(fixed.findings(QStringLiteral("dead_tuples"), QStringLiteral("ok")).size(), 1);
    }

    void bloatMeasuredOrEstimated()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_bloat"));
        Pg db(uri);
        // Nine rows in ten deleted all over the table: VACUUM frees the space but keeps every page.
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE bloated (id int PRIMARY KEY, pad text) WITH (autovacuum_enabled = off);"
                                        "INSERT INTO bloated SELECT g, repeat('x', 100) FROM generate_series(1, 100000) g;"
                                        "DELETE FROM bloated WHERE id % 10 <> 0;")),
                 QString());
        QCOMPARE(db.exec(QStringLiteral("VACUUM (ANALYZE) bloated")), QString());
        const QString thresholds = test::writeFile(m_dir.filePath(QStringLiteral("bloat.json")), R"({"bloat_min_bytes": 262144})");
        QVERIFY(!thresholds.isEmpty());
        const QStringList args{QStringLiteral("--checks"), QStringLiteral("bloat"), QStringLiteral("--thresholds"), thresholds};
        const DoctorRun estimated = test::doctor(uri, args);
        QVERIFY2(estimated.exitCode == 1, qPrintable(estimated.dump()));
        QVERIFY2(estimated.detail(QStringLiteral("bloat"), QStringLiteral("public.bloated")).contains(QLatin1String("estimated from statistics")),
                 qPrintable(estimated.out));
        QVERIFY2(estimated.detail(QStringLiteral("bloat"), QStringLiteral("public.bloated_pkey")).contains(QLatin1String("estimated from statistics")),
                 qPrintable(estimated.out));

        QCOMPARE(db.exec(QStringLiteral("CREATE EXTENSION pgstattuple")), QString());
        const DoctorRun measured = test::doctor(uri, args);
        QVERIFY2(measured.exitCode == 1, qPrintable(measured.dump()));
        const QString table = measured.detail(QStringLiteral("bloat"), QStringLiteral("public.bloated"));
        QVERIFY2(table.contains(QLatin1String("measured with pgstattuple_approx")), qPrintable(measured.out));
        QVERIFY2(measured.detail(QStringLiteral("bloat"), QStringLiteral("public.bloated_pkey")).contains(QLatin1String("measured with pgstattuple")),
                 qPrintable(measured.out));
        // Nine tenths of the rows are gone: the measurement says so within a few points.
        QVERIFY2(table.startsWith(QLatin1String("about 8")) || table.startsWith(QLatin1String("about 9")), qPrintable(table));
    }

    void highConnectionUse()
    {
        // Its own cluster: max_connections is server-wide, and the shared one must stay usable.
        if (LocalCluster::findServerBinDir().isEmpty())
            QSKIP("no PostgreSQL server binaries");
        LocalCluster cluster;
        LocalClusterOptions options;
        options.preloadStatements = false;
        options.extraSettings = {QStringLiteral("max_connections = 20"), QStringLiteral("shared_buffers = 16MB")};
        QString error;
        QVERIFY2(cluster.create(options, &error), qPrintable(error));
        std::vector<std::unique_ptr<Pg>> sessions;
        for (int i = 0; i < 16; ++i) {
            sessions.push_back(std::make_unique<Pg>(cluster.uri()));
            QVERIFY2(sessions.back()->ok(), qPrintable(sessions.back()->error()));
        }
        // 16 + the doctor's own = 17 of 20: 85%.
        DoctorRun r = test::doctor(cluster.uri(), {QStringLiteral("--checks"), QStringLiteral("connections")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(r.findings(QStringLiteral("connections"), QStringLiteral("warning")).size(), 1);
        QVERIFY(r.findings(QStringLiteral("connections")).first().value(QStringLiteral("value")).toString().contains(QLatin1String("85.0%")));
        for (int i = 0; i < 3; ++i)
            sessions.push_back(std::make_unique<Pg>(cluster.uri()));
        // 19 + the doctor = 20 of 20 (superuser slots): critical.
        r = test::doctor(cluster.uri(), {QStringLiteral("--checks"), QStringLiteral("connections")});
        QVERIFY2(r.exitCode == 4, qPrintable(r.dump()));
        QCOMPARE(r.findings(QStringLiteral("connections"), QStringLiteral("critical")).size(), 1);
    }

    void unprivilegedRoleGetsNotChecked()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_nopriv"));
        Pg db(uri);
        db.exec(QStringLiteral("DROP ROLE IF EXISTS doctor_nobody"));
        QCOMPARE(db.exec(QStringLiteral("CREATE ROLE doctor_nobody LOGIN;"
                                        "CREATE EXTENSION IF NOT EXISTS pg_stat_statements;"
                                        "CREATE TABLE parent (id int PRIMARY KEY);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);")),
                 QString());
        QString error;
        QVERIFY2(cluster->addPasswordLogin(QStringLiteral("doctor_nobody"), &error), qPrintable(error));
        QString nobodyUri = uri;
        nobodyUri.replace(QLatin1String("dbpulse@"), QLatin1String("doctor_nobody@"));
        const DoctorRun r = test::doctor(nobodyUri, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        for (const QString &check : {QStringLiteral("idle_in_transaction"), QStringLiteral("long_queries"),
                                     QStringLiteral("blocking_locks"), QStringLiteral("orphan_rows"), QStringLiteral("query_budgets")}) {
            const auto f = r.findings(check, QStringLiteral("not_checked"));
            QVERIFY2(f.size() == 1 && f.first().value(QStringLiteral("detail")).toString().startsWith(QLatin1String("not checked: needs")),
                     qPrintable(check + QLatin1Char('\n') + r.out));
            QCOMPARE(f.first().value(QStringLiteral("not_checked")).toString(), QStringLiteral("privilege"));
            QVERIFY2(r.findings(check, QStringLiteral("ok")).isEmpty(), qPrintable(check));  // not passed either
        }
        QVERIFY2(!r.out.contains(QLatin1String("check failed")), qPrintable(r.out));
        // The role's facts were readable without superuser-only settings: the advice names it.
        QVERIFY2(r.findings(QStringLiteral("idle_in_transaction")).first().value(QStringLiteral("detail")).toString()
                     .contains(QLatin1String("GRANT pg_monitor TO doctor_nobody")), qPrintable(r.out));
        QVERIFY2(r.findings(QStringLiteral("query_budgets")).first().value(QStringLiteral("detail")).toString()
                     .contains(QLatin1String("pg_read_all_stats")), qPrintable(r.out));
        QCOMPARE(r.findings(QStringLiteral("pg_stat_statements")).size(), 0);  // installed and loaded
    }

    // A monitoring account as the design says it should be: pg_monitor, not superuser, owning
    // nothing. What it cannot see must be reported as not checked — never as passed.
    void pgMonitorRoleSeesNotCheckedNotHealthy()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_pgmonitor"));
        Pg db(uri);
        db.exec(QStringLiteral("DROP ROLE IF EXISTS doctor_pgmonitor"));
        // Tables of 8 KiB or more count for bloat here; analyzed, so only privileges stand between
        // the role and their statistics. No pgstattuple in this database.
        QCOMPARE(db.exec(QStringLiteral("CREATE ROLE doctor_pgmonitor LOGIN IN ROLE pg_monitor;"
                                        "CREATE EXTENSION IF NOT EXISTS pg_stat_statements;"
                                        "CREATE TABLE parent (id int PRIMARY KEY, pad text);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent, pad text);"
                                        "INSERT INTO parent SELECT g, repeat('x', 50) FROM generate_series(1, 1000) g;"
                                        "INSERT INTO child SELECT g, g, repeat('x', 50) FROM generate_series(1, 1000) g;"
                                        "ANALYZE parent; ANALYZE child;")),
                 QString());
        QString error;
        QVERIFY2(cluster->addPasswordLogin(QStringLiteral("doctor_pgmonitor"), &error), qPrintable(error));
        QString monitorUri = uri;
        monitorUri.replace(QLatin1String("dbpulse@"), QLatin1String("doctor_pgmonitor@"));
        // unused_index_min_days 0: the test cluster's index counters are seconds old, and a window
        // too short to judge would be one more check not checked (usage_window) for both roles.
        const QString thresholds = test::writeFile(m_dir.filePath(QStringLiteral("small.json")), R"({"bloat_min_bytes": 8192, "unused_index_min_days": 0})");
        QVERIFY(!thresholds.isEmpty());

        // The owner sees everything: every check judged.
        const DoctorRun owner = test::doctor(uri, {QStringLiteral("--thresholds"), thresholds});
        QVERIFY2(owner.exitCode == 0, qPrintable(owner.dump()));
        QCOMPARE(owner.json.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("not_checked")).toInt(), 0);
        QCOMPARE(owner.findings(QStringLiteral("orphan_rows"), QStringLiteral("ok")).size(), 1);
        QCOMPARE(owner.findings(QStringLiteral("bloat"), QStringLiteral("ok")).size(), 1);

        const DoctorRun r = test::doctor(monitorUri, {QStringLiteral("--thresholds"), thresholds});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));  // a missing privilege is reported, not alarmed on
        // The orphan scan needs SELECT on both tables.
        const auto orphans = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("not_checked"));
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().value(QStringLiteral("not_checked")).toString(), QStringLiteral("privilege"));
        QCOMPARE(orphans.first().value(QStringLiteral("object")).toString(), QStringLiteral("child_parent_id_fkey on public.child"));
        QCOMPARE(r.findings(QStringLiteral("orphan_rows"), QStringLiteral("ok")).size(), 0);
        // Bloat: pg_stats hides the columns of tables the role cannot read, and there is no
        // pgstattuple: before, this was "ok: 0 table(s) judged".
        const auto bloat = r.findings(QStringLiteral("bloat"), QStringLiteral("not_checked"));
        QCOMPARE(bloat.size(), 1);
        QCOMPARE(bloat.first().value(QStringLiteral("not_checked")).toString(), QStringLiteral("extension"));
        QVERIFY2(bloat.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("public.child")), qPrintable(r.out));
        QCOMPARE(r.findings(QStringLiteral("bloat"), QStringLiteral("ok")).size(), 0);
        // pg_monitor sees every session and statement: those checks did judge.
        for (const QString &check : {QStringLiteral("idle_in_transaction"), QStringLiteral("blocking_locks"), QStringLiteral("query_budgets")})
            QVERIFY2(r.findings(check, QStringLiteral("not_checked")).isEmpty(), qPrintable(check + QLatin1Char('\n') + r.out));
        // The score says how much it stands on: 15 of the 17 checks (pinned: not from the registry).
        const QJsonObject coverage = r.json.value(QStringLiteral("coverage")).toObject();
        QCOMPARE(coverage.value(QStringLiteral("checks")).toInt(), 17);
        QCOMPARE(coverage.value(QStringLiteral("not_checked")).toInt(), 2);
        QCOMPARE(coverage.value(QStringLiteral("judged")).toInt(), 15);
        const int score = r.json.value(QStringLiteral("score")).toInt();
        QCOMPARE(r.json.value(QStringLiteral("score_summary")).toString(),
                 QStringLiteral("score %1 over 15 of 17 checks; 2 not checked").arg(score));
        // What it could not see costs nothing, and does not pass: the same problems, the same score.
        QCOMPARE(score, owner.json.value(QStringLiteral("score")).toInt());

        // The terminal report and the HTML say so too.
        const DoctorRun text = test::runDoctorCli({QStringLiteral("doctor"), monitorUri, QStringLiteral("--throwaway"),
                                                   QStringLiteral("--thresholds"), thresholds});
        QVERIFY2(text.out.contains(QStringLiteral("Score %1 over 15 of 17 checks; 2 not checked").arg(score)), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("[NOT CHECKED (privilege)] Rows without their parent: child_parent_id_fkey")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("[NOT CHECKED (extension)] Table and index bloat:")), qPrintable(text.out));
        const DoctorRun html = test::runDoctorCli({QStringLiteral("doctor"), monitorUri, QStringLiteral("--throwaway"),
                                                   QStringLiteral("--thresholds"), thresholds, QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(html.out.contains(QLatin1String("over 15 of 17 checks; 2 not checked")), qPrintable(html.out));
        QVERIFY2(html.out.contains(QLatin1String("NOT CHECKED (privilege)")), qPrintable(html.out));
    }

    // dead_tuples + autovacuum_lag on one table, orphan_rows + not_valid_constraints on one key:
    // two problems, each counted once at its worst.
    void relatedFindingsAreOneProblemEach()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_grouped"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE churn (id int PRIMARY KEY, v text) WITH (autovacuum_enabled = off);"
                                        "INSERT INTO churn SELECT g, 'x' FROM generate_series(1, 20000) g;"
                                        "DELETE FROM churn WHERE id > 5000;"
                                        "CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent VALUES (1);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int);"
                                        "INSERT INTO child VALUES (1, 1), (2, 7), (3, 8);"
                                        "ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;")),
                 QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT pg_stat_force_next_flush()")), QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT 1")), QString());  // flushes the statistics
        QThread::msleep(500);
        const QStringList checks{QStringLiteral("--checks"),
                                 QStringLiteral("dead_tuples,autovacuum_lag,orphan_rows,not_valid_constraints")};
        const DoctorRun r = test::doctor(uri, checks);
        QVERIFY2(r.exitCode == 4, qPrintable(r.dump()));
        const auto problemOf = [&r](const QString &check, const QString &object) { return r.field(check, object, "problem"); };
        const QString churn = QStringLiteral("public.churn");
        const QString key = QStringLiteral("child_parent_fk on public.child");
        QCOMPARE(r.findings(QStringLiteral("dead_tuples"), QStringLiteral("critical")).size(), 1);
        QCOMPARE(r.findings(QStringLiteral("autovacuum_lag"), QStringLiteral("warning")).size(), 1);
        QCOMPARE(r.findings(QStringLiteral("orphan_rows"), QStringLiteral("critical")).size(), 1);
        QCOMPARE(r.findings(QStringLiteral("not_valid_constraints"), QStringLiteral("warning")).size(), 1);
        QCOMPARE(problemOf(QStringLiteral("dead_tuples"), churn), QStringLiteral("vacuum:public.churn"));
        QCOMPARE(problemOf(QStringLiteral("autovacuum_lag"), churn), QStringLiteral("vacuum:public.churn"));
        QCOMPARE(problemOf(QStringLiteral("orphan_rows"), key), QStringLiteral("foreign_key:child_parent_fk on public.child"));
        QCOMPARE(problemOf(QStringLiteral("not_valid_constraints"), key), QStringLiteral("foreign_key:child_parent_fk on public.child"));
        // Two criticals, once each: 100 − 20 − 20. Counted per check it was 100 − 20 − 8 − 20 − 8 = 44.
        QCOMPARE(r.json.value(QStringLiteral("score")).toInt(), 60);
        QCOMPARE(r.json.value(QStringLiteral("score_summary")).toString(), QStringLiteral("score 60 over all 4 checks"));

        // --wide: the sentence is checked whole, not as the 80-column text wraps it.
        const DoctorRun text = test::runDoctorCli(QStringList{QStringLiteral("doctor"), uri, QStringLiteral("--throwaway"),
                                                              QStringLiteral("--wide")} + checks);
        QVERIFY2(text.out.contains(QStringLiteral("Score 60 over all 4 checks: 2 problems cost 40 points.\n"
                                                  "  −20 Dead tuples: 1 critical problem, counted once with Autovacuum behind\n"
                                                  "  −20 Rows without their parent: 1 critical problem, counted once with "
                                                  "Constraints not validated\n")),
                 qPrintable(text.out));
        // Checks by their labels; --fix by the check's name, as the text says.
        QVERIFY2(text.out.contains(QLatin1String("[CRITICAL] Dead tuples + Autovacuum behind: public.churn\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("[CRITICAL] Rows without their parent + Constraints not validated: "
                                                 "child_parent_fk on public.child\n")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("run it with: --fix dead_tuples:public.churn\n")), qPrintable(text.out));
        QCOMPARE(text.out.count(QLatin1String("one problem seen by 2 checks, counted once at its worst (critical)")), 2);

        // Fixed by VACUUM, the table's problem is gone as a whole; the key's stays, once.
        QCOMPARE(db.exec(QStringLiteral("VACUUM (ANALYZE) churn")), QString());
        const DoctorRun after = test::doctor(uri, checks);
        QVERIFY2(after.findings(QStringLiteral("dead_tuples")).isEmpty() && after.findings(QStringLiteral("autovacuum_lag")).isEmpty(),
                 qPrintable(after.dump()));
        QCOMPARE(after.json.value(QStringLiteral("score")).toInt(), 80);
    }

    void unreachableExitsThreeQuickly()
    {
        const DoctorRun refused = test::runDoctorCli({QStringLiteral("doctor"), QStringLiteral("postgresql://127.0.0.1:1/postgres")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.elapsedMs < 10000);

        // Accepts TCP but never speaks: only the connect timeout ends the wait.
        const test::SilentServer listener;
        QVERIFY(listener.isListening());
        const DoctorRun silent = test::runDoctorCli({QStringLiteral("doctor"),
                                      QStringLiteral("postgresql://127.0.0.1:%1/postgres").arg(listener.port()),
                                      QStringLiteral("--connect-timeout"), QStringLiteral("2")});
        QCOMPARE(silent.exitCode, 3);
        QVERIFY2(silent.elapsedMs < 8000, qPrintable(QString::number(silent.elapsedMs)));
    }

    void badArgumentsAreNotCritical()
    {
        QCOMPARE(test::runDoctorCli({QStringLiteral("doctor"), QStringLiteral("postgresql:///x"), QStringLiteral("--checks"), QStringLiteral("nope")}).exitCode, 2);
        QCOMPARE(test::runDoctorCli({QStringLiteral("doctor"), QStringLiteral("postgresql:///x"), QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 2);
    }

    void sqliteTarget()
    {
        // Two rows point at missing parents (SQLite does not enforce keys unless asked to).
        const QString path = m_dir.filePath(QStringLiteral("app.db"));
        QVERIFY(createSqlite(path));
        const DoctorRun r = test::runDoctorCli({QStringLiteral("doctor"), QStringLiteral("sqlite:") + path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 4, qPrintable(r.dump()));
        QCOMPARE(r.findings(QStringLiteral("foreign_keys"), QStringLiteral("critical")).size(), 1);
        QCOMPARE(r.findings(QStringLiteral("integrity"), QStringLiteral("ok")).size(), 1);
        QCOMPARE(r.findings(QStringLiteral("journal_mode"), QStringLiteral("info")).size(), 1);
    }

    // --output writes the report owner-only whatever the umask (the child inherits the test's),
    // replaces an older readable report, and refuses to write through a link.
    void outputFileIsPrivate()
    {
        const QString db = m_dir.filePath(QStringLiteral("report-source.db"));
        QVERIFY(createSqlite(db));
        const mode_t oldUmask = ::umask(022);
        const auto restoreUmask = qScopeGuard([oldUmask] { ::umask(oldUmask); });
        const auto doctorTo = [&](const QString &output) {
            return test::runDoctorCli({QStringLiteral("doctor"), QStringLiteral("sqlite:") + db, QStringLiteral("--format"),
                                       QStringLiteral("html"), QStringLiteral("--output"), output});
        };
        QTemporaryDir out;
        const QString fresh = out.filePath(QStringLiteral("report.html"));
        const DoctorRun first = doctorTo(fresh);
        QVERIFY2(first.exitCode == 4, qPrintable(first.dump()));
        QCOMPARE(modeOf(fresh), 0600);
        QFile html(fresh);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("Foreign key check"));

        const QString older = test::writeFile(out.filePath(QStringLiteral("older.html")), "an older report");
        QCOMPARE(modeOf(older), 0644);
        QCOMPARE(doctorTo(older).exitCode, 4);
        QCOMPARE(modeOf(older), 0600);

        const QString theirs = test::writeFile(out.filePath(QStringLiteral("theirs")), "not ours");
        const QString link = out.filePath(QStringLiteral("link.html"));
        QVERIFY(QFile::link(theirs, link));
        const DoctorRun refused = doctorTo(link);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("symbolic link")), qPrintable(refused.dump()));
        QFile untouched(theirs);
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), QByteArray("not ours"));
    }

private:
    static int modeOf(const QString &path)
    {
        struct stat st {};
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }
    static bool createSqlite(const QString &path);
    QTemporaryDir m_dir;
    QString m_fastThresholds;
    QStringList m_postgresChecks;
};

#include <QSqlDatabase>
#include <QSqlQuery>

bool TestHealthDoctor::createSqlite(const QString &path)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const char *sql : {"CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))",
                                "INSERT INTO parent VALUES (1)", "INSERT INTO child VALUES (1, 1), (2, 42), (3, 43)"})
            ok = ok && q.exec(QString::fromLatin1(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

QTEST_GUILESS_MAIN(TestHealthDoctor)
#include "tst_healthdoctor.moc"
