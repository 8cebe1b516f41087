#include "core/db/profilestore.h"
#include "core/db/target.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

class TestTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile db(m_dir.filePath(QStringLiteral("app.sqlite")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        QDir::setCurrent(m_dir.path());
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        ConnectionProfile prod;
        prod.name = QStringLiteral("prod db");
        prod.host = QStringLiteral("db1.internal");
        prod.port = 6432;
        prod.database = QStringLiteral("app");
        prod.user = QStringLiteral("ops");
        m_store->save(prod);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("errorPart");

        const int pg = int(DatabaseKind::PostgreSQL);
        const int lite = int(DatabaseKind::SQLite);
        QTest::newRow("uri") << "postgresql://ops@db1:5433/app" << true << pg << "ops@db1:5433/app" << "";
        QTest::newRow("short uri") << "postgres://db1/app" << true << pg << "db1/app" << "";
        QTest::newRow("uri with password hides it") << "postgresql://ops:s3cret@db1/app" << true << pg << "ops@db1/app" << "";
        QTest::newRow("uri with params") << "postgresql:///app?host=/tmp&port=5499" << true << pg << "/tmp:5499/app" << "";
        QTest::newRow("keyword/value") << "host=db2 port=5432 dbname=sales user=bi" << true << pg << "bi@db2:5432/sales" << "";
        QTest::newRow("quoted value") << "host=db2 dbname='my db'" << true << pg << "db2/my db" << "";
        QTest::newRow("service") << "service=reporting" << true << pg << "service=reporting" << "";
        QTest::newRow("profile") << "@prod db" << true << pg << "prod db" << "";
        QTest::newRow("unknown profile") << "@nope" << false << pg << "" << "no saved connection named 'nope'";
        QTest::newRow("sqlite prefix") << "sqlite:app.sqlite" << true << lite << "app.sqlite" << "";
        QTest::newRow("sqlite suffix") << "app.sqlite" << true << lite << "app.sqlite" << "";
        QTest::newRow("sqlite missing") << "missing.db" << false << lite << "" << "SQLite file not found";
        QTest::newRow("sqlite empty path") << "sqlite:" << false << lite << "" << "names no file";
        QTest::newRow("bad uri port") << "postgresql://db1:notaport/app" << false << pg << "" << "malformed connection string";
        QTest::newRow("bad uri param") << "postgresql://db1/app?bogus=1" << false << pg << "" << "invalid URI query parameter";
        QTest::newRow("unknown keyword") << "hots=db1" << false << pg << "" << "invalid connection option \"hots\"";
        QTest::newRow("unterminated quote") << "host='db1" << false << pg << "" << "unterminated quoted string";
        QTest::newRow("empty") << "   " << false << pg << "" << "empty target";
        QTest::newRow("bare word") << "production" << false << pg << "" << "is not a target";
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(QString, label);
        QFETCH(QString, errorPart);

        const TargetParseResult r = parseTarget(input, m_store.get());
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(int(r.target->kind), kind);
            QCOMPARE(r.target->label, label);
            QVERIFY(r.error.isEmpty());
        } else {
            QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
            QVERIFY2(!r.error.contains(QLatin1String("s3cret")), "an error must never echo a password");
        }
    }

    void profileConninfoIsQuoted()
    {
        ConnectionProfile p;
        p.host = QStringLiteral("db1");
        p.database = QStringLiteral("it's mine");
        p.user = QStringLiteral("back\\slash");
        const TargetParseResult r = parseTarget(p.toConninfo());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.target->label, QStringLiteral("back\\slash@db1/it's mine"));
    }

    void malformedPasswordNotEchoed()
    {
        const TargetParseResult r = parseTarget(QStringLiteral("postgresql://ops:s3cret@db1:99999999999/app"));
        QVERIFY(!r.ok());
        QVERIFY2(!r.error.contains(QLatin1String("s3cret")), qPrintable(r.error));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

QTEST_GUILESS_MAIN(TestTarget)
#include "tst_target.moc"
