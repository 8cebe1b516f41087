#include "core/demo/clusterwatchdog.h"
#include "tests/support/testcluster.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUrl>

#include <libpq-fe.h>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace dbpulse;

class TestLocalCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findServerBinDir();
    void lifecycle();
    void destroyTwiceIsSafe();
    void sharedClusterWorks();

private:
    bool m_haveBinaries = false;
};

void TestLocalCluster::initTestCase()
{
    QString error;
    m_haveBinaries = !LocalCluster::findServerBinDir(&error).isEmpty();
    if (!m_haveBinaries) {
        QVERIFY2(error.contains(u"apt-get install postgresql"_s), qPrintable(error));
        if (test::clusterRequired())
            QFAIL(qPrintable(error));
        QSKIP(qPrintable(error));
    }
}

void TestLocalCluster::findServerBinDir()
{
    const QString dir = LocalCluster::findServerBinDir();
    QVERIFY(QFile::exists(dir + u"/initdb"_s));
    QVERIFY(QFile::exists(dir + u"/pg_ctl"_s));
    QVERIFY(QFile::exists(dir + u"/postgres"_s));
}

void TestLocalCluster::lifecycle()
{
    LocalCluster cluster;
    QVERIFY(!cluster.isRunning());
    QString error;
    QVERIFY2(cluster.create({}, &error), qPrintable(error));
    QVERIFY(cluster.isRunning());
    QVERIFY(cluster.port() > 0);
    QVERIFY(QDir(cluster.dataDir()).exists());
    QCOMPARE(cluster.uri(u"x"_s), u"postgresql://dbpulse@127.0.0.1:%1/x?passfile=%2"_s.arg(cluster.port())
                                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(cluster.pgpassFile()))));

    const QByteArray version = test::queryValue(cluster.uri(), "SELECT version()", &error);
    QVERIFY2(version.startsWith("PostgreSQL"), qPrintable(error));
    QCOMPARE(test::queryValue(cluster.uri(), "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"),
             QByteArray("1"));
    QVERIFY2(!test::queryValue(cluster.uri(), "SELECT count(*) FROM pg_stat_statements", &error).isNull(), qPrintable(error));
    QCOMPARE(test::queryValue(cluster.uri(), "SHOW listen_addresses"), QByteArray("127.0.0.1"));

    // Stop: connections are refused, the data stays.
    const qint64 firstPid = cluster.postmasterPid();
    QVERIFY(firstPid > 0);
    QVERIFY2(cluster.stopServer(&error), qPrintable(error));
    QVERIFY(!cluster.isRunning());
    QCOMPARE(cluster.postmasterPid(), 0);
    QVERIFY(!isLiveProcess(firstPid));
    QVERIFY(test::queryValue(cluster.uri(), "SELECT 1", &error).isNull());
    QVERIFY2(error.contains(u"refused"_s) || error.contains(u"connect"_s), qPrintable(error));
    QVERIFY(QFile::exists(cluster.dataDir() + u"/PG_VERSION"_s));

    // Start again on the same port.
    const int port = cluster.port();
    QVERIFY2(cluster.startServer(&error), qPrintable(error));
    QCOMPARE(cluster.port(), port);
    QVERIFY(cluster.isRunning());
    QCOMPARE(test::queryValue(cluster.uri(), "SELECT 1", &error), QByteArray("1"));

    // Destroy: directory gone, postmaster gone.
    const qint64 pid = cluster.postmasterPid();
    const QString baseDir = cluster.baseDir();
    QVERIFY(pid > 0);
    cluster.destroy();
    QVERIFY(!QDir(baseDir).exists());
    QVERIFY(!isLiveProcess(pid));
    QVERIFY(!cluster.isRunning());
    QVERIFY(cluster.baseDir().isEmpty());
}

void TestLocalCluster::destroyTwiceIsSafe()
{
    LocalCluster cluster;
    cluster.destroy(); // never created
    QString error;
    QVERIFY2(cluster.create({0, false, {u"max_connections = 20"_s}}, &error), qPrintable(error));
    QCOMPARE(test::queryValue(cluster.uri(), "SHOW max_connections"), QByteArray("20"));
    QCOMPARE(test::queryValue(cluster.uri(), "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"),
             QByteArray("0"));
    const QString baseDir = cluster.baseDir();
    // A second create() on the same object is refused and must not leak the running server.
    QVERIFY(!cluster.create({}, &error));
    QVERIFY(error.contains(u"already"_s));
    cluster.destroy();
    cluster.destroy();
    QVERIFY(!QDir(baseDir).exists());
}

void TestLocalCluster::sharedClusterWorks()
{
    DBPULSE_REQUIRE_CLUSTER(cluster);
    QVERIFY(cluster->isRunning());
    QCOMPARE(test::sharedCluster(nullptr), cluster); // created once per process
    QString error;
    QCOMPARE(test::queryValue(cluster->uri(), "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'", &error),
             QByteArray("1"));
    QCOMPARE(test::queryValue(cluster->uri(), "SHOW shared_preload_libraries"), QByteArray("pg_stat_statements"));
}

QTEST_GUILESS_MAIN(TestLocalCluster)
#include "tst_localcluster.moc"
