// Scan counters are per node: with a real streaming standby, unused-index advice on the primary
// warns that the standby keeps its own counters, and on the standby that the primary may use the
// index; on a lone primary it says nothing of replicas. Its own cluster: it changes pg_hba and
// adds a role with REPLICATION.
#include "advisorfixture.h"

#include "core/advisor/indexadvisor.h"
#include "core/db/target.h"
#include "tests/support/plainconnection.h"
#include "tests/support/standbycluster.h"
#include "tests/support/testcluster.h"

#include <QFile>
#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

const QString kDatabase = u"adv_replicas"_s;

AdvisorReport analyze(const QString &conninfo)
{
    AdvisorOptions options;
    options.unusedMinWindowS = 0; // a cluster of this test's age
    options.missing.useHypopg = false;
    return analyzeIndexes(*parseTarget(conninfo).target, QString(), options);
}

QString unusedReason(const AdvisorReport &report)
{
    const IndexRecommendation *r = findAdvice(report, u"unused"_s, u"t"_s, u"t_a_idx"_s);
    return r ? r->reason : QString();
}

} // namespace

class TestAdvisorReplicas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void primaryWithoutStandbysSaysNothingOfReplicas()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(AdvisorFixture::prepare(cluster, kDatabase, {u"CREATE TABLE t (id int PRIMARY KEY, a int)"_s,
                                                             u"CREATE INDEX t_a_idx ON t (a)"_s},
                                        {}, 0, false).isEmpty());
        const AdvisorReport report = analyze(cluster->uri(kDatabase));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        const QString reason = unusedReason(report);
        QVERIFY2(!reason.isEmpty() && !reason.contains(u"standby"_s), qPrintable(describe(report)));
        QCOMPARE(report.usage.standbys, 0);
        QVERIFY(!report.usage.inRecovery);
    }

    void standbysAreNamedOnBothSides()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PlainConnection admin(cluster->uri());
        QVERIFY2(admin.ok(), qPrintable(admin.error()));
        QCOMPARE(admin.exec(u"CREATE ROLE replicator WITH REPLICATION LOGIN"_s), QString());
        QFile hba(cluster->dataDir() + u"/pg_hba.conf"_s);
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local replication replicator trust\n" + rules);
        hba.close();
        QCOMPARE(admin.exec(u"SELECT pg_reload_conf()"_s), QString());
        StandbyCluster standby;
        QString error;
        QVERIFY2(standby.create(*cluster, u"replicator"_s, QString(), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(queryValue(cluster->uri(), "SELECT count(*) FROM pg_stat_replication"), QByteArray("1"), 30000);

        const AdvisorReport primary = analyze(cluster->uri(kDatabase));
        QVERIFY2(primary.error.isEmpty(), qPrintable(primary.error));
        QCOMPARE(primary.usage.standbys, 1);
        QVERIFY2(unusedReason(primary).contains(u"1 standby server(s) replicate from this one"_s), qPrintable(describe(primary)));

        const AdvisorReport onStandby = analyze(standby.conninfo(kDatabase));
        QVERIFY2(onStandby.connected && onStandby.error.isEmpty(), qPrintable(onStandby.error + standby.serverLogTail()));
        QVERIFY(onStandby.usage.inRecovery);
        QVERIFY2(unusedReason(onStandby).contains(u"This server is a standby"_s), qPrintable(describe(onStandby)));
    }
};

QTEST_GUILESS_MAIN(TestAdvisorReplicas)
#include "tst_advisorreplicas.moc"
