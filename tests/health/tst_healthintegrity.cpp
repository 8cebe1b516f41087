// The doctor's integrity checks through `dbpulse-cli doctor`, on a real cluster: orphan rows
// (NOT VALID keys, locks, timeouts, the budget, sampling of big, partitioned and never-analyzed
// children), invalid indexes and NOT VALID constraints, long lists cut with "and N more".
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using Pg = dbpulse::test::PlainConnection;
using dbpulse::test::DoctorRun;

class TestHealthIntegrity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
        QVERIFY(m_dir.isValid());
    }

    void orphansBehindNotValidForeignKey()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_orphans"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral(
                     "CREATE TABLE parent (id int PRIMARY KEY);"
                     "CREATE TABLE \"Child Table\" (id int PRIMARY KEY, parent_id int, a int, b int);"
                     "INSERT INTO parent SELECT generate_series(1, 10);"
                     "INSERT INTO \"Child Table\" SELECT g, CASE WHEN g <= 3 THEN 1000 + g ELSE 1 END, 1, NULL"
                     " FROM generate_series(1, 50) g;"
                     "INSERT INTO \"Child Table\" VALUES (100, NULL, 2, 2);"  // NULL key: not an orphan
                     "ALTER TABLE \"Child Table\" ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id)"
                     " REFERENCES parent NOT VALID;"
                     // A validated key with clean data must stay quiet.
                     "CREATE TABLE ok_child (id int PRIMARY KEY, parent_id int REFERENCES parent);"
                     "INSERT INTO ok_child VALUES (1, 1), (2, NULL);")),
                 QString());
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows,not_valid_constraints")});
        QVERIFY2(r.exitCode == 4, qPrintable(r.dump()));
        const auto orphans = r.findings(QStringLiteral("orphan_rows"));
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(orphans.first().value(QStringLiteral("value")).toString(), QStringLiteral("3"));
        QVERIFY(orphans.first().value(QStringLiteral("object")).toString().contains(QLatin1String("\"Child Table\"")));
        QVERIFY(orphans.first().value(QStringLiteral("fix")).toString().contains(QLatin1String("VALIDATE CONSTRAINT child_parent_fk")));
        const auto notValid = r.findings(QStringLiteral("not_valid_constraints"), QStringLiteral("warning"));
        QCOMPARE(notValid.size(), 1);
        // The same key, seen by both checks: VALIDATE is not offered before the orphans are fixed.
        QCOMPARE(notValid.first().value(QStringLiteral("object")).toString(), orphans.first().value(QStringLiteral("object")).toString());
        const QString validateFix = notValid.first().value(QStringLiteral("fix")).toString();
        QVERIFY2(validateFix.startsWith(QLatin1String("-- VALIDATE CONSTRAINT would fail while 3 orphan row(s) exist; fix them first:\n-- inspect them:")),
                 qPrintable(validateFix));

        // A cap on the count: the scan stops at orphan_limit.
        const QString thresholds = test::writeFile(m_dir.filePath(QStringLiteral("limit.json")), R"({"orphan_limit": 2})");
        QVERIFY(!thresholds.isEmpty());
        const DoctorRun capped = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows"), QStringLiteral("--thresholds"), thresholds});
        QCOMPARE(capped.findings(QStringLiteral("orphan_rows")).first().value(QStringLiteral("value")).toString(), QStringLiteral("at least 2"));
    }

    void lockedTableIsReportedAndOthersRun()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_locked"));
        Pg db(uri), locker(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);")),
                 QString());
        QCOMPARE(locker.exec(QStringLiteral("BEGIN; LOCK TABLE child IN ACCESS EXCLUSIVE MODE")), QString());
        QElapsedTimer clock;
        clock.start();
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows,invalid_indexes")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        // Not checked (not passed): the run says it does not know, and exits 1.
        const auto orphans = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("not_checked"));
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().value(QStringLiteral("not_checked")).toString(), QStringLiteral("lock_timeout"));
        QVERIFY2(orphans.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("could not get a lock")), qPrintable(r.out));
        QCOMPARE(r.findings(QStringLiteral("orphan_rows"), QStringLiteral("ok")).size(), 0);
        QCOMPARE(r.json.value(QStringLiteral("score_summary")).toString(), QStringLiteral("score 100 over 1 of 2 checks; 1 not checked"));
        QCOMPARE(r.findings(QStringLiteral("invalid_indexes"), QStringLiteral("ok")).size(), 1);
        QVERIFY(clock.elapsed() < 15000);
    }

    void slowScanTimesOutAndOthersRun()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_slow"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent VALUES (1);"
                                        "CREATE TABLE child (id int, parent_id int REFERENCES parent);"
                                        "INSERT INTO child SELECT g, 1 FROM generate_series(1, 400000) g;")),
                 QString());
        const QString thresholds = test::writeFile(m_dir.filePath(QStringLiteral("tight.json")), R"({"check_timeout_ms": 20})");
        QVERIFY(!thresholds.isEmpty());
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows,xid_wraparound"),
                                      QStringLiteral("--thresholds"), thresholds});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const auto orphans = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("not_checked"));
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().value(QStringLiteral("not_checked")).toString(), QStringLiteral("timeout"));
        QVERIFY2(orphans.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("timed out")), qPrintable(r.out));
        // The check after it still ran (ok, or itself timed out on a loaded machine — but reported).
        QCOMPARE(r.findings(QStringLiteral("xid_wraparound"), QStringLiteral("ok")).size()
                     + r.findings(QStringLiteral("xid_wraparound"), QStringLiteral("not_checked")).size(), 1);
    }

    void failedConcurrentIndexAndDuplicates()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_indexes"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (id int, email text); INSERT INTO t VALUES (1, 'a'), (2, 'a');"
                                        "CREATE INDEX t_id_a ON t (id); CREATE INDEX t_id_b ON t (id);"
                                        "CREATE INDEX t_partial ON t (id) WHERE id > 1;")),
                 QString());
        QVERIFY(!db.exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY t_email_key ON t (email)")).isEmpty());
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("invalid_indexes,duplicate_indexes")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const auto invalid = r.findings(QStringLiteral("invalid_indexes"), QStringLiteral("warning"));
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid.first().value(QStringLiteral("object")).toString(), QStringLiteral("public.t_email_key"));
        QVERIFY(invalid.first().value(QStringLiteral("fix")).toString().contains(QLatin1String("REINDEX INDEX CONCURRENTLY public.t_email_key")));
        const auto dups = r.findings(QStringLiteral("duplicate_indexes"), QStringLiteral("warning"));
        QCOMPARE(dups.size(), 1);  // the partial index is not a duplicate; the invalid one is ignored
        QCOMPARE(dups.first().value(QStringLiteral("object")).toString(), QStringLiteral("public.t_id_b"));
    }

    void orphanBudgetNamesWhatItSkipped()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_budget_fk"));
        Pg db(uri), locker(uri);
        // 41 keys; the NOT VALID one goes first, and its table is locked: its scan waits out the
        // whole budget, so every other key is left over — which keys, the report must say.
        QCOMPARE(db.exec(QStringLiteral(
                     "CREATE TABLE parent (id int PRIMARY KEY);"
                     "DO $$ BEGIN FOR i IN 1..40 LOOP"
                     " EXECUTE format('CREATE TABLE c_%s (id int, parent_id int CONSTRAINT fk_%s REFERENCES parent)', i, i);"
                     " END LOOP; END $$;"
                     "CREATE TABLE locked (id int, parent_id int);"
                     "ALTER TABLE locked ADD CONSTRAINT fk_locked FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;")),
                 QString());
        QCOMPARE(locker.exec(QStringLiteral("BEGIN; LOCK TABLE locked IN ACCESS EXCLUSIVE MODE")), QString());
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("budget.json")), R"({"orphan_budget_s": 0.5, "lock_timeout_ms": 60000})");
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows"), QStringLiteral("--thresholds"), file});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QVERIFY2(r.elapsedMs < 15000, qPrintable(QString::number(r.elapsedMs)));
        const auto warnings = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("not_checked"));
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(1).value(QStringLiteral("not_checked")).toString(), QStringLiteral("time_budget"));
        QCOMPARE(warnings.at(0).value(QStringLiteral("object")).toString(), QStringLiteral("fk_locked on public.locked"));
        QVERIFY2(warnings.at(0).value(QStringLiteral("detail")).toString().startsWith(QLatin1String("orphan scan timed out after")),
                 qPrintable(r.out));
        const QJsonObject skipped = warnings.at(1);
        QCOMPARE(skipped.value(QStringLiteral("object")).toString(), QStringLiteral("40 foreign keys"));
        QCOMPARE(skipped.value(QStringLiteral("value")).toString(), QStringLiteral("40"));
        const QString detail = skipped.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QLatin1String("budget of 500 ms ran out after 1 of 41 keys")), qPrintable(detail));
        QCOMPARE(detail.count(QRegularExpression(QStringLiteral("fk_\\d+ on public\\.c_\\d+"))), 10);
        QVERIFY2(detail.endsWith(QLatin1String(" and 30 more")), qPrintable(detail));
    }

    void sampledScanAboveTheThreshold()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_sampled"));
        Pg db(uri);
        // Four children: a plain table never analyzed (reltuples -1: the statistics' live rows
        // count), a partitioned table whose partitions autovacuum analyzed but whose parent it
        // never does (reltuples -1: the partitions count), one analyzed while empty (reltuples 0)
        // and loaded since, and a small one below the threshold.
        QCOMPARE(db.exec(QStringLiteral(
                     "CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent SELECT generate_series(1, 10);"
                     "CREATE TABLE plain (id int, parent_id int) WITH (autovacuum_enabled = off);"
                     "INSERT INTO plain SELECT g, CASE WHEN g <= 5 THEN 100 + g ELSE 1 END FROM generate_series(1, 1000) g;"
                     "ALTER TABLE plain ADD CONSTRAINT plain_fk FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;"
                     "CREATE TABLE parted (id int, parent_id int CONSTRAINT parted_fk REFERENCES parent) PARTITION BY RANGE (id);"
                     "CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (1) TO (501) WITH (autovacuum_enabled = off);"
                     "CREATE TABLE parted_2 PARTITION OF parted FOR VALUES FROM (501) TO (1001) WITH (autovacuum_enabled = off);"
                     "SET session_replication_role = replica;"  // bypasses the key's triggers: 4 orphans
                     "INSERT INTO parted SELECT g, CASE WHEN g % 250 = 0 THEN 100 + g ELSE 1 END FROM generate_series(1, 1000) g;"
                     "RESET session_replication_role;"
                     "ANALYZE parted_1; ANALYZE parted_2;"
                     // Analyzed while empty: reltuples stays 0 however much is loaded until the next analyze.
                     "CREATE TABLE loaded (id int, parent_id int) WITH (autovacuum_enabled = off); ANALYZE loaded;"
                     "INSERT INTO loaded SELECT g, CASE WHEN g <= 2 THEN 100 + g ELSE 1 END FROM generate_series(1, 1000) g;"
                     "ALTER TABLE loaded ADD CONSTRAINT loaded_fk FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;"
                     "CREATE TABLE small (id int, parent_id int);"
                     "INSERT INTO small VALUES (1, 1), (2, 99);"
                     "ALTER TABLE small ADD CONSTRAINT small_fk FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;"
                     "SELECT pg_stat_force_next_flush();")),
                 QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT 1")), QString());  // flushes the statistics
        QCOMPARE(test::queryValue(uri, "SELECT reltuples FROM pg_class WHERE relname = 'plain'"), QByteArray("-1"));
        QCOMPARE(test::queryValue(uri, "SELECT reltuples FROM pg_class WHERE relname = 'parted'"), QByteArray("-1"));
        QCOMPARE(test::queryValue(uri, "SELECT reltuples FROM pg_class WHERE relname = 'loaded'"), QByteArray("0"));
        QTRY_COMPARE_WITH_TIMEOUT(test::queryValue(uri, "SELECT string_agg(n_live_tup::text, ',' ORDER BY relname)"
                                                        " FROM pg_stat_user_tables WHERE relname IN ('plain', 'loaded')"),
                                  QByteArray("1000,1000"), 5000);
        // A 100 % sample reads every page: the counts stay exact, and the finding says it sampled.
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("sample.json")), R"({"orphan_sample_rows": 100, "orphan_sample_pct": 100})");
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows"), QStringLiteral("--thresholds"), file});
        QVERIFY2(r.exitCode == 4, qPrintable(r.dump()));
        const auto orphans = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("critical"));
        QCOMPARE(orphans.size(), 4);
        const auto check = [&](const QString &object, const QString &value, bool sampled) {
            const QString detail = r.detail(QStringLiteral("orphan_rows"), object);
            QVERIFY2(!detail.isEmpty(), qPrintable(object + QLatin1Char('\n') + r.out));
            QCOMPARE(r.value(QStringLiteral("orphan_rows"), object), value);
            QVERIFY2(detail.contains(QLatin1String("in a 100% sample")) == sampled, qPrintable(detail));
        };
        check(QStringLiteral("plain_fk on public.plain"), QStringLiteral("5"), true);
        check(QStringLiteral("parted_fk on public.parted"), QStringLiteral("4"), true);
        check(QStringLiteral("loaded_fk on public.loaded"), QStringLiteral("2"), true);
        check(QStringLiteral("small_fk on public.small"), QStringLiteral("1"), false);

        // Clean data: the ok finding says how much of it was a sample.
        QCOMPARE(db.exec(QStringLiteral("DELETE FROM plain WHERE parent_id > 10; DELETE FROM small WHERE parent_id > 10;"
                                        "DELETE FROM parted WHERE parent_id > 10; DELETE FROM loaded WHERE parent_id > 10")), QString());
        const DoctorRun clean = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows"), QStringLiteral("--thresholds"), file});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.dump()));
        QCOMPARE(clean.findings(QStringLiteral("orphan_rows"), QStringLiteral("ok")).first().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("4 foreign keys scanned (3 of them in a 100% sample), no orphan rows"));
    }

    void longListsSayHowManyMore()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_many"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral(
                     "CREATE TABLE t (id int, v int); INSERT INTO t VALUES (1, 1), (2, 1);"
                     "DO $$ BEGIN FOR i IN 1..105 LOOP"
                     " EXECUTE format('ALTER TABLE t ADD CONSTRAINT check_%s CHECK (v > 0) NOT VALID', i);"
                     " END LOOP; END $$;")),
                 QString());
        // Each failed build leaves one INVALID index behind.
        for (int i = 1; i <= 103; ++i)
            QVERIFY(!db.exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY t_v_%1 ON t (v)").arg(i)).isEmpty());
        const DoctorRun r = test::doctor(uri, {QStringLiteral("--checks"), QStringLiteral("invalid_indexes,not_valid_constraints")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(r.findings(QStringLiteral("invalid_indexes")).size(), 101);
        QCOMPARE(r.findings(QStringLiteral("not_valid_constraints")).size(), 101);
        QCOMPARE(r.value(QStringLiteral("invalid_indexes"), QStringLiteral("and 3 more")), QStringLiteral("3"));
        QVERIFY2(r.detail(QStringLiteral("invalid_indexes"), QStringLiteral("and 3 more"))
                     .startsWith(QLatin1String("and 3 more invalid indexes (103 in all")), qPrintable(r.out));
        QCOMPARE(r.value(QStringLiteral("not_valid_constraints"), QStringLiteral("and 5 more")), QStringLiteral("5"));
        QVERIFY2(r.detail(QStringLiteral("not_valid_constraints"), QStringLiteral("and 5 more"))
                     .startsWith(QLatin1String("and 5 more NOT VALID constraints (105 in all")), qPrintable(r.out));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHealthIntegrity)
#include "tst_healthintegrity.moc"
