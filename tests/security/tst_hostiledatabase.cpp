// Every read-only tool, run as a superuser against a database where an unprivileged role planted
// code (tests/support/hostilerole.h): none of that code may run with the superuser's rights.
#include "core/db/pgsession.h"
#include "core/db/sandbox.h"
#include "core/advisor/explain.h"
#include "core/db/sessionadmin.h"
#include "core/db/target.h"
#include "tests/support/clirun.h"
#include "tests/support/doctorrun.h"
#include "tests/support/hostilerole.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using dbpulse::test::HostileRole;

class tst_HostileDatabase : public QObject
{
    Q_OBJECT

private:
    dbpulse::LocalCluster *m_cluster = nullptr;
    QString m_uri;

    static QString sandboxLine(const QString &file)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        for (const QString &line : QString::fromUtf8(in.readAll()).split(u'\n')) {
            if (line.contains(u":*:dbpulse_sandbox:"_s))
                return line;
        }
        return {};
    }

    // \a file holds the sandbox's line, only its owner may read it, and \a run never showed the password.
    static void expectPrivateSandboxLine(const QString &file, const dbpulse::test::ProcessRun &run)
    {
        const QString line = sandboxLine(file);
        QVERIFY2(!line.isEmpty(), qPrintable(file));
        QCOMPARE(int(QFile(file).permissions() & 0x0077), 0); // nothing for group or others
        const QString password = line.section(u':', 4);
        QVERIFY(password.size() >= 24);
        QVERIFY(!run.out.contains(password) && !run.err.contains(password));
    }

    void expectNothingFired(const char *tool)
    {
        const QStringList fired = HostileRole::evidence(m_cluster);
        QVERIFY2(fired.isEmpty(), qPrintable(u"%1 ran the hostile role's code as a superuser: %2"_s
                                                 .arg(QLatin1String(tool), fired.join(u", "_s))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        m_cluster = cluster;
        QString error;
        QVERIFY2(HostileRole::plant(cluster, &error), qPrintable(error));
        m_uri = HostileRole::superuserUri(cluster);
    }

    void init() { HostileRole::clearEvidence(m_cluster); }

    // The control: the planted code does fire for a superuser who calls it the way our queries
    // used to (a plain session, default search_path). Without this, an empty evidence list
    // below could mean the trap is broken, not that we avoided it.
    void plantedCodeFiresForAPlainSuperuserSession_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("tag");
        QTest::newRow("stable function at plan time")
            << u"EXPLAIN SELECT * FROM mallory_t WHERE k = evil()"_s << u"stable_function"_s;
        QTest::newRow("view over the function") << u"SELECT count(e) FROM mallory_view"_s << u"stable_function"_s;
        QTest::newRow("format(text, name, name) overload")
            << u"SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LIMIT 1"_s
            << u"format_name_name"_s;
        QTest::newRow("pg_relation_size(oid) overload")
            << u"SELECT pg_relation_size(c.oid) FROM pg_class c WHERE relname = 'mallory_t'"_s << u"pg_relation_size"_s;
    }
    void plantedCodeFiresForAPlainSuperuserSession()
    {
        QFETCH(QString, sql);
        QFETCH(QString, tag);
        dbpulse::test::PlainConnection plain(m_uri);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(plain.exec(sql), QString());
        QVERIFY2(HostileRole::evidence(m_cluster).contains(tag), qPrintable(HostileRole::evidence(m_cluster).join(u' ')));
    }

    // The same statements in a hardened session resolve only catalog functions.
    void hardenedSessionResolvesOnlyCatalogFunctions()
    {
        QString error;
        auto session = dbpulse::PgSession::open(m_uri, {}, dbpulse::sessionDefaults(dbpulse::SessionPurpose::Doctor), &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(session->exec(u"SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c"
                              " JOIN pg_namespace n ON n.oid = c.relnamespace LIMIT 1"_s).ok);
        QVERIFY(session->exec(u"SELECT pg_relation_size(c.oid), pg_size_pretty(1::bigint), lower(c.relname)"
                              " FROM pg_class c LIMIT 1"_s).ok);
        expectNothingFired("a hardened session");
    }

    void connectionTest()
    {
        const auto run = dbpulse::test::runCli({u"check"_s, m_uri});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        expectNothingFired("dbpulse-cli check");
    }

    void indexAdvisor()
    {
        const auto run = dbpulse::test::runCli({u"indexes"_s, m_uri, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        expectNothingFired("dbpulse-cli indexes");
    }

    void doctor()
    {
        // runDoctorCli: the doctor's budget history goes to a data folder of this test's own,
        // never into the user's.
        const auto run = dbpulse::test::runDoctorCli({u"doctor"_s, m_uri, u"--format"_s, u"json"_s, u"--throwaway"_s});
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2, qPrintable(run.err + run.out));
        expectNothingFired("dbpulse-cli doctor");
    }

    void watch()
    {
        const auto run = dbpulse::test::runCli({u"watch"_s, m_uri, u"--duration"_s, u"3"_s, u"--format"_s, u"jsonl"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.trimmed().isEmpty(), "watch printed no sample");
        expectNothingFired("dbpulse-cli watch");
    }

    // The sandbox really runs the planted function, and powerless: it ran as the sandbox role, its
    // attempt to leave evidence failed, and its switch of default_transaction_read_only was rolled back.
    void sandboxRunsPlantedCodePowerless()
    {
        QString error;
        auto sandbox = dbpulse::openSandbox(m_uri, dbpulse::sessionDefaults(dbpulse::SessionPurpose::Sandbox), &error);
        QVERIFY2(sandbox, qPrintable(error));
        QString ranAs;
        const bool ok = dbpulse::runRolledBack(*sandbox, [&] {
            if (!sandbox->exec(u"EXPLAIN SELECT * FROM mallory_t WHERE k = evil()"_s).ok)
                return false;
            ranAs = sandbox->exec(u"SELECT pg_catalog.current_setting('mallory.ran_as', true)"_s).rows.value(0).value(0).toString();
            return true;
        }, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ranAs, QString::fromLatin1(dbpulse::sandboxRoleName));
        QCOMPARE(sandbox->exec(u"SHOW default_transaction_read_only"_s).rows.value(0).value(0).toString(), u"on"_s);
        expectNothingFired("the sandbox");
    }

    void explainRunsInTheSandbox()
    {
        const dbpulse::Target target = *dbpulse::parseTarget(m_uri).target;
        const dbpulse::ExplainResult plan =
            dbpulse::explainStatement(target, u"SELECT v FROM mallory_t WHERE k = evil() AND v = 'v9'"_s, true);
        QVERIFY2(plan.error.isEmpty() && plan.json.contains(u"mallory_t"_s), qPrintable(plan.error));
        expectNothingFired("EXPLAIN ANALYZE");
        const dbpulse::ExplainResult write =
            dbpulse::explainStatement(target, u"UPDATE mallory_t SET v = 'changed' WHERE k = 1"_s, true);
        QVERIFY2(write.error.contains(u"read-only"_s), qPrintable(write.error + write.json));
        QCOMPARE(dbpulse::test::queryValue(m_uri, "SELECT v FROM mallory_t WHERE k = 1"), QByteArray("v1"));
        // Two statements in one text are refused, not run one after the other.
        const dbpulse::ExplainResult two =
            dbpulse::explainStatement(target, u"SELECT 1; SELECT public.evil()"_s, false);
        QVERIFY(!two.error.isEmpty());
        expectNothingFired("EXPLAIN of two statements");
    }

    // A statement from pg_stat_statements names tables of the database it ran in, which may not
    // be the target's: EXPLAIN runs there, still as the sandbox role (the function below refuses
    // any other role) in a read-only transaction.
    void explainRunsInTheStatementsOwnDatabase()
    {
        dbpulse::test::PlainConnection admin(m_uri);
        QCOMPARE(admin.exec(u"DROP DATABASE IF EXISTS explain_elsewhere"_s), QString());
        QCOMPARE(admin.exec(u"CREATE DATABASE explain_elsewhere"_s), QString());
        QUrl elsewhere(m_uri);
        elsewhere.setPath(u"/explain_elsewhere"_s);
        {
            dbpulse::test::PlainConnection other(elsewhere.toString());
            QVERIFY2(other.ok(), qPrintable(other.error()));
            QCOMPARE(other.exec(u"CREATE TABLE elsewhere_t (v int)"_s), QString());
            QCOMPARE(other.exec(u"CREATE FUNCTION public.only_sandbox() RETURNS bool LANGUAGE plpgsql STABLE AS $$ "
                                u"BEGIN IF current_user <> 'dbpulse_sandbox' THEN RAISE EXCEPTION 'ran as %', current_user; "
                                u"END IF; RETURN true; END $$"_s), QString());
        }
        const dbpulse::Target target = *dbpulse::parseTarget(m_uri).target;
        const QString sql = u"SELECT v FROM elsewhere_t WHERE public.only_sandbox()"_s;
        const dbpulse::ExplainResult here = dbpulse::explainStatement(target, sql, false);
        QVERIFY2(here.error.contains(u"does not exist"_s), qPrintable(here.error + here.json));
        const dbpulse::ExplainResult there = dbpulse::explainStatement(target, sql, true, 10000, {}, u"explain_elsewhere"_s);
        QVERIFY2(there.error.isEmpty() && there.json.contains(u"elsewhere_t"_s), qPrintable(there.error));
        const dbpulse::ExplainResult write = dbpulse::explainStatement(
            target, u"INSERT INTO elsewhere_t VALUES (1)"_s, true, 10000, {}, u"explain_elsewhere"_s);
        QVERIFY2(write.error.contains(u"read-only"_s), qPrintable(write.error + write.json));
        expectNothingFired("EXPLAIN in another database");
    }

    // A sandbox role someone gave powers is refused, and the advisor says so instead of planning.
    void sandboxWithPowersIsRefused()
    {
        dbpulse::test::PlainConnection plain(m_uri);
        QCOMPARE(plain.exec(u"ALTER ROLE dbpulse_sandbox CREATEDB"_s), QString());
        const auto restore = qScopeGuard([&] { plain.exec(u"ALTER ROLE dbpulse_sandbox NOCREATEDB"_s); });
        QString error;
        QVERIFY(!dbpulse::openSandbox(m_uri, dbpulse::sessionDefaults(dbpulse::SessionPurpose::Sandbox), &error));
        QVERIFY2(error.contains(u"not powerless"_s) && error.contains(u"CREATEDB"_s), qPrintable(error));
        const auto run = dbpulse::test::runCli({u"indexes"_s, m_uri});
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"No missing-index advice"_s), qPrintable(run.err + run.out));
        const auto status = dbpulse::test::runCli({u"sandbox"_s, u"status"_s, m_uri});
        QVERIFY2(status.exitCode == 1 && status.out.contains(u"CREATEDB"_s), qPrintable(status.err + status.out));
    }

    // The CLI drops (only when confirmed) and creates the role, and keeps its password in a 0600
    // password file and nowhere else: the file libpq reads for the target ($PGPASSFILE when the
    // target names none, else the target's passfile=), so the sandbox then logs in over TCP with
    // SCRAM, which the cluster demands there.
    void sandboxCommand()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString envFile = home.filePath(u"pgpass"_s);
        // The superuser's own line, so a target without passfile= still logs in through $PGPASSFILE.
        QVERIFY(QFile::copy(m_cluster->pgpassFile(), envFile));
        qputenv("PGPASSFILE", envFile.toLocal8Bit());
        const auto unset = qScopeGuard([] { qunsetenv("PGPASSFILE"); });
        auto refused = dbpulse::test::runCli({u"sandbox"_s, u"drop"_s, m_uri});
        QVERIFY2(refused.exitCode == 2 && refused.err.contains(u"--yes"_s), qPrintable(refused.err));
        QVERIFY(dbpulse::test::runCli({u"sandbox"_s, u"status"_s, m_uri}).exitCode == 0);

        QVERIFY(dbpulse::test::runCli({u"sandbox"_s, u"drop"_s, m_uri, u"--yes"_s}).exitCode == 0);
        QVERIFY(sandboxLine(m_cluster->pgpassFile()).isEmpty()); // its line went with it
        // Over TCP the server asks for a password before it says whether the role exists: the
        // note names the role and the fix either way.
        const auto none = dbpulse::test::runCli({u"indexes"_s, m_uri});
        QVERIFY2(none.out.contains(u"dbpulse_sandbox"_s) && none.out.contains(u"sandbox create"_s), qPrintable(none.out));
        const auto gone = dbpulse::test::runCli({u"sandbox"_s, u"status"_s, m_uri});
        QVERIFY2(gone.exitCode == 1 && gone.out.contains(u"does not exist"_s), qPrintable(gone.out));

        // A target that names no password file: the password goes to $PGPASSFILE.
        QUrl bare(m_uri);
        bare.setQuery(QString());
        const auto createdBare = dbpulse::test::runCli({u"sandbox"_s, u"create"_s, bare.toString()});
        QVERIFY2(createdBare.exitCode == 0, qPrintable(createdBare.err + createdBare.out));
        expectPrivateSandboxLine(envFile, createdBare);
        QVERIFY(dbpulse::test::runCli({u"sandbox"_s, u"status"_s, bare.toString()}).exitCode == 0);

        // The cluster's URI names its own file: that is where the password must go, not $PGPASSFILE.
        const QString envLine = sandboxLine(envFile);
        const auto created = dbpulse::test::runCli({u"sandbox"_s, u"create"_s, m_uri});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err + created.out));
        QVERIFY2(created.out.contains(m_cluster->pgpassFile()), qPrintable(created.out));
        QCOMPARE(sandboxLine(envFile), envLine);
        expectPrivateSandboxLine(m_cluster->pgpassFile(), created);
        QVERIFY(dbpulse::test::runCli({u"sandbox"_s, u"status"_s, m_uri}).exitCode == 0);
        // Its login really needs that password: without the file the server refuses it.
        QUrl noFile(m_uri);
        noFile.setUserName(QString::fromLatin1(dbpulse::sandboxRoleName));
        noFile.setQuery(u"passfile=%1"_s.arg(home.filePath(u"none"_s)));
        QString error;
        QVERIFY(dbpulse::test::queryValue(noFile.toString(), "SELECT 1", &error).isNull());
        QVERIFY2(error.contains(u"password"_s), qPrintable(error));
        expectNothingFired("dbpulse-cli sandbox");
    }

    void backupAndRestoreTest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto backup = dbpulse::test::runCli({u"backup"_s, m_uri, u"--out"_s, dir.path()}, 300000);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        expectNothingFired("dbpulse-cli backup");
        const QString path = backup.out.trimmed().split(u'\n').last().trimmed();
        const auto verify = dbpulse::test::runCli({u"verify"_s, path, u"--restore-test"_s, m_uri}, 300000);
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
        expectNothingFired("dbpulse-cli verify --restore-test");
    }
};

QTEST_GUILESS_MAIN(tst_HostileDatabase)
#include "tst_hostiledatabase.moc"
