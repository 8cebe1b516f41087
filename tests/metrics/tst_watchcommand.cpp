// Drives the real `dbpulse-cli watch`, as an on-call script over ssh would.
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <csignal>
#include <memory>
#include <vector>

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

    // The top-level keys are the target database's, `server` the whole server's: watching a quiet
    // database while another one is under load shows no transactions for it and its own two
    // idle sessions (plus watch's), and the load under server.
    void jsonlSeparatesDatabaseFromServer()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString busyUri = dbpulse::test::freshDatabase(cluster, QStringLiteral("watch_busy"));
        const QString quietUri = dbpulse::test::freshDatabase(cluster, QStringLiteral("watch_quiet"));
        QVERIFY(!busyUri.isEmpty() && !quietUri.isEmpty());
        std::vector<std::unique_ptr<dbpulse::test::PlainConnection>> idle;
        for (int i = 0; i < 2; ++i) {
            idle.push_back(std::make_unique<dbpulse::test::PlainConnection>(quietUri));
            QVERIFY(idle.back()->ok());
        }
        dbpulse::test::PlainConnection load(busyUri);
        QVERIFY(load.ok());

        QProcess p;
        p.start(qEnvironmentVariable("DBPULSE_CLI"),
                {QStringLiteral("watch"), quietUri, QStringLiteral("--interval"), QStringLiteral("0.5"),
                 QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY(p.waitForStarted());
        QList<QJsonObject> lines;
        QByteArray pending;
        double quietTransactions = 0, serverTransactions = 0;
        const auto loadAndRead = [&] {
            for (int i = 0; i < 50; ++i)
                load.exec(QStringLiteral("SELECT %1").arg(i));
            pending += p.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QJsonObject o = QJsonDocument::fromJson(pending.left(end)).object();
                pending.remove(0, end + 1);
                lines << o;
                const double interval = o.value(QLatin1String("interval_s")).toDouble();
                quietTransactions += o.value(QLatin1String("transactions_per_second")).toDouble() * interval;
                serverTransactions += o.value(QLatin1String("server")).toObject()
                                          .value(QLatin1String("transactions_per_second")).toDouble() * interval;
            }
            return serverTransactions >= 500 && lines.size() >= 4;
        };
        QTRY_VERIFY_WITH_TIMEOUT(loadAndRead() || p.state() != QProcess::Running, 60000);
        QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));

        QVERIFY2(quietTransactions < 10, qPrintable(QString::number(quietTransactions)));
        const QJsonObject last = lines.last();
        QCOMPARE(last.value(QLatin1String("database")).toString(), QStringLiteral("watch_quiet"));
        const QJsonObject connections = last.value(QLatin1String("connections")).toObject();
        QCOMPARE(connections.value(QLatin1String("total")).toInt(), 2 + 1);
        QCOMPARE(connections.value(QLatin1String("idle")).toInt(), 2);
        const QJsonObject server = last.value(QLatin1String("server")).toObject();
        const QJsonObject serverConnections = server.value(QLatin1String("connections")).toObject();
        QVERIFY(serverConnections.value(QLatin1String("total")).toInt() >= 2 + 1 + 1);
        QVERIFY(serverConnections.value(QLatin1String("max")).toInt() > 0);
        QVERIFY(serverConnections.value(QLatin1String("used_ratio")).isDouble());
        for (const char *key : {"transactions_per_second", "commits_per_second", "rollbacks_per_second",
                                "statements_per_second", "checkpoints", "wal_bytes_per_second", "uptime_s",
                                "longest_transaction_s", "deadlocks", "temp_files"})
            QVERIFY2(server.contains(QLatin1String(key)), key);
        QVERIFY(server.value(QLatin1String("uptime_s")).toDouble() > 0);
        QVERIFY(server.value(QLatin1String("wal_bytes_per_second")).toDouble() >= 0);
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
        // The title says which columns are the database's and which the server's (srv-, shown
        // with --wide or --columns: the table fits 80 columns without them).
        QVERIFY2(out.startsWith("database postgres · srv- columns: the whole server · latencies estimated\n"
                                "time      conn/max "),
                 out.constData());
    }

    // The server goes away and comes back: each retry is said once on stderr, with the time,
    // and so is the reconnection; no internal log line repeats it.
    void lostAndRestoredSaidOnceWithTheTime()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QProcess p;
        p.start(qEnvironmentVariable("DBPULSE_CLI"),
                {QStringLiteral("watch"), cluster->uri(), QStringLiteral("--interval"), QStringLiteral("0.3")});
        QVERIFY(p.waitForStarted());
        QByteArray out, err;
        const auto read = [&] {
            out += p.readAllStandardOutput();
            err += p.readAllStandardError();
        };
        QTRY_VERIFY_WITH_TIMEOUT((read(), out.count('\n') >= 3) || p.state() != QProcess::Running, 15000);
        QVERIFY2(p.state() == QProcess::Running, err.constData());

        QString error;
        QVERIFY2(cluster->stopServer(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT((read(), err.count("connection lost") >= 2), 30000); // two retries
        QVERIFY2(cluster->startServer(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT((read(), err.contains("connection restored")), 60000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        read();

        static const QRegularExpression said(
            QStringLiteral("^dbpulse-cli watch: \\d\\d:\\d\\d:\\d\\d (connection lost \\(.+\\), retrying in [0-9.]+ s|connection restored)$"));
        const QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(said.match(line).hasMatch(), qPrintable(QStringLiteral("unexpected stderr line: ") + line));
        QCOMPARE(lines.filter(QStringLiteral("connection restored")).size(), 1);
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
