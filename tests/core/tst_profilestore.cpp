#include "core/db/profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("p.ini"));
        ConnectionProfile p;
        p.name = QStringLiteral("eu/prod: primary"); // a slash must not split the settings group
        p.host = QStringLiteral("db.example");
        p.port = 5433;
        p.database = QStringLiteral("shop");
        p.user = QStringLiteral("ops");
        p.sslmode = QStringLiteral("verify-full");
        p.sslrootcert = QStringLiteral("certs/root.crt");
        p.sslcert = QStringLiteral("certs/ops.crt");
        p.sslkey = QStringLiteral("certs/ops.key");
        p.color = QStringLiteral("#cc3333");
        p.tag = QStringLiteral("prod");
        p.applicationName = QStringLiteral("jane@ops");
        ConnectionProfile lite;
        lite.name = QStringLiteral("local file");
        lite.kind = DatabaseKind::SQLite;
        lite.sqlitePath = QStringLiteral("/data/app.db");
        lite.throwaway = true; // compared whole below: the mark survives a save
        {
            ProfileStore store(ini);
            store.save(p);
            store.save(lite);
        }
        ProfileStore reopened(ini);
        const QList<ConnectionProfile> all = reopened.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), p);
        QCOMPARE(all.at(1), lite);
        QCOMPARE(reopened.find(p.name).value(), p);
        QVERIFY(!reopened.find(QStringLiteral("nope")).has_value());
    }

    // Numbered servers in the order people count them.
    void numberedNamesSortAsNumbers()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("p.ini")));
        for (const char *name : {"db-10", "db-2", "DB-1", "db-20", "backup"}) {
            ConnectionProfile p;
            p.name = QString::fromLatin1(name);
            store.save(p);
        }
        QStringList names;
        for (const ConnectionProfile &p : store.profiles())
            names << p.name;
        QCOMPARE(names, (QStringList{u"backup"_qs, u"DB-1"_qs, u"db-2"_qs, u"db-10"_qs, u"db-20"_qs}));
    }

    void replaceRenames()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("p.ini")));
        ConnectionProfile p;
        p.name = QStringLiteral("old");
        p.host = QStringLiteral("h");
        store.save(p);
        p.name = QStringLiteral("new");
        store.replace(QStringLiteral("old"), p);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().name, QStringLiteral("new"));
        QVERIFY(store.remove(QStringLiteral("new")));
        QVERIFY(!store.remove(QStringLiteral("new")));
        QVERIFY(store.profiles().isEmpty());
    }

    void noPasswordOnDisk()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("p.ini"));
        {
            ProfileStore store(ini);
            ConnectionProfile p;
            p.name = QStringLiteral("x");
            p.host = QStringLiteral("h");
            store.save(p);
        }
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
