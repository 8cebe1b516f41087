// The doctor's settings checks through `dbpulse-cli doctor`, on a real cluster: risky settings
// judged by what the database's sessions start with, shared_buffers against ram_mb, and
// performance budgets on the estimated p95.
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using Pg = dbpulse::test::PlainConnection;
using dbpulse::test::DoctorRun;

class TestHealthSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
        QVERIFY(m_dir.isValid());
    }

    void settingsJudgeTheDatabaseDefault()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_settings"));
        Pg db(uri);
        // A monitoring role with timeouts of its own, as monitoring roles often have: they must
        // not hide that every other session of the database runs without one.
        db.exec(QStringLiteral("DROP ROLE IF EXISTS doctor_monitor"));
        QCOMPARE(db.exec(QStringLiteral("CREATE ROLE doctor_monitor LOGIN IN ROLE pg_monitor;"
                                        "ALTER ROLE doctor_monitor SET statement_timeout = '10s';"
                                        "ALTER ROLE doctor_monitor SET idle_in_transaction_session_timeout = '1min'")),
                 QString());
        QString error;
        QVERIFY2(cluster->addPasswordLogin(QStringLiteral("doctor_monitor"), &error), qPrintable(error));
        QString monitorUri = uri;
        monitorUri.replace(QLatin1String("dbpulse@"), QLatin1String("doctor_monitor@"));
        const QStringList settingsOnly{QStringLiteral("--checks"), QStringLiteral("settings")};
        const auto finding = [](const DoctorRun &r, const QString &object) {
            for (const QJsonObject &f : r.findings(QStringLiteral("settings"), QStringLiteral("info")))
                if (f.value(QStringLiteral("object")).toString() == object)
                    return f;
            return QJsonObject();
        };
        const auto field = [](const QJsonObject &f, const char *name) { return f.value(QLatin1String(name)).toString(); };

        // The shared test cluster runs with fsync and full_page_writes off and 32 MB of buffers.
        DoctorRun r = test::doctor(monitorUri, settingsOnly);
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));  // info only
        QCOMPARE(field(finding(r, QStringLiteral("fsync")), "value"), QStringLiteral("off"));
        QCOMPARE(field(finding(r, QStringLiteral("fsync")), "threshold"), QStringLiteral("on"));
        QCOMPARE(field(finding(r, QStringLiteral("full_page_writes")), "value"), QStringLiteral("off"));
        QVERIFY2(field(finding(r, QStringLiteral("fsync")), "detail").contains(QLatin1String("marked as a throwaway cluster")),
                 qPrintable(r.dump()));
        // Not marked as throwaway, a cluster that can lose everything in a crash is critical.
        const DoctorRun strict = test::runDoctorCli(QStringList{QStringLiteral("doctor"), monitorUri, QStringLiteral("--format"),
                                                                QStringLiteral("json")} + settingsOnly);
        QVERIFY2(strict.exitCode == 4, qPrintable(strict.dump()));
        for (const QString &name : {QStringLiteral("fsync"), QStringLiteral("full_page_writes")}) {
            QVERIFY2(strict.field(QStringLiteral("settings"), name, "severity") == QLatin1String("critical"), qPrintable(strict.dump()));
            QVERIFY2(strict.field(QStringLiteral("settings"), name, "detail").contains(QLatin1String("mark the connection as a throwaway")),
                     qPrintable(strict.dump()));
        }
        QJsonObject f = finding(r, QStringLiteral("statement_timeout"));
        QCOMPARE(field(f, "value"), QStringLiteral("0"));
        QCOMPARE(field(f, "threshold"), QStringLiteral("> 0"));
        QVERIFY2(field(f, "detail").contains(QLatin1String("doctor_monitor 10s")), qPrintable(field(f, "detail")));
        QVERIFY2(field(f, "detail").contains(QLatin1String("built-in default")), qPrintable(field(f, "detail")));
        f = finding(r, QStringLiteral("idle_in_transaction_session_timeout"));
        QCOMPARE(field(f, "value"), QStringLiteral("0"));
        QCOMPARE(field(f, "threshold"), QStringLiteral("> 0"));
        f = finding(r, QStringLiteral("shared_buffers"));
        QCOMPARE(field(f, "value"), QStringLiteral("32.00 MiB"));
        QCOMPARE(field(f, "threshold"), QStringLiteral("128.00 MiB"));
        QVERIFY2(field(f, "detail").contains(QLatin1String("ram_mb")), qPrintable(field(f, "detail")));

        // The superuser's own session has nothing of its own: the server's value is its reset value.
        r = test::doctor(uri, settingsOnly);
        QVERIFY2(field(finding(r, QStringLiteral("statement_timeout")), "detail").contains(QLatin1String("the server's setting")),
                 qPrintable(r.out));

        // A database default is what the database's sessions start with.
        QCOMPARE(db.exec(QStringLiteral("ALTER DATABASE doctor_settings SET statement_timeout = '30s'")), QString());
        r = test::doctor(monitorUri, settingsOnly);
        QVERIFY2(finding(r, QStringLiteral("statement_timeout")).isEmpty(), qPrintable(r.out));
        QVERIFY(!finding(r, QStringLiteral("idle_in_transaction_session_timeout")).isEmpty());
        QCOMPARE(db.exec(QStringLiteral("ALTER DATABASE doctor_settings SET statement_timeout = 0")), QString());
        r = test::doctor(monitorUri, settingsOnly);
        QVERIFY2(field(finding(r, QStringLiteral("statement_timeout")), "detail").contains(QLatin1String("set for database doctor_settings")),
                 qPrintable(r.out));

        // With the server's RAM given, shared_buffers is judged against it.
        r = test::doctor(uri, settingsOnly + QStringList{QStringLiteral("--thresholds"), test::writeFile(m_dir.filePath(QStringLiteral("ram.json")), R"({"ram_mb": 4096})")});
        f = finding(r, QStringLiteral("shared_buffers"));
        QCOMPARE(field(f, "threshold"), QStringLiteral("512.00 MiB (1/8 of 4.00 GiB RAM)"));
        QVERIFY2(field(f, "fix").contains(QLatin1String("'1024MB'")), qPrintable(field(f, "fix")));
        r = test::doctor(uri, settingsOnly + QStringList{QStringLiteral("--thresholds"), test::writeFile(m_dir.filePath(QStringLiteral("ram.json")), R"({"ram_mb": 128})")});
        QVERIFY2(finding(r, QStringLiteral("shared_buffers")).isEmpty(), qPrintable(r.out));  // 32 MB of 128 MB is plenty
    }

    void budgetsJudgeTheEstimatedP95()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_budget"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")), QString());
        // Mostly fast, a few slow: the mean stays under the budget, the tail does not.
        for (int i = 0; i < 40; ++i)
            QCOMPARE(db.exec(QStringLiteral("SELECT pg_sleep(0.005)")), QString());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(db.exec(QStringLiteral("SELECT pg_sleep(0.4)")), QString());
        QString error;
        const double mean = test::queryValue(uri, "SELECT mean_exec_time FROM pg_stat_statements s JOIN pg_database d"
                                                  " ON d.oid = s.dbid WHERE d.datname = current_database()"
                                                  " AND s.query LIKE 'SELECT pg_sleep%'", &error).toDouble();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(mean > 0 && mean < 50, qPrintable(QString::number(mean)));
        // One interval is enough here (the first run judges the statement's whole history): this
        // test is about the p95 estimate; sustainedBreachCountsTransientDoesNot about the history.
        const QString thresholds = test::writeFile(m_dir.filePath(QStringLiteral("budget.json")),
                                                   R"({"budget_simple_ms": 50, "budget_sustained_intervals": 1, "budget_window_intervals": 1})");
        QVERIFY(!thresholds.isEmpty());
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("query_budgets"), QStringLiteral("--thresholds"), thresholds});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const auto breaches = r.findings(QStringLiteral("query_budgets"), QStringLiteral("warning"));
        QCOMPARE(breaches.size(), 1);
        QVERIFY2(breaches.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("simple query: estimated p95")),
                 qPrintable(r.out));
        QVERIFY(breaches.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("pg_sleep")));
        QVERIFY(breaches.first().value(QStringLiteral("value")).toString().endsWith(QLatin1String("(estimated)")));
        QCOMPARE(breaches.first().value(QStringLiteral("threshold")).toString(), QStringLiteral("50 ms"));
        // Named by its text, not by a queryid; the suggested EXPLAIN ANALYZE is rolled back.
        QCOMPARE(breaches.first().value(QStringLiteral("object")).toString(), QStringLiteral("SELECT pg_sleep($1)"));
        QVERIFY2(breaches.first().value(QStringLiteral("fix")).toString()
                     .endsWith(QLatin1String("BEGIN;\nEXPLAIN (ANALYZE, BUFFERS) SELECT pg_sleep($1);\nROLLBACK;")),
                 qPrintable(breaches.first().value(QStringLiteral("fix")).toString()));
        qInfo("mean %.1f ms, %s", mean, qPrintable(breaches.first().value(QStringLiteral("value")).toString()));
    }

    void sustainedNeedsAtMostTheWindow()
    {
        // 3 breaches in a window of 2 could never happen: refused, not silently never reported.
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("impossible.json")),
                                             R"({"budget_sustained_intervals": 3, "budget_window_intervals": 2})");
        const DoctorRun r = test::runDoctorCli({QStringLiteral("doctor"), QStringLiteral("postgresql:///x"), QStringLiteral("--thresholds"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("budget_sustained_intervals")), qPrintable(r.dump()));
    }

    // Two statements, the same slow burst: one has it in a single interval between doctor runs
    // (transient: shown, not scored), the other in two of the last three (sustained: a warning).
    void sustainedBreachCountsTransientDoesNot()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_sustained"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")), QString());
        // Two statements of their own queryids; either class gets the same 50 ms budget.
        const QString once = QStringLiteral("SELECT pg_sleep(%1)");
        const QString again = QStringLiteral("SELECT 1 FROM pg_sleep(%1)");
        const auto interval = [&db](const QString &statement, bool slow) {
            for (int i = 0; i < 20; ++i)
                if (!db.exec(statement.arg(QStringLiteral("0.002"))).isEmpty())
                    return false;
            for (int i = 0; slow && i < 3; ++i)
                if (!db.exec(statement.arg(QStringLiteral("0.4"))).isEmpty())
                    return false;
            return true;
        };
        const QString thresholds = test::writeFile(m_dir.filePath(QStringLiteral("sustained.json")),
                                                   R"({"budget_simple_ms": 50, "budget_complex_ms": 50})");
        QVERIFY(!thresholds.isEmpty());
        const QStringList args{QStringLiteral("--checks"), QStringLiteral("query_budgets"), QStringLiteral("--thresholds"), thresholds};
        const auto budgetFindings = [](const DoctorRun &r, const QString &severity) {
            QStringList objects;
            for (const QJsonObject &f : r.findings(QStringLiteral("query_budgets"), severity))
                objects << f.value(QStringLiteral("object")).toString();
            objects.sort();
            return objects;
        };

        // Run 1: both fast so far.
        QVERIFY(interval(once, false) && interval(again, false));
        const DoctorRun first = test::doctor(uri, args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.dump()));
        QCOMPARE(first.json.value(QStringLiteral("score")).toInt(), 100);

        // Run 2: both had a slow burst since: one breach each — transient, shown, not scored.
        QVERIFY(interval(once, true) && interval(again, true));
        const DoctorRun second = test::doctor(uri, args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.dump()));
        QCOMPARE(budgetFindings(second, QStringLiteral("info")),
                 (QStringList{QStringLiteral("SELECT $1 FROM pg_sleep($2)"), QStringLiteral("SELECT pg_sleep($1)")}));
        for (const QJsonObject &f : second.findings(QStringLiteral("query_budgets"), QStringLiteral("info"))) {
            QVERIFY(f.value(QStringLiteral("transient")).toBool());
            QVERIFY2(f.value(QStringLiteral("detail")).toString().startsWith(QLatin1String("transient")), qPrintable(second.out));
            QVERIFY2(f.value(QStringLiteral("detail")).toString().contains(QLatin1String("over budget in 1 of the last 2 measured")),
                     qPrintable(second.out));
        }
        QCOMPARE(second.json.value(QStringLiteral("score")).toInt(), 100);  // the transient breach did not move it

        // Run 3: only one of them was slow again: 2 of the last 3 intervals, sustained.
        QVERIFY(interval(once, false) && interval(again, true));
        const DoctorRun third = test::doctor(uri, args);
        QVERIFY2(third.exitCode == 1, qPrintable(third.dump()));
        QCOMPARE(budgetFindings(third, QStringLiteral("warning")), QStringList{QStringLiteral("SELECT $1 FROM pg_sleep($2)")});
        QVERIFY2(third.findings(QStringLiteral("query_budgets"), QStringLiteral("warning")).first().value(QStringLiteral("detail"))
                     .toString().contains(QLatin1String("over budget in 2 of the last 3 measured")),
                 qPrintable(third.out));
        QCOMPARE(budgetFindings(third, QStringLiteral("info")), QStringList());  // the transient one is gone
        QCOMPARE(third.json.value(QStringLiteral("score")).toInt(), 92);
    }

    // Three statements over budget for three runs, each for another reason: one only waits on a
    // row lock another session holds while the doctor samples (lock-bound: look at the blocker,
    // not the plan), one sleeps and one computes (slow in themselves: EXPLAIN), and one never
    // runs while the doctor looks (no wait information, and it says so).
    void budgetBreachesSayWhatTheyWaitedOn()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_waits"));
        QVERIFY(!uri.isEmpty());
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;"
                                        "CREATE TABLE hot (id int PRIMARY KEY, v int); INSERT INTO hot VALUES (1, 0)")),
                 QString());
        // One call per interval is enough to judge: one waiter per run keeps the samples exact.
        const QString thresholds = test::writeFile(m_dir.filePath(QStringLiteral("waits.json")),
                                                   R"({"budget_simple_ms": 50, "budget_complex_ms": 50, "budget_analytics_ms": 50,
                                                       "budget_bulk_ms": 50, "budget_min_calls": 1})");
        QVERIFY(!thresholds.isEmpty());
        const auto activeWith = [&uri](const char *condition) {
            const QByteArray sql = QByteArray("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                              " AND state = 'active' AND pid <> pg_backend_pid() AND ") + condition;
            return test::queryValue(uri, sql.constData()).toInt();
        };
        DoctorRun run;
        for (int round = 1; round <= 3; ++round) {
            // Over budget and finished, but never running while the doctor samples.
            for (int i = 0; i < 3; ++i)
                QCOMPARE(db.exec(QStringLiteral("SELECT 1 FROM pg_sleep(0.08)")), QString());
            // Slow in themselves: finished calls, and one of each running while the doctor samples
            // (cancelled afterwards, so only the finished ones count as calls).
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(db.exec(QStringLiteral("SELECT pg_sleep(0.08)")), QString());
                QCOMPARE(db.exec(QStringLiteral("SELECT count(*) FROM generate_series(1, 150) a, generate_series(1, 150) b,"
                                                " generate_series(1, 100) c")), QString());
            }
            Pg sleeper(uri);
            // 60.0, not 60: an integer argument would make another statement (another queryid).
            QVERIFY(sleeper.send(QStringLiteral("SELECT pg_sleep(60.0)")));
            Pg cruncher(uri);
            // Small inputs, so nothing spills to disk: CPU only, for far longer than the doctor runs.
            QVERIFY(cruncher.send(QStringLiteral("SELECT count(*) FROM generate_series(1, 2000) a, generate_series(1, 2000) b,"
                                                 " generate_series(1, 2000) c")));
            // Fast in itself, slow only while another session holds the row.
            Pg blocker(uri);
            QCOMPARE(blocker.exec(QStringLiteral("BEGIN; UPDATE hot SET v = v WHERE id = 1")), QString());
            Pg waiter(uri);
            QVERIFY(waiter.send(QStringLiteral("UPDATE hot SET v = v + 1 WHERE id = 1")));
            QTRY_COMPARE(activeWith("wait_event_type = 'Lock'"), 1);
            QTRY_COMPARE(activeWith("wait_event = 'PgSleep'"), 1);
            QTRY_COMPARE(activeWith("query LIKE '%generate_series(1, 2000)%'"), 1);

            run = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("query_budgets"), QStringLiteral("--thresholds"), thresholds});
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.dump()));
            QCOMPARE(blocker.exec(QStringLiteral("COMMIT")), QString());
            QCOMPARE(waiter.exec(QStringLiteral("SELECT 1")), QString()); // its UPDATE finished
        }
        // By the normalised text the detail ends with (a long one's object is shortened).
        const auto finding = [&run](const QString &text) {
            for (const QJsonObject &f : run.findings(QStringLiteral("query_budgets")))
                if (f.value(QStringLiteral("detail")).toString().endsWith(QStringLiteral("): ") + text))
                    return f;
            return QJsonObject();
        };
        // The UPDATE finished twice, each time after waiting out the blocker: sustained, and
        // blamed on the lock — in every sample of the three runs — not on its plan.
        const QJsonObject update = finding(QStringLiteral("UPDATE hot SET v = v + $1 WHERE id = $2"));
        QCOMPARE(update.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY2(update.value(QStringLiteral("detail")).toString().contains(
                     QStringLiteral("waited on row locks (Lock/transactionid) in 30 of 30 samples — look at the blocking session, not the plan")),
                 qPrintable(run.out));
        QVERIFY2(update.value(QStringLiteral("fix")).toString().contains(QLatin1String("pg_blocking_pids(pid)")), qPrintable(run.out));
        QVERIFY2(!update.value(QStringLiteral("fix")).toString().contains(QLatin1String("EXPLAIN")), qPrintable(run.out));

        // Slow in themselves: not lock-bound, and the plan is where to look.
        const QJsonObject sleep = finding(QStringLiteral("SELECT pg_sleep($1)"));
        QCOMPARE(sleep.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY2(sleep.value(QStringLiteral("detail")).toString().contains(
                     QLatin1String("mostly in its own waits (Timeout/PgSleep in 30 of 30 samples), not on locks")),
                 qPrintable(run.out));
        QVERIFY(sleep.value(QStringLiteral("fix")).toString().contains(QLatin1String("EXPLAIN (ANALYZE, BUFFERS)")));
        const QJsonObject scan = finding(QStringLiteral("SELECT count(*) FROM generate_series($1, $2) a, generate_series($3, $4) b, generate_series($5, $6) c"));
        QCOMPARE(scan.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        const QString scanDetail = scan.value(QStringLiteral("detail")).toString();
        QVERIFY2(scanDetail.contains(QRegularExpression(QStringLiteral("ran on CPU in \\d+ of \\d+ samples, not waiting on locks"))),
                 qPrintable(run.out));
        QVERIFY(!scanDetail.contains(QLatin1String("row locks")));
        QVERIFY(scan.value(QStringLiteral("fix")).toString().contains(QLatin1String("EXPLAIN (ANALYZE, BUFFERS)")));

        // Never running while sampled: no wait information, said as such.
        const QJsonObject unseen = finding(QStringLiteral("SELECT $1 FROM pg_sleep($2)"));
        QCOMPARE(unseen.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY2(unseen.value(QStringLiteral("detail")).toString().contains(
                     QLatin1String("wait information not available (no execution of it was running in the 30 samples of "
                                   "pg_stat_activity the last 3 doctor run(s) took)")),
                 qPrintable(run.out));
        QVERIFY(unseen.value(QStringLiteral("fix")).toString().contains(QLatin1String("EXPLAIN (ANALYZE, BUFFERS)")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHealthSettings)
#include "tst_healthsettings.moc"
