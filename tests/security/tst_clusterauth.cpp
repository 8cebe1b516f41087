// The demo and test clusters are reachable by every local user over TCP on 127.0.0.1: there a
// login needs the superuser's generated password, which only the cluster's private password file
// holds; the socket, which trusts, sits in a directory only the server's account may enter.
#include "core/db/secretmask.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int groupOrOther = 0077;

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// The superuser's line in the cluster's password file: host:port:db:user:password.
QString superuserPassword(const dbpulse::LocalCluster &cluster)
{
    QFile file(cluster.pgpassFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.section(u':', 3, 3) == cluster.superuser())
            return line.section(u':', 4);
    }
    return {};
}

} // namespace

class tst_ClusterAuth : public QObject
{
    Q_OBJECT

private:
    dbpulse::LocalCluster *m_cluster = nullptr;

    // The cluster's TCP address as superuser, with \a query instead of the password file.
    QString tcpUri(const QString &query) const
    {
        QUrl url(m_cluster->uri());
        url.setQuery(query);
        return url.toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        m_cluster = cluster;
        // Nothing outside the URI may supply a password: no ~/.pgpass, no environment.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/dbpulse-pgpass");
    }

    void tcpWithoutThePasswordFileIsRefused()
    {
        QString error;
        QVERIFY(dbpulse::test::queryValue(tcpUri(u"connect_timeout=10"_s), "SELECT 1", &error).isNull());
        QVERIFY2(error.contains(u"no password supplied"_s), qPrintable(error));
        // Not a formality: a wrong password is checked and refused.
        QVERIFY(dbpulse::test::queryValue(tcpUri(u"password=wrong&connect_timeout=10"_s), "SELECT 1", &error).isNull());
        QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
    }

    void tcpWithTheUriWorks()
    {
        QString error;
        QCOMPARE(dbpulse::test::queryValue(m_cluster->uri(), "SELECT current_user", &error), QByteArray("dbpulse"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Over TCP, with the password checked (pg_hba's first matching host line says so).
        QCOMPARE(dbpulse::test::queryValue(m_cluster->uri(), "SELECT inet_client_addr()::text"), QByteArray("127.0.0.1/32"));
        QCOMPARE(dbpulse::test::queryValue(m_cluster->uri(),
                                           "SELECT auth_method FROM pg_hba_file_rules WHERE type = 'host' "
                                           "AND address = '127.0.0.1' ORDER BY line_number LIMIT 1"),
                 QByteArray("scram-sha-256"));
        QCOMPARE(dbpulse::test::queryValue(m_cluster->uri(),
                                           "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust' "
                                           "AND type <> 'local'"),
                 QByteArray("0"));
    }

    void socketIsInThePrivateBaseDirectory()
    {
        QCOMPARE(dbpulse::test::queryValue(m_cluster->uri(), "SHOW unix_socket_directories"),
                 m_cluster->baseDir().toUtf8());
        QCOMPARE(modeOf(m_cluster->baseDir()) & groupOrOther, 0);
    }

    void passwordFileIsPrivate()
    {
        const QString file = m_cluster->pgpassFile();
        QCOMPARE(QFileInfo(file).absolutePath(), m_cluster->baseDir());
        QCOMPARE(modeOf(file) & groupOrOther, 0);
        // libpq reads it as whoever connects: that is this process, not the server's account.
        QCOMPARE(QFileInfo(file).ownerId(), uint(::geteuid()));
        const QString password = superuserPassword(*m_cluster);
        QVERIFY2(password.size() >= 24, "the superuser has no generated password in the file");
        // initdb's copy is gone; the server log never saw it.
        const QStringList files = QDir(m_cluster->baseDir()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.filter(u"password"_s), QStringList());
        QFile log(m_cluster->baseDir() + u"/server.log"_s);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(password.toUtf8()));
    }

    void uriNamesTheFileAndHoldsNoPassword()
    {
        const QString uri = m_cluster->uri(u"postgres"_s);
        const QString password = superuserPassword(*m_cluster);
        QVERIFY(!password.isEmpty());
        QVERIFY(!uri.contains(password));
        QVERIFY(QUrl(uri).password().isEmpty());
        QCOMPARE(QUrlQuery(QUrl(uri)).queryItemValue(u"passfile"_s, QUrl::FullyDecoded), m_cluster->pgpassFile());
        QCOMPARE(dbpulse::test::queryValue(uri, "SELECT current_setting('password_encryption')"), QByteArray("scram-sha-256"));

        // A target keeps the passfile (a path, not a secret) in its conninfo; the label leaves it out.
        const dbpulse::TargetParseResult parsed = dbpulse::parseTarget(uri);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.target->conninfo, uri);
        QCOMPARE(parsed.target->label, u"dbpulse@127.0.0.1:%1/postgres"_s.arg(m_cluster->port()));
        QCOMPARE(dbpulse::maskSecrets(uri), uri);
        QCOMPARE(dbpulse::withoutSecrets(uri), uri);
    }
};

QTEST_GUILESS_MAIN(tst_ClusterAuth)
#include "tst_clusterauth.moc"
