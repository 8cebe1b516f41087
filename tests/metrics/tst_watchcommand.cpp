// Drives the real `dbpulse-cli watch`, as an on-call script over ssh would.
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <csignal>

class TestWatchCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("DBPULSE_CLI")), "DBPULSE_CLI must point at the built dbpulse-cli");
    }

    void jsonlLinesHaveEveryKey()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QProcess p;
        p.start(qEnvironmentVariable("DBPULSE_CLI"),
                {QStringLiteral("watch"), cluster->uri(), QStringLiteral("--interval"), QStringLiteral("0.5"),
                 QStringLiteral("--duration"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(lines.size() >= 3 && lines.size() <= 7, qPrintable(QString::number(lines.size())));
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QVERIFY(QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs).isValid());
            const QJsonObject c = o.value(QLatin1String("connections")).toObject();
            for (const char *key : {"total", "active", "idle", "idle_in_transaction", "waiting", "max"})
                QVERIFY2(c.value(QLatin1String(key)).isDouble(), key);
            QVERIFY(c.value(QLatin1String("total")).toInt() >= 1);
            // Statement values either come from this refresh's read or repeat the last one's window.
            QVERIFY(o.value(QLatin1String("statements_fresh")).isBool());
            QVERIFY(o.value(QLatin1String("statements_every")).toInt() >= 1);
            QCOMPARE(o.value(QLatin1String("statements_window_s")).isNull(),
                     o.value(QLatin1String("statements_per_second")).isNull());
            for (const char *key : {"transactions_per_second", "statements_per_second", "statements_window_s", "collect_ms"}) {
                QVERIFY2(o.contains(QLatin1String(key)), key);
                QVERIFY2(o.value(QLatin1String(key)).isNull() || o.value(QLatin1String(key)).toDouble() >= 0, key);
            }
            const QJsonObject hit = o.value(QLatin1String("cache_hit_ratio")).toObject();
            QVERIFY(hit.contains(QLatin1String("table")) && hit.contains(QLatin1String("index")));
            QVERIFY(o.value(QLatin1String("latency_ms")).isObject());
            const QJsonObject latency = o.value(QLatin1String("latency_ms")).toObject();
            for (const char *key : {"p50", "p95", "p99"})
                QVERIFY2(latency.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QLatin1String("budget_breaches")).isArray());
        }
    }

    void tableAndSigint()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QProcess p;
        p.start(qEnvironmentVariable("DBPULSE_CLI"),
                {QStringLiteral("watch"), cluster->uri(), QStringLiteral("--interval"), QStringLiteral("0.3")});
        QVERIFY(p.waitForStarted());
        // The header, then one line per refresh starting with its time: wait for two of them.
        static const QRegularExpression sampleLine(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d "));
        QByteArray out;
        const auto sampleLines = [&] {
            out += p.readAllStandardOutput();
            return QString::fromUtf8(out).split(QLatin1Char('\n')).filter(sampleLine).size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(sampleLines() >= 2 || p.state() != QProcess::Running, 15000);
        QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        out += p.readAllStandardOutput();
        QVERIFY2(out.startsWith("time      conn/max "), out.constData());
        QVERIFY2(out.contains("(latency percentiles are estimates)"), out.constData());
    }

    void unreachableExitsThree()
    {
        QElapsedTimer clock;
        clock.start();
        QProcess p;
        p.start(qEnvironmentVariable("DBPULSE_CLI"),
                {QStringLiteral("watch"), QStringLiteral("postgresql://127.0.0.1:1/postgres"), QStringLiteral("--duration"), QStringLiteral("20")});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(p.readAllStandardError().contains("cannot connect"));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no target") << QStringList{QStringLiteral("watch")};
        QTest::newRow("bad format") << QStringList{QStringLiteral("watch"), QStringLiteral("host=x"), QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("bad interval") << QStringList{QStringLiteral("watch"), QStringLiteral("host=x"), QStringLiteral("--interval"), QStringLiteral("0")};
        QTest::newRow("sqlite") << QStringList{QStringLiteral("watch"), QStringLiteral("sqlite:/tmp/x.db")};
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(qEnvironmentVariable("DBPULSE_CLI"), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWatchCommand)
#include "tst_watchcommand.moc"
