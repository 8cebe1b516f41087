// Drives the real `dbpulse-cli indexes`, as a script would.
#include "advisorfixture.h"

#include "tests/support/testcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace dbpulse::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    CliRun run;
    QProcess p;
    p.start(qEnvironmentVariable("DBPULSE_CLI"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace

class TestIndexesCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
    }

    void jsonHasTheDocumentedKeys()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString error = AdvisorFixture::prepare(
            cluster, QStringLiteral("adv_cli"),
            {QStringLiteral("CREATE TABLE p (id int PRIMARY KEY)"),
             QStringLiteral("CREATE TABLE \"Line Ä\" (id int PRIMARY KEY, p_id int REFERENCES p, n int)"),
             QStringLiteral("CREATE INDEX n_idx ON \"Line Ä\" (n)")},
            {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun r = runCli({QStringLiteral("indexes"), cluster->uri(QStringLiteral("adv_cli")), QStringLiteral("--format"),
                                 QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(doc.isArray(), qPrintable(parseError.errorString() + QString::fromUtf8(r.out)));
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2); // the unindexed FK and the unused index
        const QStringList keys{QStringLiteral("columns"), QStringLiteral("ddl"), QStringLiteral("estimated_benefit"),
                               QStringLiteral("index"), QStringLiteral("kind"), QStringLiteral("priority"),
                               QStringLiteral("reason"), QStringLiteral("schema"), QStringLiteral("table")};
        QStringList kinds;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), keys);
            QVERIFY(o.value(QLatin1String("columns")).isArray());
            QCOMPARE(o.value(QLatin1String("table")).toString(), QStringLiteral("Line Ä"));
            kinds << o.value(QLatin1String("kind")).toString();
            if (kinds.last() == QLatin1String("fk_unindexed"))
                QVERIFY(o.value(QLatin1String("index")).isNull());
            else
                QCOMPARE(o.value(QLatin1String("index")).toString(), QStringLiteral("n_idx"));
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("fk_unindexed"), QStringLiteral("unused")}));
    }

    void tableFormatShowsDdl()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const CliRun r = runCli({QStringLiteral("indexes"), cluster->uri(QStringLiteral("adv_cli"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("CREATE INDEX CONCURRENTLY ON \"public\".\"Line \xc3\x84\" (\"p_id\");"), r.out.constData());
    }

    void unreachableExitsThree()
    {
        const CliRun r = runCli({QStringLiteral("indexes"), QStringLiteral("postgresql://127.0.0.1:1/postgres")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("cannot connect")), qPrintable(r.err));
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(runCli({QStringLiteral("indexes")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("indexes"), QStringLiteral("postgresql:///x"), QStringLiteral("--format"),
                         QStringLiteral("xml")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestIndexesCommand)
#include "tst_indexescommand.moc"
