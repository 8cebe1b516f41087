// Preparing normalised statements whose constants were in arithmetic ("5 * 37" is "$1 * $2" in
// pg_stat_statements): the operator's operands found by PostgreSQL's parser at the position the
// server names, typed as a literal there would be, and only those — against the real test cluster,
// as the sandbox role, in a read-only transaction that is rolled back.
#include "advisorfixture.h"

#include "core/advisor/typedprepare.h"
#include "core/db/pgsession.h"
#include "core/db/sandbox.h"
#include "core/sql/sqlparser.h"
#include "tests/support/testcluster.h"

#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

const QString kDatabase = u"typed_prepare"_s;
constexpr unsigned int kInt4 = 23, kNumeric = 1700, kText = 25, kInterval = 1186;

} // namespace

class tst_TypedPrepare : public QObject
{
    Q_OBJECT

    LocalCluster *m_cluster = nullptr;

private Q_SLOTS:
    // The server names the operator by its position in characters; the parser finds its operands.
    void operandsOfTheOperatorAt_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("before"); // the operator is the character after the first occurrence of this
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("product of two") << u"SELECT * FROM t WHERE a = $1 * $2"_s << u"$1 "_s << QList<int>{1, 2};
        QTest::newRow("column and parameter") << u"SELECT * FROM t WHERE d + $3 > now()"_s << u"d "_s << QList<int>{3};
        QTest::newRow("prefix minus") << u"SELECT * FROM t WHERE -$1 < a"_s << u"WHERE "_s << QList<int>{1};
        QTest::newRow("cast operand is typed") << u"SELECT $1::int * $2"_s << u"int "_s << QList<int>{2};
        QTest::newRow("inner operator, not the outer") << u"SELECT * FROM t WHERE a = $1 + $2 % $3"_s << u"$2 "_s
                                                       << QList<int>{2, 3};
        QTest::newRow("outer operator's operands") << u"SELECT * FROM t WHERE a = $1 + $2 % $3"_s << u"$1 "_s
                                                   << QList<int>{1};
        QTest::newRow("not an operator there") << u"SELECT * FROM t WHERE a = $1 * $2"_s << u"a "_s << QList<int>{};
        QTest::newRow("in a string") << u"SELECT '$1 * $2', a * $3 FROM t"_s << u"'$1 "_s << QList<int>{};
        QTest::newRow("after a string") << u"SELECT '$1 * $2', a * $3 FROM t"_s << u"a "_s << QList<int>{3};
        // Positions count characters; libpg_query's locations count UTF-8 bytes.
        QTest::newRow("after non-ASCII names") << u"SELECT * FROM \"Tåble ü\" WHERE \"Größe\" = $1 * $2"_s << u"$1 "_s
                                               << QList<int>{1, 2};
        QTest::newRow("not SQL") << u"SELECT * FROM WHERE $1 * $2"_s << u"$1 "_s << QList<int>{};
    }
    void operandsOfTheOperatorAt()
    {
        QFETCH(QString, sql);
        QFETCH(QString, before);
        QFETCH(QList<int>, expected);
        const int position = int(sql.indexOf(before) + before.size()) + 1; // 1-based, as the server counts
        QCOMPARE(operatorParameters(sql, position), expected);
    }

    // Only statements that may need types pay for the savepoint a retry needs.
    void whichStatementsMayNeedTypes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("may");
        QTest::newRow("comparisons only") << u"SELECT * FROM t WHERE a = $1 AND b >= $2 AND c IN ($3, $4)"_s << false;
        QTest::newRow("no parameters") << u"SELECT 1 + 2"_s << false;
        QTest::newRow("cast parameters") << u"SELECT * FROM t WHERE a = $1::int * $2::int"_s << false;
        QTest::newRow("product") << u"SELECT * FROM t WHERE a = $1 * $2"_s << true;
        QTest::newRow("column arithmetic") << u"SELECT * FROM t WHERE d + $1 > now()"_s << true;
        QTest::newRow("prefix minus") << u"SELECT * FROM t WHERE -$1 < a"_s << true;
        QTest::newRow("in a subquery") << u"SELECT * FROM t WHERE a IN (SELECT b FROM u WHERE c = $1 % $2)"_s << true;
        QTest::newRow("IS NULL") << u"SELECT * FROM t WHERE $1 IS NULL OR a = $1"_s << true;
        QTest::newRow("in a string") << u"SELECT '$1 * $2' FROM t WHERE a = $3"_s << false;
        QTest::newRow("not SQL: cannot rule out") << u"SELECT * FROM WHERE a = $1"_s << true;
    }
    void whichStatementsMayNeedTypes()
    {
        QFETCH(QString, sql);
        QFETCH(bool, may);
        QCOMPARE(parametersMayNeedTypes(sql), may);
    }

    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        m_cluster = cluster;
        const QString error = AdvisorFixture::prepare(
            cluster, kDatabase,
            {u"CREATE TABLE rental (rental_id int PRIMARY KEY, rental_date timestamptz, due date, amount numeric(5,2),"
              " username text)"_s},
            {}, 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Only the parameters the server could not type get a type, and it is the one a literal there
    // had: integer in arithmetic; text where nothing types the parameter.
    void typesOnlyWhatTheServerCannot_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QList<unsigned int>>("given");
        QTest::addColumn<QList<unsigned int>>("described");
        QTest::newRow("typed by the statement") << u"SELECT * FROM rental WHERE rental_id = $1"_s
                                                << QList<unsigned int>{} << QList<unsigned int>{kInt4};
        QTest::newRow("product of two literals") << u"SELECT * FROM rental WHERE rental_id = $1 * $2"_s
                                                 << QList<unsigned int>{kInt4, kInt4} << QList<unsigned int>{kInt4, kInt4};
        QTest::newRow("numeric column") << u"SELECT * FROM rental WHERE amount > $1 * $2"_s
                                        << QList<unsigned int>{kInt4, kInt4} << QList<unsigned int>{kInt4, kInt4};
        // timestamptz + unknown resolves (interval): left to the server.
        QTest::newRow("resolvable column arithmetic") << u"SELECT * FROM rental WHERE rental_date + $1 > now()"_s
                                                      << QList<unsigned int>{} << QList<unsigned int>{kInterval};
        // date + unknown is ambiguous (integer, interval, time …); a literal there was a number.
        QTest::newRow("ambiguous column arithmetic") << u"SELECT * FROM rental WHERE due + $1 > current_date"_s
                                                     << QList<unsigned int>{kInt4} << QList<unsigned int>{kInt4};
        // The day's takings of the DVD-rental benchmark: only $2 and $3 (the %), the rest the server types.
        QTest::newRow("typed literals around") << u"SELECT * FROM rental WHERE rental_date >= $1::timestamptz + $2 % $3"
                                                  " * $4::interval"_s
                                               << QList<unsigned int>{0, kInt4, kInt4}
                                               << QList<unsigned int>{1184, kInt4, kInt4, kInterval};
        QTest::newRow("text around arithmetic") << u"SELECT * FROM rental WHERE username = $1 || ($2 + $3 % $4)"_s
                                                << QList<unsigned int>{0, 0, kInt4, kInt4}
                                                << QList<unsigned int>{kText, kInt4, kInt4, kInt4};
        QTest::newRow("prefix minus") << u"SELECT * FROM rental WHERE amount > -$1"_s << QList<unsigned int>{kInt4}
                                      << QList<unsigned int>{kInt4};
        // The server types $3 itself (numeric * unknown): it is left alone.
        QTest::newRow("beside a typed product") << u"SELECT * FROM rental WHERE amount > $1 * $2 + 0.5 * $3"_s
                                                << QList<unsigned int>{kInt4, kInt4}
                                                << QList<unsigned int>{kInt4, kInt4, kNumeric};
        QTest::newRow("nothing types it") << u"SELECT * FROM rental WHERE $1 IS NULL"_s << QList<unsigned int>{kText}
                                          << QList<unsigned int>{kText};
    }
    void typesOnlyWhatTheServerCannot()
    {
        QFETCH(QString, sql);
        QFETCH(QList<unsigned int>, given);
        QFETCH(QList<unsigned int>, described);
        QString error;
        auto sandbox = openSandbox(m_cluster->uri(kDatabase), sessionDefaults(SessionPurpose::Sandbox), &error);
        QVERIFY2(sandbox, qPrintable(error));
        TypedPrepare prepared;
        TypedPrepare unnamed;
        QVERIFY2(runRolledBack(*sandbox, [&] {
            prepared = prepareTyped(*sandbox, u"s"_s, sql);
            // The unnamed statement (the Queries page describes with it) is gone with the next
            // query: the description must be taken before.
            unnamed = prepareTyped(*sandbox, QString(), sql);
            return prepared.ok && unnamed.ok;
        }, &error), qPrintable(prepared.error + unnamed.error + error));
        QCOMPARE(prepared.givenTypes, given);
        QCOMPARE(prepared.describedTypes, described);
        QCOMPARE(prepared.typedByUs(), !given.isEmpty());
        QCOMPARE(unnamed.givenTypes, given);
        QCOMPARE(unnamed.describedTypes, described);
    }

    // Other errors are not retried, and the transaction stays usable after a refused attempt.
    void otherErrorsAreNotRetried()
    {
        QString error;
        auto sandbox = openSandbox(m_cluster->uri(kDatabase), sessionDefaults(SessionPurpose::Sandbox), &error);
        QVERIFY2(sandbox, qPrintable(error));
        runRolledBack(*sandbox, [&] {
            const TypedPrepare missing = prepareTyped(*sandbox, u"s"_s, u"SELECT * FROM nowhere WHERE a = $1 * $2"_s);
            [&] {
                QVERIFY(!missing.ok);
                QVERIFY2(missing.error.contains(u"nowhere"_s), qPrintable(missing.error));
                QVERIFY(missing.givenTypes.isEmpty());
            }();
            const TypedPrepare after = prepareTyped(*sandbox, u"t"_s, u"SELECT count(*) FROM rental WHERE rental_id = $1 * $2"_s);
            [&] { QVERIFY2(after.ok, qPrintable(after.error)); }();
            return true;
        });
        QVERIFY(!QTest::currentTestFailed());
    }
};

QTEST_GUILESS_MAIN(tst_TypedPrepare)
#include "tst_typedprepare.moc"
