#include "core/monitor/servermonitor.h"
#include "core/db/target.h"
#include "tests/support/silentserver.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dbpulse;

namespace {

Target targetFor(const QString &uri)
{
    const TargetParseResult r = parseTarget(uri);
    return r.target.value_or(Target{});
}

} // namespace

class TestServerMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplesArrive()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ServerMonitor session(targetFor(cluster->uri()), {});
        QSignalSpy samples(&session, &ServerMonitor::activitySampled);
        QSignalSpy info(&session, &ServerMonitor::serverInfoReady);
        session.setIntervalMs(200);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 10000);
        const auto s = samples.last().at(0).value<ActivitySample>();
        QVERIFY(s.total >= 1); // at least our own session
        QVERIFY(s.active >= 1);
        QVERIFY(s.maxConnections > 0);
        QCOMPARE(s.total, s.active + s.idle + s.idleInTransaction + s.waiting + s.other);
        QVERIFY(qAbs(s.time.msecsTo(QDateTime::currentDateTime())) < 60000);
        QTRY_COMPARE(info.size(), 1);
        QCOMPARE(session.serverInfo().product, QStringLiteral("PostgreSQL"));
        QVERIFY(session.serverInfo().version.startsWith(QLatin1String("15")));
        QVERIFY(session.serverInfo().startedAt.isValid());
        QVERIFY(session.serverInfo().sizeBytes > 0);
    }

    void reconnectsAfterServerRestart()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ServerMonitor session(targetFor(cluster->uri()), {});
        QSignalSpy statuses(&session, &ServerMonitor::statusChanged);
        QSignalSpy samples(&session, &ServerMonitor::activitySampled);
        session.setIntervalMs(200);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Connected, 10000);

        QString error;
        QVERIFY2(cluster->stopServer(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Reconnecting, 10000);
        QVERIFY2(!session.status().error.isEmpty(), "the UI gets libpq's reason");
        // Let at least two attempts fail so the backoff grows: 1 s, then 2 s.
        QTRY_VERIFY_WITH_TIMEOUT(session.status().attempt >= 2, 10000);
        QCOMPARE(session.status().retryInMs, 2000);

        QVERIFY2(cluster->startServer(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Connected, 15000);
        samples.clear();
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 10000);
    }

    void permanentErrorFails()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ServerMonitor session(targetFor(cluster->uri(QStringLiteral("no_such_database"))), {});
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.status().state, ConnectionState::Failed, 10000);
        QVERIFY2(session.status().error.contains(QLatin1String("no_such_database")), qPrintable(session.status().error));
    }

    void destroyWhileConnectingIsPrompt()
    {
        // A port nobody answers properly: the session is mid-connect when destroyed.
        const test::SilentServer silent;
        QVERIFY(silent.isListening());
        QElapsedTimer clock;
        {
            auto session = std::make_unique<ServerMonitor>(
                targetFor(QStringLiteral("host=127.0.0.1 sslmode=disable port=%1").arg(silent.port())), QString());
            session->start();
            QTest::qWait(200);
            QCOMPARE(session->status().state, ConnectionState::Connecting);
            clock.start();
        }
        QVERIFY2(clock.elapsed() < 1000, "closing must not wait for the connect timeout");
    }
};

QTEST_GUILESS_MAIN(TestServerMonitor)
#include "tst_servermonitor.moc"
