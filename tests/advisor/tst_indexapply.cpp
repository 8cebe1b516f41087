// Acting on advice against the real cluster: applying a missing index as a StatementJob, cleaning up
// what a failed concurrent build leaves, saving advice as a migration that core/migrations then
// applies, and the before/after latency check of an applied index.
#include "advisorfixture.h"

#include "core/advisor/indexapply.h"
#include "core/advisor/indexapplyjob.h"
#include "core/advisor/indexcheck.h"
#include "core/advisor/indexmigration.h"
#include "core/migrations/migrationrunner.h"
#include "core/migrations/migrationsource.h"
#include "tests/support/testcluster.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

#include <libpq-fe.h>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

// A table that needs an index on (user_id), and a workload whose statements would use it.
const QStringList kSetup{
    u"CREATE TABLE \"Order Lines\" (id serial PRIMARY KEY, user_id int, note text)"_s,
    u"INSERT INTO \"Order Lines\" (user_id, note) SELECT g % 20000, md5(g::text) FROM generate_series(1, 200000) g"_s};
const QStringList kWorkload{u"SELECT count(*) FROM \"Order Lines\" WHERE user_id = %1"_s};

Target targetFor(LocalCluster *cluster, const QString &db)
{
    return *parseTarget(cluster->uri(db)).target;
}

// The advisor's own missing-index advice for the planted table.
IndexRecommendation missingAdvice(LocalCluster *cluster, const QString &db, QString *error)
{
    *error = AdvisorFixture::prepare(cluster, db, kSetup, kWorkload, 20);
    if (!error->isEmpty())
        return {};
    const AdvisorReport report = analyzeIndexes(targetFor(cluster, db), QString());
    if (const IndexRecommendation *r = findAdvice(report, u"missing"_s, u"Order Lines"_s, {}, {u"user_id"_s}))
        return *r;
    *error = u"no missing-index advice: "_s + describe(report);
    return {};
}

QString scalar(LocalCluster *cluster, const QString &db, const QString &sql)
{
    return QString::fromUtf8(queryValue(cluster->uri(db), sql.toUtf8().constData()));
}

} // namespace

class TestIndexApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appliesMissingIndexWithProgress()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QString error;
        const IndexRecommendation rec = missingAdvice(cluster, u"apply_ok"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!rec.queryIds.isEmpty(), "the advice names no statements");

        const StatementJobRequest request = indexApplyRequest(rec, targetFor(cluster, u"apply_ok"_s), QString());
        QCOMPARE(request.sql, rec.ddl); // exactly what the user saw
        QVERIFY(!request.progressSql.isEmpty());
        // The whole workflow, as the CLI's --apply and the Indexes page run it.
        QFile::remove(AppliedIndexStore().path());
        const Target target = targetFor(cluster, u"apply_ok"_s);
        IndexApplyJob job(rec, target, QString());
        QSignalSpy progress(&job, &Job::progressChanged);
        QVERIFY2(job.exec(), qPrintable(job.errorText()));
        QCOMPARE(job.outcome().commandStatus, u"CREATE INDEX"_s);
        QVERIFY(!progress.isEmpty());
        // The baseline was read before and saved for the self-check.
        QVERIFY(!job.outcome().baseline.statements.isEmpty());
        QVERIFY2(job.outcome().recordError.isEmpty(), qPrintable(job.outcome().recordError));
        const QList<AppliedIndexRecord> recorded = AppliedIndexStore().records(target.credentialKey());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().ddl, rec.ddl);
        QCOMPARE(scalar(cluster, u"apply_ok"_s,
                        u"SELECT count(*) FROM pg_index WHERE indrelid = '\"Order Lines\"'::regclass AND indisvalid "
                        "AND indkey::text = (SELECT attnum::text FROM pg_attribute WHERE attrelid = '\"Order Lines\"'::regclass "
                        "AND attname = 'user_id')"_s),
                 u"1"_s);
        // Nothing invalid was left, so there is nothing to clean up.
        const IndexLeftovers left = findIndexLeftovers(rec, targetFor(cluster, u"apply_ok"_s), QString());
        QVERIFY2(left.error.isEmpty(), qPrintable(left.error));
        QVERIFY(left.indexes.isEmpty());
        QVERIFY(left.cleanupDdl.isEmpty());
    }

    void failedBuildLeavesCleanupDdl()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QString error;
        const IndexRecommendation rec = missingAdvice(cluster, u"apply_fail"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Target target = targetFor(cluster, u"apply_fail"_s);

        // An open writing transaction holds the build in "waiting for writers before build", after the
        // index entry was committed; the build is then cancelled: an invalid index stays behind.
        PGconn *writer = PQconnectdb(cluster->uri(u"apply_fail"_s).toUtf8().constData());
        QCOMPARE(PQstatus(writer), CONNECTION_OK);
        PQclear(PQexec(writer, "BEGIN; INSERT INTO \"Order Lines\" (user_id) VALUES (1)"));
        IndexApplyJob job(rec, target, QString());
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.progressText().startsWith(u"waiting for writers before build"_s), 20000);
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 20000);
        PQclear(PQexec(writer, "ROLLBACK"));
        PQfinish(writer);
        QCOMPARE(job.state(), Job::State::Cancelled);
        // The job looked for what the cancelled build left behind.
        const IndexLeftovers left = job.outcome().leftovers;
        QVERIFY2(left.error.isEmpty(), qPrintable(left.error));
        QCOMPARE(left.indexes.size(), 1);
        QVERIFY2(left.cleanupDdl.startsWith(u"DROP INDEX CONCURRENTLY \"public\"."_s), qPrintable(left.cleanupDdl));
        QVERIFY(AppliedIndexStore().records(target.credentialKey()).isEmpty()); // nothing to check

        StatementJobRequest cleanup;
        cleanup.target = target;
        cleanup.sql = left.cleanupDdl;
        StatementJob drop(cleanup);
        QVERIFY2(drop.exec(), qPrintable(drop.errorText()));
        QCOMPARE(scalar(cluster, u"apply_fail"_s,
                        u"SELECT count(*) FROM pg_index WHERE indrelid = '\"Order Lines\"'::regclass AND NOT indisvalid"_s),
                 u"0"_s);
    }

    void savedMigrationIsPendingAndApplies_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("existingName");
        QTest::addColumn<QString>("existingContent");
        QTest::addColumn<QString>("expectedVersion");
        QTest::newRow("dbmate") << u"dbmate"_s << u"001_notes.sql"_s
                                << u"-- migrate:up\nCREATE TABLE notes (id int);\n-- migrate:down\nDROP TABLE notes;\n"_s
                                << u"__timestamp__"_s;
        QTest::newRow("dbmate numbered beyond today") << u"dbmate"_s << u"99999999999999_notes.sql"_s
                                                      << u"-- migrate:up\nCREATE TABLE notes (id int);\n"_s
                                                      << u"100000000000000"_s;
        QTest::newRow("flyway") << u"flyway"_s << u"V7__notes.sql"_s << u"CREATE TABLE notes (id int);\n"_s << u"8"_s;
        QTest::newRow("native") << u"native"_s << u"V2.1__notes.sql"_s << u"CREATE TABLE notes (id int);\n"_s << u"3"_s;
    }

    void savedMigrationIsPendingAndApplies()
    {
        QFETCH(QString, style);
        QFETCH(QString, existingName);
        QFETCH(QString, existingContent);
        QFETCH(QString, expectedVersion);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QString error;
        const QString db = u"apply_mig_"_s + style;
        const IndexRecommendation rec = missingAdvice(cluster, db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QTemporaryDir dir;
        QFile existing(dir.filePath(existingName));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write(existingContent.toUtf8());
        existing.close();
        MigrationStyle migrationStyle = MigrationStyle::Auto;
        QVERIFY(parseMigrationStyle(style, &migrationStyle));

        const IndexMigrationFiles written = writeIndexMigration(dir.path(), migrationStyle, rec);
        QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
        if (expectedVersion == u"__timestamp__"_s)
            QCOMPARE(written.version.size(), 14);
        else
            QCOMPARE(written.version, expectedVersion);

        // core/migrations reads it back as the last pending migration, to run outside a transaction.
        const MigrationLoadResult loaded = loadMigrations(dir.path(), migrationStyle);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.set.migrations.size(), 2);
        const Migration &m = loaded.set.migrations.last();
        QVERIFY(m.upSql.contains(rec.ddl));
        QVERIFY(!m.upTransactional);

        MigrationRequest up;
        up.command = MigrationRequest::Command::Up;
        up.target = targetFor(cluster, db);
        up.dir = dir.path();
        up.style = migrationStyle;
        const MigrationReport report = runMigrations(up);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.steps.size(), 2);
        QCOMPARE(scalar(cluster, db, u"SELECT count(*) FROM pg_index WHERE indrelid = '\"Order Lines\"'::regclass "
                                     "AND indisvalid AND NOT indisprimary"_s),
                 u"1"_s);

        // A second save never overwrites the first: it gets the next version.
        const IndexMigrationFiles again = writeIndexMigration(dir.path(), migrationStyle, rec);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QVERIFY(again.paths.first() != written.paths.first());
    }

    void missingFolderIsAnError()
    {
        IndexRecommendation rec;
        rec.ddl = u"CREATE INDEX CONCURRENTLY ON \"public\".\"t\" (\"a\");"_s;
        const IndexMigrationFiles written = writeIndexMigration(u"/nonexistent/migrations"_s, MigrationStyle::Auto, rec);
        QVERIFY(!written.error.isEmpty());
        QVERIFY(written.paths.isEmpty());
    }

    void appliedIndexChecksItself()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QString error;
        const QString db = u"apply_check"_s;
        const IndexRecommendation rec = missingAdvice(cluster, db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Target target = targetFor(cluster, db);

        const AppliedIndexRecord record = captureIndexBaseline(rec, target, QString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(record.statements.size(), 1);
        QCOMPARE(record.statements.first().calls, 20);
        QVERIFY(record.statements.first().meanMs() > 0);

        // Nothing ran since: nothing to compare yet.
        QList<StatementComparison> cmp = compareWithBaseline(record, target, QString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cmp.size(), 1);
        QCOMPARE(cmp.first().callsAfter, 0);
        QCOMPARE(cmp.first().ratio(), -1.0);

        StatementJob job(indexApplyRequest(rec, target, QString()));
        QVERIFY2(job.exec(), qPrintable(job.errorText()));
        for (int i = 1; i <= 30; ++i)
            QVERIFY(AdvisorFixture::exec(cluster, db, kWorkload.first().arg(i)).isEmpty());

        cmp = compareWithBaseline(record, target, QString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cmp.first().callsAfter, 30);
        QVERIFY(!cmp.first().statsReset);
        // An index lookup of ~10 rows against a scan of 200,000: far below the mean before.
        QVERIFY2(cmp.first().ratio() >= 0 && cmp.first().ratio() < 0.5,
                 qPrintable(u"before %1 ms, after %2 ms"_s.arg(record.statements.first().meanMs()).arg(cmp.first().meanAfterMs)));

        // The record survives a restart, in the (test-mode) application data directory.
        AppliedIndexStore store;
        QVERIFY(store.path().contains(u"qttest"_s));
        QFile::remove(store.path());
        const mode_t oldMask = ::umask(022); // as on most desktops: files readable by all unless made private
        QVERIFY(store.add(record, &error));
        ::umask(oldMask);
        // Statement texts and server names: only their owner reads them.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                              | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(store.path()) & others, QFileDevice::Permissions{});
        QCOMPARE(QFile::permissions(QFileInfo(store.path()).absolutePath())
                     & (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions{});
        const QList<AppliedIndexRecord> back = AppliedIndexStore().records(target.credentialKey());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().ddl, rec.ddl);
        QCOMPARE(back.first().statements.first().queryId, record.statements.first().queryId);
        QCOMPARE(back.first().statements.first().calls, 20);
        QVERIFY(AppliedIndexStore().records(u"another server"_s).isEmpty());

        // A statistics reset after the apply: "after" counts from the reset — also once the
        // statement has run more often since than it had before (the counters alone look normal).
        QVERIFY(AdvisorFixture::exec(cluster, db, u"SELECT pg_stat_statements_reset()"_s).isEmpty());
        QVERIFY(AdvisorFixture::exec(cluster, db, kWorkload.first().arg(7)).isEmpty());
        cmp = compareWithBaseline(record, target, QString(), &error);
        QVERIFY(cmp.first().statsReset);
        QCOMPARE(cmp.first().callsAfter, 1);
        for (int i = 1; i <= 24; ++i)
            QVERIFY(AdvisorFixture::exec(cluster, db, kWorkload.first().arg(i)).isEmpty());
        cmp = compareWithBaseline(record, target, QString(), &error);
        QVERIFY(cmp.first().statsReset);
        QCOMPARE(cmp.first().callsAfter, 25);
        QVERIFY(cmp.first().ratio() >= 0 && cmp.first().ratio() < 0.5);

        // A file that cannot be read is left alone rather than replaced by the new record.
        QFile file(store.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[{\"target\": \"x\", cut off");
        file.close();
        QVERIFY(!store.add(record, &error));
        QVERIFY2(error.contains(u"cannot read"_s), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("[{\"target\": \"x\", cut off"));
        file.close();
        QFile::remove(store.path());
    }
};

QTEST_GUILESS_MAIN(TestIndexApply)
#include "tst_indexapply.moc"
