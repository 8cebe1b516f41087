// EXPLAIN of a normalised statement ($1, $2 …) with values the user gives: found with PostgreSQL's
// parser, typed by the server, bound as parameters (never pasted into the SQL), NULLs named —
// against the real test cluster, in the sandbox, read-only and rolled back.
#include "explainfixture.h"

#include "core/advisor/explain.h"
#include "core/db/target.h"
#include "core/sql/sqlparser.h"
#include "tests/support/clirun.h"
#include "tests/support/testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using dbpulse::test::ExplainFixture;

namespace {

const QString database = u"explain_params"_s;

QJsonObject topPlan(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array().first().toObject().value(u"Plan"_s).toObject();
}

} // namespace

class tst_ExplainParameters : public QObject
{
    Q_OBJECT

private:
    dbpulse::LocalCluster *m_cluster = nullptr;
    dbpulse::Target m_target;

    QString uri() const { return m_cluster->uri(database); }
    QByteArray value(const char *sql) const { return dbpulse::test::queryValue(uri(), sql); }

    dbpulse::ExplainResult explain(const QString &sql, const QStringList &values, bool analyze = false) const
    {
        return dbpulse::explainStatement(m_target, sql, analyze, 10000, {}, database, values);
    }

private Q_SLOTS:
    // The parser, not a pattern: "$1" inside a string, a dollar-quoted body or a comment is text.
    void parametersFoundByTheParser_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::newRow("none") << u"SELECT 1"_s << true << 0;
        QTest::newRow("one") << u"SELECT * FROM t WHERE a = $1"_s << true << 1;
        QTest::newRow("IN list") << u"SELECT * FROM t WHERE a IN ($1, $2, $3) LIMIT $4"_s << true << 4;
        QTest::newRow("gap counts to the highest") << u"SELECT $3, $1"_s << true << 3;
        QTest::newRow("string is text") << u"SELECT '$7', a FROM t WHERE b = $1"_s << true << 1;
        QTest::newRow("dollar quote is text") << u"SELECT $q$ $5 $q$ WHERE $1 > 0"_s << true << 1;
        QTest::newRow("comment is text") << u"SELECT a FROM t -- $9\nWHERE a = $2"_s << true << 2;
        QTest::newRow("subquery and CTE")
            << u"WITH w AS (SELECT $2 AS x) SELECT * FROM t WHERE a = (SELECT x FROM w) AND b = $1"_s << true << 2;
        QTest::newRow("not SQL") << u"SELEC $1 FRM"_s << false << 0;
    }
    void parametersFoundByTheParser()
    {
        QFETCH(QString, sql);
        QFETCH(bool, ok);
        QFETCH(int, count);
        const dbpulse::SqlParameters found = dbpulse::sqlParameters(sql);
        QCOMPARE(found.ok, ok);
        QCOMPARE(found.count, count);
        QCOMPARE(found.error.isEmpty(), ok);
    }

    void nullNoteNamesEveryNullParameter()
    {
        QList<dbpulse::ExplainParameter> ps(3);
        for (int i = 0; i < 3; ++i)
            ps[i].number = i + 1;
        ps[0].value = u"42"_s;
        ps[2].value = u""_s; // the empty string is a value, not NULL
        QCOMPARE(dbpulse::nullParametersNote(ps), u"$2 was NULL: the plan may differ from real executions."_s);
        ps[2].value = QString();
        QCOMPARE(dbpulse::nullParametersNote(ps), u"$2 and $3 were NULL: the plan may differ from real executions."_s);
        ps[0].value = QString();
        QCOMPARE(dbpulse::nullParametersNote(ps), u"$1, $2 and $3 were NULL: the plan may differ from real executions."_s);
        ps[0].value = ps[1].value = ps[2].value = u"v"_s;
        QCOMPARE(dbpulse::nullParametersNote(ps), QString());
    }

    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        m_cluster = cluster;
        const QString error = ExplainFixture::create(cluster, database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto parsed = dbpulse::parseTarget(cluster->uri());
        QVERIFY(parsed.target);
        m_target = *parsed.target;
    }

    // The server types each $n; with values the plan is made for them: a rare k through the
    // index, the common k by a sequential scan.
    void planFollowsTheValuesGiven()
    {
        const QString sql = u"SELECT count(*) FROM skew WHERE k = $1 AND label <> $2"_s;
        const dbpulse::ExplainResult rare = explain(sql, {u"1001"_s, u"none"_s});
        QVERIFY2(rare.error.isEmpty(), qPrintable(rare.error));
        QCOMPARE(rare.parameters.size(), 2);
        QCOMPARE(rare.parameters.at(0).type, u"integer"_s);
        QCOMPARE(rare.parameters.at(1).type, u"text"_s);
        QCOMPARE(rare.parameters.at(0).value, u"1001"_s);
        QVERIFY(!rare.genericPlan);
        QCOMPARE(rare.nullNote(), QString());
        QVERIFY2(rare.json.contains(QLatin1String(ExplainFixture::indexName)), qPrintable(rare.json));
        QVERIFY2(rare.json.contains(u"1001"_s), qPrintable(rare.json)); // planned for the value itself

        const dbpulse::ExplainResult common = explain(sql, {u"1"_s, u"none"_s});
        QVERIFY2(common.error.isEmpty(), qPrintable(common.error));
        QVERIFY2(common.json.contains(u"Seq Scan"_s), qPrintable(common.json));
        QVERIFY2(!common.json.contains(QLatin1String(ExplainFixture::indexName)), qPrintable(common.json));
    }

    // "k = 7 * 143" reaches pg_stat_statements as "k = $1 * $2", which the server cannot type
    // alone: both become integer (as the literals were), the result says so, the values are bound
    // with that type and the plan is made for them (1001 is rare: the index).
    void constantsInArithmeticAreTyped()
    {
        const QString sql = u"SELECT count(*) FROM skew WHERE k = $1 * $2"_s;
        const dbpulse::ExplainResult r = explain(sql, {u"7"_s, u"143"_s});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.parameters.size(), 2);
        QCOMPARE(r.parameters.at(0).type, u"integer"_s);
        QCOMPARE(r.parameters.at(1).type, u"integer"_s);
        QVERIFY(r.parameters.at(0).typeGiven && r.parameters.at(1).typeGiven);
        QVERIFY2(r.note.contains(u"$1, $2 typed integer"_s), qPrintable(r.note));
        QVERIFY2(r.json.contains(QLatin1String(ExplainFixture::indexName)), qPrintable(r.json));

        const dbpulse::ExplainResult generic = explain(sql, {});
        QVERIFY2(generic.error.isEmpty(), qPrintable(generic.error));
        QVERIFY(generic.genericPlan);
        QVERIFY2(generic.note.contains(u"Generic plan"_s) && generic.note.contains(u"typed integer"_s),
                 qPrintable(generic.note));

        // A parameter the server types stays the server's, and nothing is said about it.
        const dbpulse::ExplainResult plain = explain(u"SELECT count(*) FROM skew WHERE k = $1"_s, {u"1001"_s});
        QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
        QVERIFY(!plain.parameters.at(0).typeGiven);
        QCOMPARE(plain.note, QString());
    }

    // A value left out is NULL, and the result says which: all of them → the generic plan.
    void nullParametersAreNamed()
    {
        const QString sql = u"SELECT count(*) FROM skew WHERE k = $1 AND label <> $2"_s;
        const dbpulse::ExplainResult one = explain(sql, {u"1001"_s});
        QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
        QVERIFY(one.parameters.at(1).value.isNull());
        QCOMPARE(dbpulse::nullParameterNumbers(one.parameters), QList<int>{2});
        QCOMPARE(one.nullNote(), u"$2 was NULL: the plan may differ from real executions."_s);
        QVERIFY(!one.genericPlan);
        // A plan for the NULL really bound ("label <> NULL" is never true), not a generic one.
        QVERIFY2(one.json.contains(u"One-Time Filter"_s), qPrintable(one.json));

        const dbpulse::ExplainResult none = explain(sql, {});
        QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
        QVERIFY(none.genericPlan);
        QCOMPARE(none.nullNote(), u"$1 and $2 were NULL: the plan may differ from real executions."_s);
        QVERIFY2(none.note.contains(u"Generic plan"_s), qPrintable(none.note));
        // The generic plan compares with the parameter, not with any one value.
        QVERIFY2(none.json.contains(u"$1"_s) && !none.json.contains(u"1001"_s), qPrintable(none.json));

        const dbpulse::ExplainResult tooMany = explain(sql, {u"1"_s, u"a"_s, u"b"_s});
        QVERIFY2(tooMany.error.contains(u"3 parameter value(s) given, but the statement has 2"_s), qPrintable(tooMany.error));
    }

    // ANALYZE runs with the values: one row has k = 1001.
    void analyzeRunsWithTheValues()
    {
        const dbpulse::ExplainResult r = explain(u"SELECT label FROM skew WHERE k = $1"_s, {u"1001"_s}, true);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QJsonObject plan = topPlan(r.json);
        QCOMPARE(plan.value(u"Actual Rows"_s).toInt(), 1);
        QCOMPARE(plan.value(u"Actual Loops"_s).toInt(), 1);
    }

    // Quotes, semicolons and comment markers are data: the statement sees the literal text (it
    // finds the one row labelled so), and nothing else runs.
    void valuesAreBoundNotSpliced()
    {
        const QByteArray before = value("SELECT count(*) FROM skew");
        const dbpulse::ExplainResult r =
            explain(u"SELECT k FROM skew WHERE label = $1"_s, {ExplainFixture::injectionLabel()}, true);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(topPlan(r.json).value(u"Actual Rows"_s).toInt(), 1);
        QCOMPARE(value("SELECT count(*) FROM skew"), before);

        // An integer parameter refuses the text instead of running what follows the semicolon.
        const dbpulse::ExplainResult typed =
            explain(u"SELECT label FROM skew WHERE k = $1"_s, {u"1; DELETE FROM skew"_s}, true);
        QVERIFY2(typed.error.contains(u"invalid input syntax for type integer"_s), qPrintable(typed.error + typed.json));
        QCOMPARE(value("SELECT count(*) FROM skew"), before);
        QCOMPARE(value("SELECT pg_catalog.to_regclass('skew') IS NOT NULL"), QByteArray("t"));
    }

    // EXPLAIN ANALYZE of a write with values fails read-only and leaves the table as it was.
    void analyzeOfAWriteChangesNothing()
    {
        const QByteArray before = value("SELECT label FROM skew WHERE k = 1001");
        const dbpulse::ExplainResult r =
            explain(u"UPDATE skew SET label = $2 WHERE k = $1"_s, {u"1001"_s, u"changed"_s}, true);
        QVERIFY2(r.error.contains(u"read-only"_s), qPrintable(r.error + r.json));
        QCOMPARE(value("SELECT label FROM skew WHERE k = 1001"), before);
        QCOMPARE(value("SELECT count(*) FROM skew WHERE label = 'changed'"), QByteArray("0"));
    }

    // The CLI: --param N=VALUE, the NULL ones named before the plan, JSON for scripts.
    void cliBindsParamsAndNamesNulls()
    {
        const QString sql = u"SELECT count(*) FROM skew WHERE k = $1 AND label <> $2"_s;
        const auto text = dbpulse::test::runCli({u"explain"_s, uri(), u"--sql"_s, sql, u"--param"_s, u"1=1001"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err + text.out));
        QVERIFY2(text.out.contains(u"$1 (integer) = '1001'\n$2 (text) = NULL\n"
                                   u"note: $2 was NULL: the plan may differ from real executions.\n"_s),
                 qPrintable(text.out));
        // Planned for the NULL really bound: "label <> NULL" is never true.
        QVERIFY2(text.out.contains(u"One-Time Filter: false"_s), qPrintable(text.out));
        const auto both = dbpulse::test::runCli({u"explain"_s, uri(), u"--sql"_s, sql, u"--param"_s, u"1=1001"_s,
                                                 u"--param"_s, u"2=none"_s});
        QVERIFY2(both.exitCode == 0, qPrintable(both.err + both.out));
        QVERIFY2(both.out.contains(QLatin1String(ExplainFixture::indexName)) && !both.out.contains(u"note:"_s),
                 qPrintable(both.out));

        const auto json = dbpulse::test::runCli({u"explain"_s, uri(), u"--sql"_s, sql, u"--param"_s, u"$2=rare 1"_s,
                                                 u"--param"_s, u"1=1"_s, u"--analyze"_s, u"--format"_s, u"json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err + json.out));
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(u"null_parameters"_s).toArray(), QJsonArray());
        QCOMPARE(doc.value(u"null_note"_s).toString(), QString());
        QCOMPARE(doc.value(u"parameters"_s).toArray().at(1).toObject().value(u"value"_s).toString(), u"rare 1"_s);
        QVERIFY(doc.value(u"plan"_s).toArray().first().toObject().contains(u"Execution Time"_s));

        const auto tooMany = dbpulse::test::runCli({u"explain"_s, uri(), u"--sql"_s, sql, u"--param"_s, u"3=x"_s});
        QCOMPARE(tooMany.exitCode, 1);
        QVERIFY2(tooMany.err.contains(u"but the statement has 2 parameters"_s), qPrintable(tooMany.err));
        const auto malformed = dbpulse::test::runCli({u"explain"_s, uri(), u"--sql"_s, sql, u"--param"_s, u"x"_s});
        QCOMPARE(malformed.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_ExplainParameters)
#include "tst_explainparameters.moc"
