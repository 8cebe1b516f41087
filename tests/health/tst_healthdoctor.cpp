// `dbpulse-cli doctor` against a real cluster with problems planted on purpose.
#include "core/health/healthdoctor.h"
#include "tests/support/clirun.h"
#include "tests/support/pgsession.h"
#include "tests/support/plantedproblems.h"
#include "tests/support/silentserver.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace dbpulse;

namespace {

using Pg = dbpulse::test::PgSession;

/// A dbpulse-cli run with its stdout parsed as the doctor's JSON report.
struct CliRun : dbpulse::test::ProcessRun
{
    QJsonObject json;
    /// Findings of \a check (all when empty) with severity above ok.
    QList<QJsonObject> findings(const QString &check, const QString &severity = {}) const
    {
        QList<QJsonObject> list;
        for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if ((check.isEmpty() || f.value(QStringLiteral("check")).toString() == check)
                && (severity.isEmpty() ? f.value(QStringLiteral("severity")).toString() != QLatin1String("ok")
                                       : f.value(QStringLiteral("severity")).toString() == severity))
                list << f;
        }
        return list;
    }
    QString dump() const { return out + err; }
};

CliRun runCli(const QStringList &args)
{
    CliRun run{dbpulse::test::runCli(args), {}};
    run.json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return run;
}

CliRun doctor(const QString &uri, const QStringList &extra)
{
    return runCli(QStringList{QStringLiteral("doctor"), uri, QStringLiteral("--format"), QStringLiteral("json")} + extra);
}

/// The field \a name of the finding of \a check about exactly \a object (empty when none).
QString fieldOf(const CliRun &r, const QString &check, const QString &object, const char *name)
{
    for (const QJsonObject &f : r.findings(check))
        if (f.value(QStringLiteral("object")).toString() == object)
            return f.value(QLatin1String(name)).toString();
    return {};
}

QString detailOf(const CliRun &r, const QString &check, const QString &object)
{
    return fieldOf(r, check, object, "detail");
}

QString valueOf(const CliRun &r, const QString &check, const QString &object)
{
    return fieldOf(r, check, object, "value");
}

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
QStringList reported(const CliRun &r, const test::PlantedProblems &planted)
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

/// A fresh database named \a name on \a cluster (dropped first if a previous run left it).
QString freshDatabase(LocalCluster *cluster, const QString &name)
{
    Pg admin(cluster->uri());
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    const QString err = admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    return err.isEmpty() ? cluster->uri(name) : QString();
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
        QFile f(m_dir.filePath(QStringLiteral("fast.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::PlantedProblems::fastThresholdsJson());
        m_fastThresholds = f.fileName();
        m_postgresChecks = HealthDoctor::checkNames(DatabaseKind::PostgreSQL);
    }

    void cleanDatabaseIsHealthy()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_clean"));
        QVERIFY(!uri.isEmpty());
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);"
                                        "INSERT INTO parent SELECT generate_series(1, 100);"
                                        "INSERT INTO child SELECT g, g FROM generate_series(1, 100) g;")),
                 QString());
        const CliRun r = doctor(uri, {});
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
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_all"));
        QVERIFY(!uri.isEmpty());
        const test::PlantedProblems planted(uri);
        QVERIFY2(planted.error().isEmpty(), qPrintable(planted.error()));
        QThread::sleep(3);  // older than the 2 s session thresholds

        // The full doctor: no --checks.
        const CliRun r = doctor(uri, {QStringLiteral("--thresholds"), m_fastThresholds});
        QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
        QCOMPARE(reported(r, planted), expectedText(planted.expected()));
        // Every check ran and reported (ok findings included), with its time.
        const QJsonArray timings = r.json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(timings.size(), m_postgresChecks.size());
        for (const QString &check : m_postgresChecks)
            QVERIFY2(!r.findings(check, QStringLiteral("ok")).isEmpty() || !r.findings(check).isEmpty(), qPrintable(check));

        // The chain: C waits for B, and B — itself blocked — waits for A, idle in its transaction.
        const QString tailDetail = detailOf(r, QStringLiteral("blocking_locks"),
                                            QStringLiteral("pid %1 blocked by pid %2").arg(planted.tailPid()).arg(planted.middlePid()));
        QVERIFY2(tailDetail.contains(QStringLiteral("held by pid %1 (dbpulse, active, itself blocked)").arg(planted.middlePid())),
                 qPrintable(tailDetail));
        const QString middleDetail = detailOf(r, QStringLiteral("blocking_locks"),
                                              QStringLiteral("pid %1 blocked by pid %2").arg(planted.middlePid()).arg(planted.blockerPid()));
        QVERIFY2(middleDetail.contains(QStringLiteral("held by pid %1 (dbpulse, idle in transaction)").arg(planted.blockerPid())),
                 qPrintable(middleDetail));
        QVERIFY2(!middleDetail.contains(QLatin1String("itself blocked")), qPrintable(middleDetail));
        // The doctor's own session timeout no longer hides the server's missing one.
        QCOMPARE(r.findings(QStringLiteral("settings"), QStringLiteral("info")).size(), 5);
        QCOMPARE(detailOf(r, QStringLiteral("orphan_rows"), QStringLiteral("child_parent_fk on public.child")).left(2), QStringLiteral("3 "));

        // Without the critical causes only warnings stay: exit 1.
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("UPDATE child SET parent_id = 1 WHERE parent_id > 10")), QString());
        QCOMPARE(db.exec(QStringLiteral("VACUUM (ANALYZE) churn")), QString());
        const CliRun warnings = doctor(uri, {QStringLiteral("--thresholds"), m_fastThresholds});
        QVERIFY2(warnings.exitCode == 1, qPrintable(warnings.dump()));
        QList<test::ExpectedFinding> left;
        for (const test::ExpectedFinding &f : planted.expected())
            if (f.severity != Severity::Critical && f.check != QLatin1String("autovacuum_lag"))
                left << f;
        QCOMPARE(reported(warnings, planted), expectedText(left));
    }

    void settingsJudgeTheDatabaseDefault()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_settings"));
        Pg db(uri);
        // A monitoring role with timeouts of its own, as monitoring roles often have: they must
        // not hide that every other session of the database runs without one.
        db.exec(QStringLiteral("DROP ROLE IF EXISTS doctor_monitor"));
        QCOMPARE(db.exec(QStringLiteral("CREATE ROLE doctor_monitor LOGIN IN ROLE pg_monitor;"
                                        "ALTER ROLE doctor_monitor SET statement_timeout = '10s';"
                                        "ALTER ROLE doctor_monitor SET idle_in_transaction_session_timeout = '1min'")),
                 QString());
        QString monitorUri = uri;
        monitorUri.replace(QLatin1String("dbpulse@"), QLatin1String("doctor_monitor@"));
        const QStringList settingsOnly{QStringLiteral("--checks"), QStringLiteral("settings")};
        const auto finding = [](const CliRun &r, const QString &object) {
            for (const QJsonObject &f : r.findings(QStringLiteral("settings"), QStringLiteral("info")))
                if (f.value(QStringLiteral("object")).toString() == object)
                    return f;
            return QJsonObject();
        };
        const auto field = [](const QJsonObject &f, const char *name) { return f.value(QLatin1String(name)).toString(); };

        // The shared test cluster runs with fsync and full_page_writes off and 32 MB of buffers.
        CliRun r = doctor(monitorUri, settingsOnly);
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));  // info only
        QCOMPARE(field(finding(r, QStringLiteral("fsync")), "value"), QStringLiteral("off"));
        QCOMPARE(field(finding(r, QStringLiteral("fsync")), "threshold"), QStringLiteral("on"));
        QCOMPARE(field(finding(r, QStringLiteral("full_page_writes")), "value"), QStringLiteral("off"));
        QJsonObject f = finding(r, QStringLiteral("statement_timeout"));
        QCOMPARE(field(f, "value"), QStringLiteral("0"));
        QCOMPARE(field(f, "threshold"), QStringLiteral("> 0"));
        QVERIFY2(field(f, "detail").contains(QLatin1String("doctor_monitor 10s")), qPrintable(field(f, "detail")));
        QVERIFY2(field(f, "detail").contains(QLatin1String("built-in default")), qPrintable(field(f, "detail")));
        f = finding(r, QStringLiteral("idle_in_transaction_session_timeout"));
        QCOMPARE(field(f, "value"), QStringLiteral("0"));
        QCOMPARE(field(f, "threshold"), QStringLiteral("> 0"));
        f = finding(r, QStringLiteral("shared_buffers"));
        QCOMPARE(field(f, "value"), QStringLiteral("32 MB"));
        QCOMPARE(field(f, "threshold"), QStringLiteral("128 MB"));
        QVERIFY2(field(f, "detail").contains(QLatin1String("ram_mb")), qPrintable(field(f, "detail")));

        // The superuser's own session has nothing of its own: the server's value is its reset value.
        r = doctor(uri, settingsOnly);
        QVERIFY2(field(finding(r, QStringLiteral("statement_timeout")), "detail").contains(QLatin1String("the server's setting")),
                 qPrintable(r.out));

        // A database default is what the database's sessions start with.
        QCOMPARE(db.exec(QStringLiteral("ALTER DATABASE doctor_settings SET statement_timeout = '30s'")), QString());
        r = doctor(monitorUri, settingsOnly);
        QVERIFY2(finding(r, QStringLiteral("statement_timeout")).isEmpty(), qPrintable(r.out));
        QVERIFY(!finding(r, QStringLiteral("idle_in_transaction_session_timeout")).isEmpty());
        QCOMPARE(db.exec(QStringLiteral("ALTER DATABASE doctor_settings SET statement_timeout = 0")), QString());
        r = doctor(monitorUri, settingsOnly);
        QVERIFY2(field(finding(r, QStringLiteral("statement_timeout")), "detail").contains(QLatin1String("set for database doctor_settings")),
                 qPrintable(r.out));

        // With the server's RAM given, shared_buffers is judged against it.
        r = doctor(uri, settingsOnly + QStringList{QStringLiteral("--thresholds"), thresholds(QStringLiteral("ram.json"), R"({"ram_mb": 4096})")});
        f = finding(r, QStringLiteral("shared_buffers"));
        QCOMPARE(field(f, "threshold"), QStringLiteral("512 MB (1/8 of 4096 MB RAM)"));
        QVERIFY2(field(f, "fix").contains(QLatin1String("'1024MB'")), qPrintable(field(f, "fix")));
        r = doctor(uri, settingsOnly + QStringList{QStringLiteral("--thresholds"), thresholds(QStringLiteral("ram.json"), R"({"ram_mb": 128})")});
        QVERIFY2(finding(r, QStringLiteral("shared_buffers")).isEmpty(), qPrintable(r.out));  // 32 MB of 128 MB is plenty
    }

    void orphanBudgetNamesWhatItSkipped()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_budget_fk"));
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
        const QString file = thresholds(QStringLiteral("budget.json"), R"({"orphan_budget_s": 0.5, "lock_timeout_ms": 60000})");
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows"), QStringLiteral("--thresholds"), file});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QVERIFY2(r.elapsedMs < 15000, qPrintable(QString::number(r.elapsedMs)));
        const auto warnings = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("warning"));
        QCOMPARE(warnings.size(), 2);
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
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_sampled"));
        Pg db(uri);
        // Three children: a plain table never analyzed (reltuples -1: the statistics' live rows
        // count), a partitioned table whose partitions autovacuum analyzed but whose parent it
        // never does (reltuples -1: the partitions count), and a small one below the threshold.
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
                     "CREATE TABLE small (id int, parent_id int);"
                     "INSERT INTO small VALUES (1, 1), (2, 99);"
                     "ALTER TABLE small ADD CONSTRAINT small_fk FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;"
                     "SELECT pg_stat_force_next_flush();")),
                 QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT 1")), QString());  // flushes the statistics
        QCOMPARE(test::queryValue(uri, "SELECT reltuples FROM pg_class WHERE relname = 'plain'"), QByteArray("-1"));
        QCOMPARE(test::queryValue(uri, "SELECT reltuples FROM pg_class WHERE relname = 'parted'"), QByteArray("-1"));
        QTRY_COMPARE_WITH_TIMEOUT(test::queryValue(uri, "SELECT n_live_tup FROM pg_stat_user_tables WHERE relname = 'plain'"),
                                  QByteArray("1000"), 5000);
        // A 100 % sample reads every page: the counts stay exact, and the finding says it sampled.
        const QString file = thresholds(QStringLiteral("sample.json"), R"({"orphan_sample_rows": 100, "orphan_sample_pct": 100})");
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows"), QStringLiteral("--thresholds"), file});
        QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
        const auto orphans = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("critical"));
        QCOMPARE(orphans.size(), 3);
        const auto check = [&](const QString &object, const QString &value, bool sampled) {
            const QString detail = detailOf(r, QStringLiteral("orphan_rows"), object);
            QVERIFY2(!detail.isEmpty(), qPrintable(object + QLatin1Char('\n') + r.out));
            QCOMPARE(valueOf(r, QStringLiteral("orphan_rows"), object), value);
            QVERIFY2(detail.contains(QLatin1String("in a 100% sample")) == sampled, qPrintable(detail));
        };
        check(QStringLiteral("plain_fk on public.plain"), QStringLiteral("5"), true);
        check(QStringLiteral("parted_fk on public.parted"), QStringLiteral("4"), true);
        check(QStringLiteral("small_fk on public.small"), QStringLiteral("1"), false);

        // Clean data: the ok finding says how much of it was a sample.
        QCOMPARE(db.exec(QStringLiteral("DELETE FROM plain WHERE parent_id > 10; DELETE FROM small WHERE parent_id > 10;"
                                        "DELETE FROM parted WHERE parent_id > 10")), QString());
        const CliRun clean = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows"), QStringLiteral("--thresholds"), file});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.dump()));
        QCOMPARE(clean.findings(QStringLiteral("orphan_rows"), QStringLiteral("ok")).first().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("3 foreign key(s) scanned (2 of them in a 100% sample), no orphan rows"));
    }

    void longListsSayHowManyMore()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_many"));
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
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("invalid_indexes,not_valid_constraints")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(r.findings(QStringLiteral("invalid_indexes")).size(), 101);
        QCOMPARE(r.findings(QStringLiteral("not_valid_constraints")).size(), 101);
        QCOMPARE(valueOf(r, QStringLiteral("invalid_indexes"), QStringLiteral("and 3 more")), QStringLiteral("3"));
        QVERIFY2(detailOf(r, QStringLiteral("invalid_indexes"), QStringLiteral("and 3 more"))
                     .startsWith(QLatin1String("and 3 more invalid indexes (103 in all")), qPrintable(r.out));
        QCOMPARE(valueOf(r, QStringLiteral("not_valid_constraints"), QStringLiteral("and 5 more")), QStringLiteral("5"));
        QVERIFY2(detailOf(r, QStringLiteral("not_valid_constraints"), QStringLiteral("and 5 more"))
                     .startsWith(QLatin1String("and 5 more NOT VALID constraints (105 in all")), qPrintable(r.out));
    }

    void sessionProblems()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_sessions"));
        Pg setup(uri);
        QCOMPARE(setup.exec(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 0)")), QString());
        Pg idle(uri), holder(uri), waiter(uri), sleeper(uri);
        QCOMPARE(idle.exec(QStringLiteral("BEGIN; SELECT 1")), QString());
        QCOMPARE(holder.exec(QStringLiteral("BEGIN; UPDATE t SET v = 1 WHERE id = 1")), QString());
        QVERIFY(waiter.send(QStringLiteral("UPDATE t SET v = 2 WHERE id = 1")));
        QVERIFY(sleeper.send(QStringLiteral("SELECT pg_sleep(60)")));

        // With the default 30 s thresholds (5 s for lock waits) these young sessions are no findings.
        const CliRun defaults = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("idle_in_transaction,long_queries,blocking_locks")});
        QVERIFY2(defaults.exitCode == 0, qPrintable(defaults.dump()));
        QThread::sleep(3);

        const CliRun r = doctor(uri, {QStringLiteral("--thresholds"), m_fastThresholds, QStringLiteral("--checks"),
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
        QVERIFY2(has(QStringLiteral("idle_in_transaction"), QStringLiteral("pid %1 ").arg(holder.pid())), qPrintable(r.out));
        QVERIFY2(has(QStringLiteral("long_queries"), QStringLiteral("pid %1 ").arg(sleeper.pid())), qPrintable(r.out));
        QVERIFY2(has(QStringLiteral("blocking_locks"), QStringLiteral("pid %1 blocked by pid %2").arg(waiter.pid()).arg(holder.pid())),
                 qPrintable(r.out));
        // The lock wait is also a long query, and nothing else is.
        QCOMPARE(r.findings(QStringLiteral("long_queries")).size(), 2);
        const QString fix = r.findings(QStringLiteral("blocking_locks")).first().value(QStringLiteral("fix")).toString();
        QVERIFY(fix.contains(QStringLiteral("pg_cancel_backend(%1)").arg(holder.pid())));
    }

    void orphansBehindNotValidForeignKey()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_orphans"));
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
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows,not_valid_constraints")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
        const auto orphans = r.findings(QStringLiteral("orphan_rows"));
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(orphans.first().value(QStringLiteral("value")).toString(), QStringLiteral("3"));
        QVERIFY(orphans.first().value(QStringLiteral("object")).toString().contains(QLatin1String("\"Child Table\"")));
        QVERIFY(orphans.first().value(QStringLiteral("fix")).toString().contains(QLatin1String("VALIDATE CONSTRAINT child_parent_fk")));
        const auto notValid = r.findings(QStringLiteral("not_valid_constraints"), QStringLiteral("warning"));
        QCOMPARE(notValid.size(), 1);

        // A cap on the count: the scan stops at orphan_limit.
        QFile f(m_dir.filePath(QStringLiteral("limit.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"orphan_limit": 2})");
        f.close();
        const CliRun capped = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows"), QStringLiteral("--thresholds"), f.fileName()});
        QCOMPARE(capped.findings(QStringLiteral("orphan_rows")).first().value(QStringLiteral("value")).toString(), QStringLiteral("at least 2"));
    }

    void lockedTableIsReportedAndOthersRun()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_locked"));
        Pg db(uri), locker(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);")),
                 QString());
        QCOMPARE(locker.exec(QStringLiteral("BEGIN; LOCK TABLE child IN ACCESS EXCLUSIVE MODE")), QString());
        QElapsedTimer clock;
        clock.start();
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows,invalid_indexes")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const auto orphans = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("warning"));
        QCOMPARE(orphans.size(), 1);
        QVERIFY2(orphans.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("could not get a lock")), qPrintable(r.out));
        QCOMPARE(r.findings(QStringLiteral("invalid_indexes"), QStringLiteral("ok")).size(), 1);
        QVERIFY(clock.elapsed() < 15000);
    }

    void slowScanTimesOutAndOthersRun()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_slow"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY); INSERT INTO parent VALUES (1);"
                                        "CREATE TABLE child (id int, parent_id int REFERENCES parent);"
                                        "INSERT INTO child SELECT g, 1 FROM generate_series(1, 400000) g;")),
                 QString());
        QFile f(m_dir.filePath(QStringLiteral("tight.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"check_timeout_ms": 20})");
        f.close();
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("orphan_rows,xid_wraparound"),
                                      QStringLiteral("--thresholds"), f.fileName()});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const auto orphans = r.findings(QStringLiteral("orphan_rows"), QStringLiteral("warning"));
        QCOMPARE(orphans.size(), 1);
        QVERIFY2(orphans.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("timed out")), qPrintable(r.out));
        // The check after it still ran (ok, or itself timed out on a loaded machine — but reported).
        QCOMPARE(r.findings(QStringLiteral("xid_wraparound"), QStringLiteral("ok")).size()
                     + r.findings(QStringLiteral("xid_wraparound"), QStringLiteral("warning")).size(), 1);
    }

    void failedConcurrentIndexAndDuplicates()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_indexes"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE t (id int, email text); INSERT INTO t VALUES (1, 'a'), (2, 'a');"
                                        "CREATE INDEX t_id_a ON t (id); CREATE INDEX t_id_b ON t (id);"
                                        "CREATE INDEX t_partial ON t (id) WHERE id > 1;")),
                 QString());
        QVERIFY(!db.exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY t_email_key ON t (email)")).isEmpty());
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("invalid_indexes,duplicate_indexes")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const auto invalid = r.findings(QStringLiteral("invalid_indexes"), QStringLiteral("warning"));
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid.first().value(QStringLiteral("object")).toString(), QStringLiteral("public.t_email_key"));
        QVERIFY(invalid.first().value(QStringLiteral("fix")).toString().contains(QLatin1String("REINDEX INDEX CONCURRENTLY public.t_email_key")));
        const auto dups = r.findings(QStringLiteral("duplicate_indexes"), QStringLiteral("warning"));
        QCOMPARE(dups.size(), 1);  // the partial index is not a duplicate; the invalid one is ignored
        QCOMPARE(dups.first().value(QStringLiteral("object")).toString(), QStringLiteral("public.t_id_b"));
    }

    void heavyDeadTuples()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_dead"));
        Pg db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE churn (id int PRIMARY KEY, v text) WITH (autovacuum_enabled = off)")), QString());
        QCOMPARE(db.exec(QStringLiteral("INSERT INTO churn SELECT g, 'x' FROM generate_series(1, 20000) g")), QString());
        QCOMPARE(db.exec(QStringLiteral("DELETE FROM churn WHERE id > 5000")), QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT pg_stat_force_next_flush()")), QString());
        QCOMPARE(db.exec(QStringLiteral("SELECT 1")), QString());  // flushes the statistics
        QThread::msleep(500);
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("dead_tuples,autovacuum_lag")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
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
        const CliRun shown = doctor(uri, fix);
        QCOMPARE(shown.exitCode, 64);
        QVERIFY2(shown.err.contains(QLatin1String("VACUUM (ANALYZE) public.churn")), qPrintable(shown.dump()));
        QCOMPARE(doctor(uri, {QStringLiteral("--fix"), QStringLiteral("dead_tuples:public.nothing"), QStringLiteral("--yes")}).exitCode, 4);
        const CliRun fixed = doctor(uri, fix + QStringList{QStringLiteral("--yes")});
        QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.dump()));
        QCOMPARE(fixed.findings(QStringLiteral("dead_tuples"), QStringLiteral("ok")).size(), 1);
    }

    void bloatMeasuredOrEstimated()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_bloat"));
        Pg db(uri);
        // Nine rows in ten deleted all over the table: VACUUM frees the space but keeps every page.
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE bloated (id int PRIMARY KEY, pad text) WITH (autovacuum_enabled = off);"
                                        "INSERT INTO bloated SELECT g, repeat('x', 100) FROM generate_series(1, 100000) g;"
                                        "DELETE FROM bloated WHERE id % 10 <> 0;")),
                 QString());
        QCOMPARE(db.exec(QStringLiteral("VACUUM (ANALYZE) bloated")), QString());
        QFile f(m_dir.filePath(QStringLiteral("bloat.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"bloat_min_bytes": 262144})");
        f.close();
        const QStringList args{QStringLiteral("--checks"), QStringLiteral("bloat"), QStringLiteral("--thresholds"), f.fileName()};
        const auto detailOf = [](const CliRun &r, const QString &object) {
            for (const QJsonObject &finding : r.findings(QStringLiteral("bloat"), QStringLiteral("warning")))
                if (finding.value(QStringLiteral("object")).toString() == object)
                    return finding.value(QStringLiteral("detail")).toString();
            return QString();
        };

        const CliRun estimated = doctor(uri, args);
        QVERIFY2(estimated.exitCode == 1, qPrintable(estimated.dump()));
        QVERIFY2(detailOf(estimated, QStringLiteral("public.bloated")).contains(QLatin1String("estimated from statistics")),
                 qPrintable(estimated.out));
        QVERIFY2(detailOf(estimated, QStringLiteral("public.bloated_pkey")).contains(QLatin1String("estimated from statistics")),
                 qPrintable(estimated.out));

        QCOMPARE(db.exec(QStringLiteral("CREATE EXTENSION pgstattuple")), QString());
        const CliRun measured = doctor(uri, args);
        QVERIFY2(measured.exitCode == 1, qPrintable(measured.dump()));
        const QString table = detailOf(measured, QStringLiteral("public.bloated"));
        QVERIFY2(table.contains(QLatin1String("measured with pgstattuple_approx")), qPrintable(measured.out));
        QVERIFY2(detailOf(measured, QStringLiteral("public.bloated_pkey")).contains(QLatin1String("measured with pgstattuple")),
                 qPrintable(measured.out));
        // Nine tenths of the rows are gone: the measurement says so within a few points.
        QVERIFY2(table.startsWith(QLatin1String("about 8")) || table.startsWith(QLatin1String("about 9")), qPrintable(table));
    }

    void budgetsJudgeTheEstimatedP95()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_budget"));
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
        QFile f(m_dir.filePath(QStringLiteral("budget.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"budget_simple_ms": 50})");
        f.close();
        const CliRun r = doctor(uri, {QStringLiteral("--checks"), QStringLiteral("query_budgets"), QStringLiteral("--thresholds"), f.fileName()});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const auto breaches = r.findings(QStringLiteral("query_budgets"), QStringLiteral("warning"));
        QCOMPARE(breaches.size(), 1);
        QVERIFY2(breaches.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("simple query: estimated p95")),
                 qPrintable(r.out));
        QVERIFY(breaches.first().value(QStringLiteral("detail")).toString().contains(QLatin1String("pg_sleep")));
        QVERIFY(breaches.first().value(QStringLiteral("value")).toString().endsWith(QLatin1String("(estimated)")));
        QCOMPARE(breaches.first().value(QStringLiteral("threshold")).toString(), QStringLiteral("50 ms"));
        qInfo("mean %.1f ms, %s", mean, qPrintable(breaches.first().value(QStringLiteral("value")).toString()));
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
        CliRun r = doctor(cluster.uri(), {QStringLiteral("--checks"), QStringLiteral("connections")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(r.findings(QStringLiteral("connections"), QStringLiteral("warning")).size(), 1);
        QVERIFY(r.findings(QStringLiteral("connections")).first().value(QStringLiteral("value")).toString().contains(QLatin1String("85.0%")));
        for (int i = 0; i < 3; ++i)
            sessions.push_back(std::make_unique<Pg>(cluster.uri()));
        // 19 + the doctor = 20 of 20 (superuser slots): critical.
        r = doctor(cluster.uri(), {QStringLiteral("--checks"), QStringLiteral("connections")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
        QCOMPARE(r.findings(QStringLiteral("connections"), QStringLiteral("critical")).size(), 1);
    }

    void unprivilegedRoleGetsNotChecked()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = freshDatabase(cluster, QStringLiteral("doctor_nopriv"));
        Pg db(uri);
        db.exec(QStringLiteral("DROP ROLE IF EXISTS doctor_nobody"));
        QCOMPARE(db.exec(QStringLiteral("CREATE ROLE doctor_nobody LOGIN;"
                                        "CREATE EXTENSION IF NOT EXISTS pg_stat_statements;"
                                        "CREATE TABLE parent (id int PRIMARY KEY);"
                                        "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);")),
                 QString());
        QString nobodyUri = uri;
        nobodyUri.replace(QLatin1String("dbpulse@"), QLatin1String("doctor_nobody@"));
        const CliRun r = doctor(nobodyUri, {});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        for (const QString &check : {QStringLiteral("idle_in_transaction"), QStringLiteral("long_queries"),
                                     QStringLiteral("blocking_locks"), QStringLiteral("orphan_rows"), QStringLiteral("query_budgets")}) {
            const auto f = r.findings(check, QStringLiteral("info"));
            QVERIFY2(f.size() == 1 && f.first().value(QStringLiteral("detail")).toString().startsWith(QLatin1String("not checked: needs")),
                     qPrintable(check + QLatin1Char('\n') + r.out));
        }
        QVERIFY2(!r.out.contains(QLatin1String("check failed")), qPrintable(r.out));
        // The role's facts were readable without superuser-only settings: the advice names it.
        QVERIFY2(r.findings(QStringLiteral("idle_in_transaction")).first().value(QStringLiteral("detail")).toString()
                     .contains(QLatin1String("GRANT pg_monitor TO doctor_nobody")), qPrintable(r.out));
        QVERIFY2(r.findings(QStringLiteral("query_budgets")).first().value(QStringLiteral("detail")).toString()
                     .contains(QLatin1String("pg_read_all_stats")), qPrintable(r.out));
        QCOMPARE(r.findings(QStringLiteral("pg_stat_statements")).size(), 0);  // installed and loaded
    }

    void unreachableExitsThreeQuickly()
    {
        const CliRun refused = runCli({QStringLiteral("doctor"), QStringLiteral("postgresql://127.0.0.1:1/postgres")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.elapsedMs < 10000);

        // Accepts TCP but never speaks: only the connect timeout ends the wait.
        const test::SilentServer listener;
        QVERIFY(listener.isListening());
        const CliRun silent = runCli({QStringLiteral("doctor"),
                                      QStringLiteral("postgresql://127.0.0.1:%1/postgres").arg(listener.port()),
                                      QStringLiteral("--connect-timeout"), QStringLiteral("2")});
        QCOMPARE(silent.exitCode, 3);
        QVERIFY2(silent.elapsedMs < 8000, qPrintable(QString::number(silent.elapsedMs)));
    }

    void badArgumentsAreNotCritical()
    {
        QCOMPARE(runCli({QStringLiteral("doctor"), QStringLiteral("postgresql:///x"), QStringLiteral("--checks"), QStringLiteral("nope")}).exitCode, 64);
        QCOMPARE(runCli({QStringLiteral("doctor"), QStringLiteral("postgresql:///x"), QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 64);
    }

    void sqliteTarget()
    {
        // Two rows point at missing parents (SQLite does not enforce keys unless asked to).
        const QString path = m_dir.filePath(QStringLiteral("app.db"));
        QVERIFY(createSqlite(path));
        const CliRun r = runCli({QStringLiteral("doctor"), QStringLiteral("sqlite:") + path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
        QCOMPARE(r.findings(QStringLiteral("foreign_keys"), QStringLiteral("critical")).size(), 1);
        QCOMPARE(r.findings(QStringLiteral("integrity"), QStringLiteral("ok")).size(), 1);
        QCOMPARE(r.findings(QStringLiteral("journal_mode"), QStringLiteral("info")).size(), 1);
    }

private:
    /// A --thresholds file named \a name holding \a json.
    QString thresholds(const QString &name, const QByteArray &json)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
            return {};
        return f.fileName();
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
