// Score and report shapes: pure functions, data-driven, no database. Expected scores are
// worked out by hand from the documented rule (docs/doctor.md, "Score"), never from the code.
#include "core/health/checklabels.h"
#include "core/health/healthdoctor.h"
#include "core/health/healthreportwriter.h"
#include "core/health/healthscore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dbpulse;

namespace {

// "check:severity[:problem]" words → findings, e.g. "orphan_rows:critical:k idle_in_transaction:warning";
// severity "notchecked" is a not-checked finding (a missing privilege), "transient" a transient info.
QList<Finding> findingsFrom(const QString &spec)
{
    QList<Finding> list;
    for (const QString &word : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Finding f;
        f.check = word.section(QLatin1Char(':'), 0, 0);
        const QString severity = word.section(QLatin1Char(':'), 1, 1);
        if (severity == QLatin1String("notchecked")) {
            f.severity = Severity::Info;
            f.notChecked = NotChecked::Privilege;
        } else if (severity == QLatin1String("transient")) {
            f.severity = Severity::Info;
            f.transient = true;
        } else {
            const bool known = parseSeverity(severity, &f.severity);
            Q_ASSERT_X(known, "findingsFrom", qPrintable(word));
            Q_UNUSED(known)
        }
        f.problem = word.section(QLatin1Char(':'), 2, 2);
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
        // Expected values worked out by hand from the rule: a problem costs its worst severity once.
        QTest::newRow("two checks, one problem: counted once at its worst")
            << QStringLiteral("dead_tuples:critical:vacuum autovacuum_lag:warning:vacuum") << 80 << QStringLiteral("critical");
        QTest::newRow("the same two checks about two tables: two problems")
            << QStringLiteral("dead_tuples:critical:vacuum1 autovacuum_lag:warning:vacuum2") << 72 << QStringLiteral("critical");
        QTest::newRow("both pairs grouped")
            << QStringLiteral("dead_tuples:critical:v autovacuum_lag:warning:v orphan_rows:critical:k not_valid_constraints:warning:k")
            << 60 << QStringLiteral("critical");
        QTest::newRow("not checked costs nothing and is not ok")
            << QStringLiteral("orphan_rows:notchecked bloat:notchecked connections:ok") << 100 << QStringLiteral("ok");
        QTest::newRow("a transient budget breach costs nothing")
            << QStringLiteral("query_budgets:transient") << 100 << QStringLiteral("info");
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
        const HealthScore grouped = HealthScore::compute(
            findingsFrom(QStringLiteral("autovacuum_lag:warning:v dead_tuples:critical:v")));
        QCOMPARE(grouped.explanation(), QStringLiteral("100 − 20 dead_tuples (1 critical, counted once with autovacuum_lag) = 80"));
    }

    // What a person reads: a sentence on the summary's wording, then one line per check with its label.
    void sentenceAndBreakdownReadAsText()
    {
        const HealthScore s = HealthScore::compute(findingsFrom(QStringLiteral("orphan_rows:critical dead_tuples:warning")));
        QCOMPARE(s.sentence(), QStringLiteral("Score 72 over all 2 checks: 2 problems cost 28 points."));
        QCOMPARE(s.breakdown(), (QStringList{QStringLiteral("−20 Rows without their parent: 1 critical problem"),
                                            QStringLiteral("−8 Dead tuples: 1 warning problem")}));
        const HealthScore grouped = HealthScore::compute(findingsFrom(QStringLiteral("autovacuum_lag:warning:v dead_tuples:critical:v")));
        QCOMPARE(grouped.breakdown(),
                 QStringList{QStringLiteral("−20 Dead tuples: 1 critical problem, counted once with Autovacuum behind")});
        // 300 unused indexes: capped, and it says so.
        QString many;
        for (int i = 0; i < 5; ++i)
            many += QStringLiteral("unused_indexes:warning:i%1 ").arg(i);
        const HealthScore capped = HealthScore::compute(findingsFrom(many.trimmed()));
        QCOMPARE(capped.breakdown(),
                 QStringList{QStringLiteral("−16 Unused indexes: 5 problems, the worst warning, capped at 16 points for one check")});
        QCOMPARE(HealthScore::compute(findingsFrom(QStringLiteral("a:ok"))).sentence(),
                 QStringLiteral("Score 100 over all 1 checks: nothing found costs points."));
    }

    // One table of labels: every check the doctor runs has its own, and unknown names still read as words.
    void everyCheckHasALabel()
    {
        for (DatabaseKind kind : {DatabaseKind::PostgreSQL, DatabaseKind::SQLite}) {
            for (const QString &check : HealthDoctor::checkNames(kind))
                QVERIFY2(hasCheckLabel(check) && checkLabel(check) != check, qPrintable(check));
        }
        QCOMPARE(checkLabel(QStringLiteral("orphan_rows")), QStringLiteral("Rows without their parent"));
        QCOMPARE(checkLabel(QStringLiteral("some_new_check")), QStringLiteral("Some new check"));
    }

    void coverageSaysWhatWasNotChecked_data()
    {
        QTest::addColumn<QString>("findings");
        QTest::addColumn<QString>("summary");
        QTest::newRow("all checked") << QStringLiteral("a:ok b:warning") << QStringLiteral("score 92 over all 2 checks");
        QTest::newRow("one of three not checked")
            << QStringLiteral("a:ok b:notchecked c:ok") << QStringLiteral("score 100 over 2 of 3 checks; 1 not checked");
        // A check that judged some objects and not others is checked, in part.
        QTest::newRow("in part") << QStringLiteral("a:ok a:notchecked b:notchecked b:notchecked c:critical")
                                 << QStringLiteral("score 80 over 2 of 3 checks; 1 not checked; 1 checked only in part");
    }
    void coverageSaysWhatWasNotChecked()
    {
        QFETCH(QString, findings);
        QFETCH(QString, summary);
        QCOMPARE(HealthScore::compute(findingsFrom(findings)).summary(), summary);
    }

    void reportsShowProblemsAndNotChecked()
    {
        HealthReport report;
        report.target = QStringLiteral("t");
        Finding dead{QStringLiteral("dead_tuples"), Severity::Critical, QStringLiteral("public.churn"), QStringLiteral("75% dead"),
                     {}, {}, QStringLiteral("VACUUM (ANALYZE, VERBOSE) public.churn;"), {}};
        dead.problem = QStringLiteral("vacuum:public.churn");
        Finding lag{QStringLiteral("autovacuum_lag"), Severity::Warning, QStringLiteral("public.churn"), QStringLiteral("disabled"),
                    {}, {}, QStringLiteral("ALTER TABLE public.churn RESET (autovacuum_enabled);"), {}};
        lag.problem = dead.problem;
        const Finding hidden = notCheckedFinding(QStringLiteral("orphan_rows"), QStringLiteral("fk on public.child"),
                                                 NotChecked::Privilege, QStringLiteral("not checked: needs SELECT"));
        report.findings << lag << hidden << dead;
        report.score = HealthScore::compute(report.findings);
        QCOMPARE(report.score.score, 80);

        const QString text = HealthReportWriter::text(report);
        QVERIFY2(text.contains(QStringLiteral("Score 80 over 2 of 3 checks; 1 not checked: 1 problem costs 20 points.\n"
                                              "  −20 Dead tuples: 1 critical problem, counted once with Autovacuum behind\n")),
                 qPrintable(text));
        // One problem, the worst part leading, each part shown, each distinct fix once; checks by their labels.
        QVERIFY2(text.contains(QLatin1String("[CRITICAL] Dead tuples + Autovacuum behind: public.churn\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("- Autovacuum behind (warning):")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("RESET (autovacuum_enabled)")) && text.contains(QLatin1String("VACUUM (ANALYZE, VERBOSE)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("[NOT CHECKED (privilege)] Rows without their parent: fk on public.child")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("dead_tuples")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 critical, 1 warning, 1 not checked, 0 info, 0 ok")), qPrintable(text));

        const QJsonObject root = QJsonDocument::fromJson(HealthReportWriter::json(report)).object();
        QCOMPARE(root.value(QStringLiteral("score_summary")).toString(), QStringLiteral("score 80 over 2 of 3 checks; 1 not checked"));
        const QJsonObject coverage = root.value(QStringLiteral("coverage")).toObject();
        QCOMPARE(coverage.value(QStringLiteral("not_checked")).toInt(), 1);
        QCOMPARE(coverage.value(QStringLiteral("judged")).toInt(), 2);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("not_checked"));
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("not_checked")).toString(), QStringLiteral("privilege"));
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("problem")).toString(), QStringLiteral("vacuum:public.churn"));

        const QString html = HealthReportWriter::html(report);
        QVERIFY2(html.contains(QLatin1String("NOT CHECKED (privilege)")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("Dead tuples + Autovacuum behind")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("over 2 of 3 checks; 1 not checked")), qPrintable(html));
        const QString md = HealthReportWriter::markdown(report);
        QVERIFY2(md.contains(QStringLiteral("| ↳ Autovacuum behind |")), qPrintable(md));
        QVERIFY2(md.contains(QLatin1String("| not checked (privilege) | Rows without their parent |")), qPrintable(md));
    }

    void notCheckedSetsTheExitCodeOnlyWhenTheRunWasImpaired()
    {
        // A missing privilege is reported, not alarmed on; a timeout means we do not know.
        QCOMPARE(worstSeverity({notCheckedFinding(QStringLiteral("a"), {}, NotChecked::Privilege, {})}), Severity::Ok);
        QCOMPARE(worstSeverity({notCheckedFinding(QStringLiteral("a"), {}, NotChecked::Timeout, {})}), Severity::Warning);
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
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("checks"), QStringLiteral("coverage"), QStringLiteral("elapsed_ms"),
                                           QStringLiteral("findings"), QStringLiteral("generated_at"), QStringLiteral("score"),
                                           QStringLiteral("score_summary"), QStringLiteral("target")}));
        QCOMPARE(root.value(QStringLiteral("elapsed_ms")).toInteger(), 1234);
        const QJsonObject timing = root.value(QStringLiteral("checks")).toArray().at(0).toObject();
        QCOMPARE(timing.keys(), (QStringList{QStringLiteral("check"), QStringLiteral("elapsed_ms")}));
        QCOMPARE(timing.value(QStringLiteral("check")).toString(), QStringLiteral("orphan_rows"));
        QCOMPARE(timing.value(QStringLiteral("elapsed_ms")).toInteger(), 1200);
        QCOMPARE(root.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-01-02T03:04:05Z"));
        QCOMPARE(root.value(QStringLiteral("score")).toInt(), 80);
        const QJsonObject f = root.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(f.keys(), (QStringList{QStringLiteral("check"), QStringLiteral("detail"), QStringLiteral("fix"),
                                        QStringLiteral("not_checked"), QStringLiteral("object"), QStringLiteral("problem"),
                                        QStringLiteral("severity"), QStringLiteral("threshold"), QStringLiteral("transient"),
                                        QStringLiteral("value")}));
        QCOMPARE(f.value(QStringLiteral("not_checked")).toString(), QString());
        QCOMPARE(f.value(QStringLiteral("transient")).toBool(), false);
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
