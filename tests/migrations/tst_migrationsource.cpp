// The file parser and statement splitter: every bad input is reported before anything runs.
#include "core/migrations/migrationsource.h"
#include "tests/migrations/migrationtestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using namespace Qt::StringLiterals;
using FileMap = QMap<QString, QString>;

class TestMigrationSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dbmateFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("error");      // substring; empty: must parse
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("hasDown");
        QTest::addColumn<bool>("transactional");
        QTest::addColumn<int>("upLine");

        QTest::newRow("plain") << "20240101_users.sql" << "-- migrate:up\nCREATE TABLE t (a int);\n-- migrate:down\nDROP TABLE t;\n"
                               << "" << "20240101" << true << true << 2;
        QTest::newRow("leading comments") << "1_x.sql" << "-- a comment\n\n-- migrate:up\nSELECT 1;\n" << "" << "1" << false << true << 4;
        QTest::newRow("no transaction") << "2_idx.sql" << "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n"
                                        << "" << "2" << false << false << 2;
        QTest::newRow("empty down") << "3_x.sql" << "-- migrate:up\nSELECT 1;\n-- migrate:down\n\n" << "" << "3" << false << true << 2;
        QTest::newRow("no up section") << "4_x.sql" << "-- migrate:down\nDROP TABLE t;\n" << "no '-- migrate:up' section" << "" << false << true << 0;
        QTest::newRow("empty file") << "5_x.sql" << "" << "no '-- migrate:up' section" << "" << false << true << 0;
        QTest::newRow("statement outside") << "6_x.sql" << "SELECT 1;\n-- migrate:up\nSELECT 2;\n" << "6_x.sql:1: statement outside" << "" << false << true << 0;
        QTest::newRow("two up sections") << "7_x.sql" << "-- migrate:up\n-- migrate:up\n" << "7_x.sql:2: second" << "" << false << true << 0;
        QTest::newRow("unknown option") << "8_x.sql" << "-- migrate:up transactions:no\n" << "unknown option 'transactions:no'" << "" << false << true << 0;
        QTest::newRow("non-numeric version") << "abc_x.sql" << "-- migrate:up\nSELECT 1;\n" << "version 'abc' is not a number" << "" << false << true << 0;
        QTest::newRow("binary junk") << "9_x.sql" << QString::fromLatin1("\x01\x02\xff-- migrate") << "statement outside" << "" << false << true << 0;
    }
    void dbmateFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, content);
        QFETCH(QString, error);
        Migration m;
        QString err;
        const bool ok = parseDbmateFile(name, content.toUtf8(), &m, &err);
        if (!error.isEmpty()) {
            QVERIFY2(!ok, qPrintable(name));
            QVERIFY2(err.contains(error), qPrintable(err));
            QVERIFY2(err.startsWith(name), qPrintable(err)); // the message names the file
            return;
        }
        QVERIFY2(ok, qPrintable(err));
        QTEST(m.version, "version");
        QTEST(m.hasDown, "hasDown");
        QTEST(m.upTransactional, "transactional");
        QTEST(m.upLine, "upLine");
        QCOMPARE(m.sha256.size(), 64);
    }

    void flywayFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("description");

        QTest::newRow("versioned") << "V1__create_users.sql" << "" << "V" << "1" << "create users";
        QTest::newRow("dotted") << "V1.2.10__x.sql" << "" << "V" << "1.2.10" << "x";
        QTest::newRow("underscored") << "V2_1__y.sql" << "" << "V" << "2.1" << "y";
        QTest::newRow("undo") << "U3__z.sql" << "" << "U" << "3" << "z";
        QTest::newRow("repeatable") << "R__views.sql" << "" << "R" << "" << "views";
        QTest::newRow("letters") << "Vabc__x.sql" << "version 'abc' is not a number" << "" << "" << "";
        QTest::newRow("missing version") << "V__x.sql" << "version '' is not a number" << "" << "" << "";
        QTest::newRow("repeatable with version") << "R1__x.sql" << "has no version" << "" << "" << "";
        QTest::newRow("bad name") << "init.sql" << "not a migration name" << "" << "" << "";
    }
    void flywayFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, error);
        QChar prefix;
        Migration m;
        QString err;
        const bool ok = parseFlywayFile(name, QByteArrayLiteral("SELECT 1;\n"), &prefix, &m, &err);
        if (!error.isEmpty()) {
            QVERIFY(!ok);
            QVERIFY2(err.contains(error), qPrintable(err));
            return;
        }
        QVERIFY2(ok, qPrintable(err));
        QTEST(QString(prefix), "prefix");
        QTEST(m.version, "version");
        QTEST(m.description, "description");
    }

    void concurrentlyRunsOutsideTransaction()
    {
        QChar prefix;
        Migration m;
        QString err;
        QVERIFY(parseFlywayFile(QStringLiteral("V5__i.sql"), "create index concurrently i on t (a);", &prefix, &m, &err));
        QVERIFY(!m.upTransactional);
        QVERIFY(parseFlywayFile(QStringLiteral("V6__i.sql"), "create index i on t (a);", &prefix, &m, &err));
        QVERIFY(m.upTransactional);
        // PostgreSQL's grammar decides, not the words: a comment, a string or a function body
        // that says CONCURRENTLY or starts a line with VACUUM keeps the migration in a transaction.
        QVERIFY(parseFlywayFile(QStringLiteral("V7__c.sql"),
                                "-- not CONCURRENTLY: the table is new\ncreate index i on t (a);", &prefix, &m, &err));
        QVERIFY(m.upTransactional);
        QVERIFY(parseFlywayFile(QStringLiteral("V8__f.sql"),
                                "create function f() returns text language sql as $$\nSELECT 'x'\n$$;\n"
                                "comment on table t is '\nVACUUM later';", &prefix, &m, &err));
        QVERIFY(m.upTransactional);
        QVERIFY(parseFlywayFile(QStringLiteral("V9__v.sql"), "select 1;\n  vacuum (analyze) t;", &prefix, &m, &err));
        QVERIFY(!m.upTransactional);
        QVERIFY(parseFlywayFile(QStringLiteral("V10__a.sql"), "analyze t;", &prefix, &m, &err));
        QVERIFY(m.upTransactional);
        QVERIFY(parseFlywayFile(QStringLiteral("V11__r.sql"), "reindex table concurrently t;", &prefix, &m, &err));
        QVERIFY(!m.upTransactional);
    }

    void directoryProblems_data()
    {
        QTest::addColumn<FileMap>("files");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("error");
        const QString ok = QStringLiteral("-- migrate:up\nSELECT 1;\n");
        QTest::newRow("duplicate dbmate") << FileMap{{u"001_a.sql"_s, ok}, {u"1_b.sql"_s, ok}} << "dbmate" << "duplicate version 1";
        QTest::newRow("duplicate flyway") << FileMap{{u"V1__a.sql"_s, u"SELECT 1;"_s}, {u"V1_0__b.sql"_s, u"SELECT 1;"_s}} << "auto" << "duplicate version";
        QTest::newRow("undo without versioned") << FileMap{{u"V1__a.sql"_s, u"SELECT 1;"_s}, {u"U2__b.sql"_s, u"SELECT 1;"_s}} << "flyway" << "has no V file";
        QTest::newRow("no up") << FileMap{{u"1_a.sql"_s, ok}, {u"2_b.sql"_s, u"-- nothing\n"_s}} << "auto" << "2_b.sql: no '-- migrate:up' section";
        QTest::newRow("non-numeric among good") << FileMap{{u"1_a.sql"_s, ok}, {u"x1_b.sql"_s, ok}} << "dbmate" << "version 'x1' is not a number";
    }
    void directoryProblems()
    {
        QFETCH(FileMap, files);
        QFETCH(QString, style);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), files));
        MigrationStyle s;
        QVERIFY(parseMigrationStyle(style, &s));
        const MigrationLoadResult r = loadMigrations(dir.path(), s);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.join(QLatin1Char('\n')).contains(error), qPrintable(r.errors.join(QLatin1Char('\n'))));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), {{QStringLiteral("1_a.sql"), QStringLiteral("-- migrate:up\nSELECT 1;\n")}}));
        // A dangling link: unreadable even for root, who ignores file modes.
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.sql")), dir.filePath(QStringLiteral("2_b.sql"))));
        const MigrationLoadResult r = loadMigrations(dir.path(), MigrationStyle::Auto);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.value(0).startsWith(QLatin1String("2_b.sql: cannot read the file")), qPrintable(r.errors.join(QLatin1Char('\n'))));
    }

    void loadsAndSorts()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeFiles(dir.path(), test::sampleMigrations(QStringLiteral("flyway"))));
        QVERIFY(test::writeFiles(dir.path(), {{QStringLiteral("V10__later.sql"), QStringLiteral("SELECT 1;")}, {QStringLiteral("README.md"), QStringLiteral("x")}}));
        const MigrationLoadResult r = loadMigrations(dir.path(), MigrationStyle::Auto);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.set.style, MigrationStyle::Flyway);
        QStringList order;
        for (const Migration &m : r.set.migrations)
            order << m.historyKey();
        QCOMPARE(order, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"10"_s, u"R:users view"_s}));
        QVERIFY(r.set.migrations.at(0).hasDown);
        QCOMPARE(r.set.migrations.at(0).downFileName, QStringLiteral("U1__create_users.sql"));
        QVERIFY(!r.set.migrations.at(3).hasDown);
    }

    void versions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("cmp");
        QTest::newRow("numeric not lexical") << "1.10" << "1.9" << 1;
        QTest::newRow("leading zeros") << "001" << "1" << 0;
        QTest::newRow("trailing zero component") << "1.0" << "1" << 0;
        QTest::newRow("beyond 64 bits") << "123456789012345678901234" << "123456789012345678901235" << -1;
        QTest::newRow("timestamps") << "20240101000002" << "20240101000010" << -1;
    }
    void versions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QTEST(compareVersions(a, b), "cmp");
        QCOMPARE(compareVersions(b, a), -compareVersions(a, b));
    }

    void splitter_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("statements"); // trimmed
        QTest::addColumn<QList<int>>("lines");       // first-token lines
        QTest::newRow("two") << "SELECT 1;\nSELECT 2;\n" << QStringList{u"SELECT 1;"_s, u"SELECT 2;"_s} << QList<int>{1, 2};
        QTest::newRow("no final semicolon") << "SELECT 1;\n\nSELECT 2" << QStringList{u"SELECT 1;"_s, u"SELECT 2"_s} << QList<int>{1, 3};
        QTest::newRow("semicolon in string") << "SELECT 'a;b''c';" << QStringList{u"SELECT 'a;b''c';"_s} << QList<int>{1};
        QTest::newRow("escape string") << "SELECT E'a\\';b';" << QStringList{u"SELECT E'a\\';b';"_s} << QList<int>{1};
        QTest::newRow("quoted identifier") << "SELECT 1 AS \"x;y\";" << QStringList{u"SELECT 1 AS \"x;y\";"_s} << QList<int>{1};
        QTest::newRow("line comment") << "-- a; b\nSELECT 1;" << QStringList{u"-- a; b\nSELECT 1;"_s} << QList<int>{2};
        QTest::newRow("nested block comment") << "/* a /* ; */ ; */ SELECT 1;" << QStringList{u"/* a /* ; */ ; */ SELECT 1;"_s} << QList<int>{1};
        QTest::newRow("dollar quote") << "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\nSELECT 2;"
                                      << QStringList{u"CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;"_s, u"SELECT 2;"_s} << QList<int>{1, 2};
        QTest::newRow("parameter is no dollar quote") << "SELECT $1; SELECT 2;" << QStringList{u"SELECT $1;"_s, u"SELECT 2;"_s} << QList<int>{1, 1};
        QTest::newRow("only comments") << "-- nothing\n/* here */\n" << QStringList{} << QList<int>{};
        QTest::newRow("unterminated string") << "SELECT 'abc;" << QStringList{u"SELECT 'abc;"_s} << QList<int>{1};
    }
    void splitter()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, statements);
        QFETCH(QList<int>, lines);
        const QList<SplitStatement> got = splitSqlStatements(sql);
        QStringList texts;
        QList<int> gotLines;
        for (const SplitStatement &s : got) {
            texts << s.sql.trimmed();
            gotLines << s.firstTokenLine;
        }
        QCOMPARE(texts, statements);
        QCOMPARE(gotLines, lines);
    }

    // Which statements PostgreSQL refuses inside a transaction block, from libpg_query's tree:
    // the dry run says "not checked" for them and a transactional migration refuses them.
    void outsideTransactionOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("outside");
        QTest::newRow("create index concurrently") << "CREATE INDEX CONCURRENTLY i ON t (a)" << true;
        QTest::newRow("create index") << "CREATE INDEX i ON t (a)" << false;
        QTest::newRow("drop index concurrently") << "DROP INDEX CONCURRENTLY i" << true;
        QTest::newRow("drop index") << "DROP INDEX i" << false;
        QTest::newRow("reindex concurrently") << "REINDEX (VERBOSE) TABLE CONCURRENTLY t" << true;
        QTest::newRow("reindex table") << "REINDEX TABLE t" << false;
        QTest::newRow("reindex database") << "REINDEX DATABASE app" << true;
        QTest::newRow("vacuum") << "VACUUM (ANALYZE) t" << true;
        QTest::newRow("analyze alone") << "ANALYZE t" << false;
        QTest::newRow("detach concurrently") << "ALTER TABLE p DETACH PARTITION c CONCURRENTLY" << true;
        QTest::newRow("detach") << "ALTER TABLE p DETACH PARTITION c" << false;
        QTest::newRow("cluster all") << "CLUSTER" << true;
        QTest::newRow("cluster table") << "CLUSTER t USING i" << false;
        QTest::newRow("alter system") << "ALTER SYSTEM SET work_mem = '8MB'" << true;
        QTest::newRow("create database") << "CREATE DATABASE x" << true;
        QTest::newRow("refresh concurrently may run in one") << "REFRESH MATERIALIZED VIEW CONCURRENTLY mv" << false;
        QTest::newRow("word in a comment") << "-- CONCURRENTLY\nCREATE INDEX i ON t (a)" << false;
    }
    void outsideTransactionOnly()
    {
        QFETCH(QString, sql);
        QFETCH(bool, outside);
        QList<SplitStatement> statements;
        QString error;
        QVERIFY2(parsePostgresStatements(u"1_x.sql"_s, sql, 1, &statements, &error), qPrintable(error));
        QCOMPARE(statements.size(), 1);
        QCOMPARE(!statements.at(0).outsideTransactionOnly.isEmpty(), outside);
    }

    void flywayChecksumIgnoresLineEndings()
    {
        QCOMPARE(flywayChecksum("SELECT 1;\nSELECT 2;\n"), flywayChecksum("SELECT 1;\r\nSELECT 2;\r\n"));
        QCOMPARE(flywayChecksum("\xEF\xBB\xBFSELECT 1;"), flywayChecksum("SELECT 1;"));
        QVERIFY(flywayChecksum("SELECT 1;") != flywayChecksum("SELECT 2;"));
        // CRC32 of "123456789" is 0xCBF43926.
        QCOMPARE(flywayChecksum("123456789"), qint32(0xCBF43926u));
    }
};

QTEST_GUILESS_MAIN(TestMigrationSource)
#include "tst_migrationsource.moc"
