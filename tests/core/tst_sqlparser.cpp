// PostgreSQL's own parser and scanner (libpg_query), for the texts pg_stat_statements gives us.
#include "core/sql/sqlparser.h"
#include "core/sql/sqltokens.h"

#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;

class TestSqlParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deparsedSql_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("interval") << "SELECT * FROM t WHERE d > now() - interval $1"
                                  << "SELECT * FROM t WHERE d > (now() - $1::interval)";
        QTest::newRow("multi-word type") << "SELECT * FROM t WHERE ts < timestamp with time zone $1 AND x = double precision $2"
                                         << "SELECT * FROM t WHERE ts < $1::timestamp with time zone AND x = $2::double precision";
        QTest::newRow("schema-qualified type") << "SELECT * FROM t WHERE v = myschema.mytype $1"
                                               << "SELECT * FROM t WHERE v = $1::myschema.mytype";
        QTest::newRow("inside a string") << "SELECT 'date $1' FROM t WHERE a = $1" << "SELECT 'date $1' FROM t WHERE a = $1";
        QTest::newRow("comment dropped") << "SELECT a /* date $9 */ FROM t" << "SELECT a FROM t";
    }
    void deparsedSql()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(dbpulse::deparsedSql(sql), std::optional<QString>(expected));
    }
    void deparsedSqlRefusesWhatDoesNotParse()
    {
        QCOMPARE(dbpulse::deparsedSql(QStringLiteral("SELECT a FROM t WHERE (")), std::nullopt);
    }

    void errorLineCountsCharacters()
    {
        // Ten two-byte characters on the first line: a byte count would stop before the second newline.
        const SqlParse p = parseSql(QStringLiteral("SELECT 'éééééééééé',\n1,\nFROM t"));
        QVERIFY(!p.ok);
        QCOMPARE(p.errorLine, 3);
    }

    void tokens()
    {
        const SqlTokens t = sqlTokens(QStringLiteral("SELECT \"group\", 'join' -- union\nFROM t WHERE a = $1"));
        QVERIFY2(t.ok, qPrintable(t.error));
        QStringList keywords, texts;
        for (const SqlToken &token : t.tokens) {
            texts << token.text;
            if (token.keyword)
                keywords << token.text;
        }
        QCOMPARE(keywords, QStringList({u"SELECT"_s, u"FROM"_s, u"WHERE"_s}));
        QCOMPARE(texts, QStringList({u"SELECT"_s, u"\"group\""_s, u","_s, u"'join'"_s, u"-- union"_s, u"FROM"_s,
                                     u"t"_s, u"WHERE"_s, u"a"_s, u"="_s, u"$1"_s}));
        QCOMPARE(t.tokens.last().kind, int(SqlToken::Parameter));
        QCOMPARE(t.tokens.at(4).kind, int(SqlToken::SqlComment));
        QVERIFY(!t.cutShort);
    }
    void tokensOfATextCutShort()
    {
        // Cut inside a string after a multi-byte character: the scanner's position counts characters.
        const SqlTokens t = sqlTokens(QStringLiteral("SELECT 'é', a FROM t WHERE b = 'group by"));
        QVERIFY2(t.ok, qPrintable(t.error));
        QVERIFY(t.cutShort);
        QCOMPARE(t.tokens.size(), 9);
        QCOMPARE(t.tokens.last().text, u"="_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlParser)
#include "tst_sqlparser.moc"
