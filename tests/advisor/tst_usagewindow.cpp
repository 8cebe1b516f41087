// The usage window against the real cluster: "unused" is judged over the span the scan counters
// really cover (server start or this database's statistics reset, whichever is later), withheld
// while that span is shorter than the policy asks, and said with the window in the advice.
#include "advisorfixture.h"

#include "core/advisor/indexadvisor.h"
#include "core/advisor/usagewindow.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

AdvisorReport analyze(LocalCluster *cluster, const QString &db, qint64 minWindowS)
{
    AdvisorOptions options;
    options.unusedMinWindowS = minWindowS;
    options.missing.useHypopg = false;
    return analyzeIndexes(*parseTarget(cluster->uri(db)).target, QString(), options);
}

QDateTime epoch(const QByteArray &seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds.toDouble() * 1000), Qt::UTC);
}

const QStringList kSetup{u"CREATE TABLE t (id int PRIMARY KEY, a int)"_s, u"CREATE INDEX t_a_idx ON t (a)"_s};

} // namespace

class TestUsageWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A database whose statistics were never reset (stats_reset IS NULL): the window starts at the
    // server's start, and a server up for minutes is not judged with the default week.
    void neverResetIsJudgedFromServerStart()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString db = u"adv_window_null"_s;
        QVERIFY2(AdvisorFixture::prepare(cluster, db, kSetup, {}, 0, false).isEmpty(), "prepare");
        const QByteArray uri = cluster->uri(db).toUtf8();
        QCOMPARE(queryValue(QString::fromUtf8(uri),
                            "SELECT stats_reset IS NULL FROM pg_stat_database WHERE datname = current_database()"),
                 QByteArray("t"));
        const QDateTime serverStart = epoch(queryValue(QString::fromUtf8(uri), "SELECT extract(epoch FROM pg_postmaster_start_time())"));

        const AdvisorReport young = analyze(cluster, db, UnusedPolicy::defaultMinWindowS);
        QVERIFY2(young.connected && young.error.isEmpty(), qPrintable(young.error));
        QVERIFY(young.analyzedAt.isValid());
        QVERIFY(!young.usage.statsReset.isValid());
        QCOMPARE(young.usage.start(), serverStart);
        QVERIFY(young.usage.seconds() >= 0 && young.usage.seconds() < UnusedPolicy::defaultMinWindowS);
        QVERIFY(!young.unusedJudged);
        QVERIFY2(!findAdvice(young, u"unused"_s, u"t"_s, u"t_a_idx"_s), qPrintable(describe(young)));
        // Why it is withheld, and from when it will be judged.
        const QString notes = young.notes.join(u' ');
        QVERIFY2(notes.contains(u"not judged yet"_s) && notes.contains(u"since the server started on "_s)
                     && notes.contains(formatWindowTime(serverStart.addSecs(UnusedPolicy::defaultMinWindowS)))
                     && notes.contains(u"1 index(es) with at most 0 scans"_s),
                 qPrintable(notes));
        QVERIFY2(young.describeRun().contains(u"too short to judge unused indexes"_s), qPrintable(young.describeRun()));

        // A zero minimum judges at once, and the advice says over which window.
        const AdvisorReport judged = analyze(cluster, db, 0);
        QVERIFY(judged.unusedJudged);
        const IndexRecommendation *unused = findAdvice(judged, u"unused"_s, u"t"_s, u"t_a_idx"_s);
        QVERIFY2(unused, qPrintable(describe(judged)));
        QVERIFY2(unused->reason.contains(u"has 0 scans in the "_s)
                     && unused->reason.contains(u"since the server started on %1"_s.arg(formatWindowTime(serverStart))),
                 qPrintable(unused->reason));
        QVERIFY2(!unused->reason.contains(u"standby"_s), qPrintable(unused->reason)); // a lone primary
    }

    // A reset of this database's statistics restarts the window there.
    void resetStartsTheWindow()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString db = u"adv_window_reset"_s;
        QVERIFY2(AdvisorFixture::prepare(cluster, db, kSetup, {}, 0, false).isEmpty(), "prepare");
        QCOMPARE(AdvisorFixture::exec(cluster, db, u"SELECT pg_stat_reset()"_s), QString());
        const QDateTime reset = epoch(queryValue(
            cluster->uri(db), "SELECT extract(epoch FROM stats_reset) FROM pg_stat_database WHERE datname = current_database()"));
        QVERIFY(reset.isValid());

        const AdvisorReport judged = analyze(cluster, db, 0);
        QVERIFY2(judged.connected && judged.error.isEmpty(), qPrintable(judged.error));
        QVERIFY(judged.usage.startsAtReset());
        QCOMPARE(judged.usage.start(), reset);
        const IndexRecommendation *unused = findAdvice(judged, u"unused"_s, u"t"_s, u"t_a_idx"_s);
        QVERIFY2(unused && unused->reason.contains(u"since the statistics were reset on %1"_s.arg(formatWindowTime(reset))),
                 qPrintable(describe(judged)));

        // One day is more than this window has: withheld again, and the note names the reset.
        const AdvisorReport day = analyze(cluster, db, 86400);
        QVERIFY(!day.unusedJudged);
        QVERIFY2(!findAdvice(day, u"unused"_s, u"t"_s, u"t_a_idx"_s), qPrintable(describe(day)));
        QVERIFY2(day.notes.join(u' ').contains(u"since the statistics were reset on"_s), qPrintable(describe(day)));
        QVERIFY2(day.notes.join(u' ').contains(formatWindowTime(reset.addSecs(86400))), qPrintable(describe(day)));
    }

    void lengthsReadAsPeopleSayThem_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(20) << u"20 s"_s;
        QTest::newRow("minutes") << qint64(5 * 60 + 59) << u"5 min"_s;
        QTest::newRow("hours") << qint64(3 * 3600 + 12 * 60) << u"3 h 12 min"_s;
        QTest::newRow("whole hours") << qint64(7200) << u"2 h"_s;
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600 + 59) << u"3 d 4 h"_s;
        QTest::newRow("a week") << qint64(7 * 86400) << u"7 d"_s;
    }

    void lengthsReadAsPeopleSayThem()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatWindowLength(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestUsageWindow)
#include "tst_usagewindow.moc"
