// SQLite index advice, data-driven: planted schemas and statements in real SQLite files.
#include "core/advisor/sqliteadvisor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dbpulse;
using namespace Qt::StringLiterals;

namespace {

QString makeDatabase(const QTemporaryDir &dir, const QStringList &schema, QString *error)
{
    const QString path = dir.filePath(u"app.db"_s);
    QFile::remove(path);
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    for (const QString &sql : schema) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = sql + u": "_s + QString::fromUtf8(message);
            sqlite3_free(message);
        }
    }
    sqlite3_close(db);
    return path;
}

// "kind table index-or-columns" per recommendation, sorted, for whole-report comparisons.
QStringList summary(const AdvisorReport &report)
{
    QStringList out;
    for (const IndexRecommendation &r : report.recommendations)
        out << u"%1 %2 %3"_s.arg(kindName(r.kind), r.table, r.index.isEmpty() ? r.columns.join(u',') : r.index);
    out.sort();
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSqliteAdvisor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plantedCases_data()
    {
        QTest::addColumn<QStringList>("schema");
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QStringList>("expected");
        const QString orders = u"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id int, status text, created int)"_s;

        QTest::newRow("duplicate twins") << QStringList{orders, u"CREATE INDEX o_a ON orders (customer_id)"_s,
                                                        u"CREATE INDEX o_b ON orders (customer_id)"_s}
                                         << QStringList{} << QStringList{u"duplicate orders o_b"_s};
        QTest::newRow("unique twin is kept") << QStringList{u"CREATE TABLE \"Odd \"\"Tab\"\" Ü\" (\"Sku Code\" text UNIQUE)"_s,
                                                            u"CREATE INDEX \"plain Sku\" ON \"Odd \"\"Tab\"\" Ü\" (\"Sku Code\")"_s}
                                             << QStringList{} << QStringList{u"duplicate Odd \"Tab\" Ü plain Sku"_s};
        QTest::newRow("different direction is no duplicate")
            << QStringList{orders, u"CREATE INDEX o_a ON orders (created)"_s, u"CREATE INDEX o_d ON orders (created DESC)"_s}
            << QStringList{} << QStringList{};
        QTest::newRow("different collation is no duplicate")
            << QStringList{orders, u"CREATE INDEX o_a ON orders (status)"_s, u"CREATE INDEX o_n ON orders (status COLLATE NOCASE)"_s}
            << QStringList{} << QStringList{};
        QTest::newRow("partial and expression indexes are left alone")
            << QStringList{orders, u"CREATE INDEX o_a ON orders (status)"_s, u"CREATE INDEX o_p ON orders (status) WHERE created > 0"_s,
                           u"CREATE INDEX o_e1 ON orders (lower(status))"_s, u"CREATE INDEX o_e2 ON orders (upper(status))"_s}
            << QStringList{} << QStringList{};
        QTest::newRow("redundant prefix") << QStringList{orders, u"CREATE INDEX o_c ON orders (customer_id)"_s,
                                                         u"CREATE INDEX o_cs ON orders (customer_id, status)"_s}
                                          << QStringList{} << QStringList{u"redundant orders o_c"_s};
        QTest::newRow("unique prefix is not redundant") << QStringList{orders, u"CREATE UNIQUE INDEX o_c ON orders (customer_id)"_s,
                                                                       u"CREATE INDEX o_cs ON orders (customer_id, status)"_s}
                                                        << QStringList{} << QStringList{};
        QTest::newRow("twins under a longer index are both redundant")
            << QStringList{orders, u"CREATE INDEX o_a ON orders (customer_id)"_s, u"CREATE INDEX o_b ON orders (customer_id)"_s,
                           u"CREATE INDEX o_cs ON orders (customer_id, status)"_s}
            << QStringList{} << QStringList{u"redundant orders o_a"_s, u"redundant orders o_b"_s};
        QTest::newRow("missing equality") << QStringList{orders} << QStringList{u"SELECT * FROM orders WHERE customer_id = ?"_s}
                                          << QStringList{u"missing orders customer_id"_s};
        QTest::newRow("missing equality then range, alias")
            << QStringList{orders} << QStringList{u"SELECT * FROM orders o WHERE o.created > ?1 AND o.status = 'open'"_s}
            << QStringList{u"missing orders status,created"_s};
        QTest::newRow("same table twice folds into the longer")
            << QStringList{orders}
            << QStringList{u"SELECT * FROM orders WHERE status = ?"_s, u"SELECT id FROM orders WHERE status = ? AND customer_id = ?"_s}
            << QStringList{u"missing orders status,customer_id"_s};
        QTest::newRow("odd names") << QStringList{u"CREATE TABLE \"Odd \"\"Tab\"\" Ü\" (id INTEGER PRIMARY KEY, \"Größe\" int)"_s}
                                   << QStringList{u"SELECT * FROM \"Odd \"\"Tab\"\" Ü\" WHERE \"Größe\" = 3"_s}
                                   << QStringList{u"missing Odd \"Tab\" Ü Größe"_s};
        QTest::newRow("indexed lookup needs nothing")
            << QStringList{orders, u"CREATE INDEX o_c ON orders (customer_id)"_s}
            << QStringList{u"SELECT * FROM orders WHERE customer_id = 5"_s, u"SELECT * FROM orders WHERE id = 5"_s}
            << QStringList{};
        QTest::newRow("no index helps a full scan")
            << QStringList{orders} << QStringList{u"SELECT count(*) FROM orders"_s, u"SELECT * FROM orders WHERE status LIKE '%x%'"_s}
            << QStringList{};
        QTest::newRow("join column") << QStringList{orders, u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name text)"_s}
                                     << QStringList{u"SELECT * FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.name = ?"_s}
                                     << QStringList{u"missing customers name"_s, u"missing orders customer_id"_s};
    }

    void plantedCases()
    {
        QFETCH(QStringList, schema);
        QFETCH(QStringList, statements);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QString error;
        const QString path = makeDatabase(dir, schema, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray before = fileHash(path);

        const AdvisorReport report = analyzeSqliteIndexes(path, statements);
        QVERIFY2(report.connected && report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(summary(report), expected);
        QCOMPARE(fileHash(path), before); // read-only: the file is never changed

        // Once the suggested indexes exist in the real file, no statement scans for want of one.
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        for (const IndexRecommendation &r : report.recommendations) {
            if (r.kind == IndexRecommendation::Kind::Missing)
                QCOMPARE(sqlite3_exec(db, r.ddl.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        }
        sqlite3_close(db);
        const AdvisorReport again = analyzeSqliteIndexes(path, statements);
        QVERIFY2(summary(again).filter(u"missing "_s).isEmpty(), qPrintable(summary(again).join(u'\n')));
    }

    void notesWhatLimitedTheAnalysis()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = makeDatabase(dir, {u"CREATE TABLE t (a int)"_s}, &error);
        AdvisorReport report = analyzeSqliteIndexes(path, {});
        QVERIFY(report.notes.join(u' ').contains(u"--statements"_s));
        report = analyzeSqliteIndexes(path, {u"SELECT * FROM nosuch"_s, u"SELEC oops"_s, u"SELECT * FROM t WHERE a = 1"_s});
        QVERIFY2(report.notes.join(u' ').contains(u"2 of 3 statements could not be planned"_s), qPrintable(report.notes.join(u'\n')));
        QCOMPARE(summary(report), QStringList{u"missing t a"_s});
    }

    void notADatabaseIsAnError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"junk.db"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const AdvisorReport report = analyzeSqliteIndexes(f.fileName(), {});
        QVERIFY(!report.error.isEmpty());
        QVERIFY(!report.connected);
        QVERIFY(!analyzeSqliteIndexes(dir.filePath(u"missing.db"_s), {}).error.isEmpty());
    }

    void splitsStatements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one per line") << u"SELECT 1\n\n-- a comment\nSELECT 2\n"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
        QTest::newRow("semicolons across lines") << u"SELECT a\nFROM t;\nSELECT ';' FROM u;"_s
                                                 << QStringList{u"SELECT a\nFROM t"_s, u"SELECT ';' FROM u"_s};
    }

    void splitsStatements()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(splitAdvisorStatements(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestSqliteAdvisor)
#include "tst_sqliteadvisor.moc"
