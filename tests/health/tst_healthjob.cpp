// HealthJob: the orphan scan reports its own progress per foreign key through the job, and a
// cancel ends a scan that is running on the server, or a connect that is still waiting.
#include "core/db/target.h"
#include "core/health/healthjob.h"
#include "tests/support/plainconnection.h"
#include "tests/support/silentserver.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dbpulse;

class TestHealthJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orphanScanReportsEachForeignKey()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QString error;
        test::queryValue(cluster->uri(), "DROP DATABASE IF EXISTS healthjob_progress WITH (FORCE)", &error);
        QVERIFY2(test::queryValue(cluster->uri(), "CREATE DATABASE healthjob_progress", &error).isEmpty() && error.isEmpty(),
                 qPrintable(error));
        const QString uri = cluster->uri(QStringLiteral("healthjob_progress"));
        test::queryValue(uri, "CREATE TABLE customer (id int PRIMARY KEY);"
                              "CREATE TABLE orders (id int PRIMARY KEY, customer_id int CONSTRAINT fk_order_customer REFERENCES customer);"
                              "CREATE TABLE invoice (id int PRIMARY KEY, order_id int CONSTRAINT fk_invoice_order REFERENCES orders,"
                              " customer_id int CONSTRAINT fk_invoice_customer REFERENCES customer)", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        DoctorOptions options;
        options.checks = {QStringLiteral("invalid_indexes"), QStringLiteral("orphan_rows")};
        HealthJob job(*parseTarget(uri).target, options);
        QSignalSpy progress(&job, &Job::progressChanged);
        QVERIFY(job.exec());
        QStringList texts;
        QList<int> percents;
        for (const QList<QVariant> &args : progress) {
            percents << args.at(0).toInt();
            texts << args.at(1).toString();
        }
        for (const QString &fk : {QStringLiteral("fk_order_customer"), QStringLiteral("fk_invoice_order"), QStringLiteral("fk_invoice_customer")}) {
            bool seen = false;
            for (const QString &text : texts)
                seen = seen || (text.startsWith(QStringLiteral("2/2 Rows without their parent — orphans: ")) && text.endsWith(QStringLiteral("/3 ") + fk));
            QVERIFY2(seen, qPrintable(fk + QLatin1Char('\n') + texts.join(QLatin1Char('\n'))));
        }
        QVERIFY2(texts.contains(QStringLiteral("2/2 Rows without their parent — orphans: 3/3 fk_invoice_customer"))
                     || texts.contains(QStringLiteral("2/2 Rows without their parent — orphans: 3/3 fk_invoice_order"))
                     || texts.contains(QStringLiteral("2/2 Rows without their parent — orphans: 3/3 fk_order_customer")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        // Within the check, the percentage moves on per key and never goes back.
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.last(), 100);
    }

    void cancelDuringASlowOrphanScanEndsPromptly()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QString error;
        test::queryValue(cluster->uri(), "DROP DATABASE IF EXISTS healthjob_cancel WITH (FORCE)", &error);
        error.clear();
        test::queryValue(cluster->uri(), "CREATE DATABASE healthjob_cancel", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString uri = cluster->uri(QStringLiteral("healthjob_cancel"));
        test::PlainConnection db(uri), locker(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE customer (id int PRIMARY KEY);"
                                        "CREATE TABLE orders (id int, customer_id int CONSTRAINT fk_order_customer REFERENCES customer)")),
                 QString());
        // The scan of orders waits for this lock: with the limits below it would take two minutes,
        // so only a cancel that reaches the server can end it promptly.
        QCOMPARE(locker.exec(QStringLiteral("BEGIN; LOCK TABLE orders IN ACCESS EXCLUSIVE MODE")), QString());

        DoctorOptions options;
        options.checks = {QStringLiteral("orphan_rows")};
        options.thresholds.checkTimeoutMs = 120000;
        options.thresholds.lockTimeoutMs = 120000;
        options.thresholds.orphanBudgetS = 120;
        HealthJob job(*parseTarget(uri).target, options);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(job.progressText(), QStringLiteral("1/1 Rows without their parent — orphans: 1/1 fk_order_customer"), 15000);
        // The doctor's statement is on the server, waiting for the lock.
        QTRY_COMPARE_WITH_TIMEOUT(test::queryValue(uri, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dbpulse-doctor'"
                                                        " AND wait_event_type = 'Lock'"),
                                  QByteArray("1"), 10000);
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("cancelled"));
        // Nothing of the doctor is left running on the server.
        QTRY_COMPARE_WITH_TIMEOUT(test::queryValue(uri, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dbpulse-doctor'"),
                                  QByteArray("0"), 5000);
    }

    // The connect itself is cancellable: a server that accepts and never answers does not keep a
    // cancelled doctor for its connect timeout (60 s here; the wait below is 15 s).
    void cancelWhileConnectingEndsTheJob()
    {
        const test::SilentServer silent;
        QVERIFY(silent.isListening());
        DoctorOptions options;
        options.connectTimeoutMs = 60000;
        HealthJob job(*parseTarget(QStringLiteral("host=127.0.0.1 sslmode=disable port=%1").arg(silent.port())).target, options);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY(job.progressText().startsWith(QLatin1String("connecting to")));
        // Inside the connect for sure: the server holds the doctor's connection and never
        // answers, so from here only the 60 s connect timeout or the cancel can end the job.
        QTRY_VERIFY(silent.hasWaitingClient());
        QCoreApplication::processEvents(); // a finish already posted would be delivered here
        QVERIFY(finished.isEmpty());
        QCOMPARE(job.state(), Job::State::Running);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QVERIFY(!job.connectFailed()); // cancelled, not "cannot connect"
    }
};

QTEST_GUILESS_MAIN(TestHealthJob)
#include "tst_healthjob.moc"
