// HealthJob: the orphan scan reports its own progress per foreign key through the job.
#include "core/db/target.h"
#include "core/health/healthjob.h"
#include "tests/support/testcluster.h"

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
                seen = seen || (text.startsWith(QStringLiteral("2/2 orphan_rows — orphans: ")) && text.endsWith(QStringLiteral("/3 ") + fk));
            QVERIFY2(seen, qPrintable(fk + QLatin1Char('\n') + texts.join(QLatin1Char('\n'))));
        }
        QVERIFY2(texts.contains(QStringLiteral("2/2 orphan_rows — orphans: 3/3 fk_invoice_customer"))
                     || texts.contains(QStringLiteral("2/2 orphan_rows — orphans: 3/3 fk_invoice_order"))
                     || texts.contains(QStringLiteral("2/2 orphan_rows — orphans: 3/3 fk_order_customer")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        // Within the check, the percentage moves on per key and never goes back.
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.last(), 100);
    }
};

QTEST_GUILESS_MAIN(TestHealthJob)
#include "tst_healthjob.moc"
