// Score and report shapes: pure functions, data-driven, no database.
#include "core/health/healthreportwriter.h"
#include "core/health/healthscore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dbpulse;

namespace {

// "check:severity" words → findings, e.g. "orphan_rows:critical idle_in_transaction:warning".
QList<Finding> findingsFrom(const QString &spec)
{
    QList<Finding> list;
    for (const QString &word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Finding f;
        f.check = word.section(QLatin1Char(':'), 0, 0);
        parseSeverity(word.section(QLatin1Char(':'), 1, 1), &f.severity);
        list << f;
    }
    return list;
}

} // namespace

class TestHealthScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void score_data()
    {
        QTest::addColumn<QString>("findings");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("worst");
        QTest::newRow("nothing") << QString() << 100 << QStringLiteral("ok");
        QTest::newRow("only ok") << QStringLiteral("a:ok b:ok") << 100 << QStringLiteral("ok");
        QTest::newRow("one info") << QStringLiteral("settings:info") << 99 << QStringLiteral("info");
        QTest::newRow("info capped at 2 per check") << QStringLiteral("settings:info settings:info settings:info") << 98 << QStringLiteral("info");
        QTest::newRow("one warning") << QStringLiteral("dead_tuples:warning") << 92 << QStringLiteral("warning");
        QTest::newRow("warnings capped at 16 per check")
            << QStringLiteral("unused:warning unused:warning unused:warning unused:warning") << 84 << QStringLiteral("warning");
        QTest::newRow("one critical") << QStringLiteral("orphan_rows:critical") << 80 << QStringLiteral("critical");
        QTest::newRow("critical check: warnings count under its cap")
            << QStringLiteral("orphan_rows:critical orphan_rows:warning") << 72 << QStringLiteral("critical");
        QTest::newRow("checks add up")
            << QStringLiteral("orphan_rows:critical idle_in_transaction:warning settings:info") << 71 << QStringLiteral("critical");
        QTest::newRow("floored at zero")
            << QStringLiteral("a:critical a:critical b:critical b:critical c:critical c:critical") << 0 << QStringLiteral("critical");
    }
    void score()
    {
        QFETCH(QString, findings);
        QFETCH(int, score);
        QFETCH(QString, worst);
        HealthReport report;
        report.findings = findingsFrom(findings);
        report.score = HealthScore::compute(report.findings);
        QCOMPARE(report.score.score, score);
        // dbpulse-cli doctor's exit code follows the worst severity (app/cli/exitcode.h).
        QCOMPARE(severityName(worstSeverity(report.findings)), worst);
        QVERIFY2(report.score.explanation().endsWith(QStringLiteral("= %1").arg(score)), qPrintable(report.score.explanation()));
    }

    void explanationNamesWhatCostPoints()
    {
        const HealthScore s = HealthScore::compute(findingsFrom(QStringLiteral("orphan_rows:critical dead_tuples:warning")));
        QCOMPARE(s.explanation(), QStringLiteral("100 − 20 orphan_rows (1 critical) − 8 dead_tuples (1 warning) = 72"));
    }

    void jsonHasTheExactShape()
    {
        HealthReport report;
        report.target = QStringLiteral("dbpulse@127.0.0.1:5432/app");
        report.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        report.findings << Finding{QStringLiteral("orphan_rows"), Severity::Critical, QStringLiteral("fk on t"),
                                   QStringLiteral("3 rows"), QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("ALTER …"),
                                   // The action stays out of the JSON: its shape is a contract.
                                   MaintenanceAction::validateConstraint(QStringLiteral("t"), QStringLiteral("fk"))};
        report.score = HealthScore::compute(report.findings);
        report.elapsedMs = 1234;
        report.timings << CheckTiming{QStringLiteral("orphan_rows"), 1200};
        const QJsonObject root = QJsonDocument::fromJson(HealthReportWriter::json(report)).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("checks"), QStringLiteral("elapsed_ms"), QStringLiteral("findings"),
                                           QStringLiteral("generated_at"), QStringLiteral("score"), QStringLiteral("target")}));
        QCOMPARE(root.value(QStringLiteral("elapsed_ms")).toInteger(), 1234);
        const QJsonObject timing = root.value(QStringLiteral("checks")).toArray().at(0).toObject();
        QCOMPARE(timing.keys(), (QStringList{QStringLiteral("check"), QStringLiteral("elapsed_ms")}));
        QCOMPARE(timing.value(QStringLiteral("check")).toString(), QStringLiteral("orphan_rows"));
        QCOMPARE(timing.value(QStringLiteral("elapsed_ms")).toInteger(), 1200);
        QCOMPARE(root.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-01-02T03:04:05Z"));
        QCOMPARE(root.value(QStringLiteral("score")).toInt(), 80);
        const QJsonObject f = root.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(f.keys(), (QStringList{QStringLiteral("check"), QStringLiteral("detail"), QStringLiteral("fix"),
                                        QStringLiteral("object"), QStringLiteral("severity"), QStringLiteral("threshold"),
                                        QStringLiteral("value")}));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        HealthReport report;
        report.target = QStringLiteral("<script>alert(1)</script>");
        report.findings << Finding{QStringLiteral("x"), Severity::Warning, QStringLiteral("a<b"), QStringLiteral("d&e"), {}, {}, {}, {}};
        const QString html = HealthReportWriter::html(report);
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("a&lt;b")));
        QVERIFY(!html.contains(QLatin1String("src=")) && !html.contains(QLatin1String("href=")));
        QVERIFY(html.contains(QLatin1String("@media print")));
    }

    void markdownEscapesPipes()
    {
        HealthReport report;
        report.findings << Finding{QStringLiteral("x"), Severity::Info, QStringLiteral("a|b"), QStringLiteral("line1\nline2"), {}, {}, {}, {}};
        const QString md = HealthReportWriter::markdown(report);
        QVERIFY(md.contains(QLatin1String("a\\|b")));
        QVERIFY(md.contains(QLatin1String("line1 line2")));
    }
};

QTEST_GUILESS_MAIN(TestHealthScore)
#include "tst_healthscore.moc"
