#include "core/credentials/credentialstore.h"
#include "core/db/target.h"
#include "core/metrics/historystore.h"
#include "tests/support/testcluster.h"
#include "widgets/connectioncontroller.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

/// The controller's history: a PostgreSQL session's samples go to a file per server under the
/// history directory, and a new controller (the app reopened) reads them back into its charts.
class TstConnectionHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndReadsBack()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const TargetParseResult parsed = parseTarget(cluster->uri(QStringLiteral("postgres")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QString path = HistoryStore::pathFor(dir.path(), parsed.target->credentialKey());

        qint64 firstRunEnd = 0;
        {
            ConnectionController controller(nullptr, static_cast<CredentialStore *>(nullptr));
            controller.setHistoryDirectory(dir.path());
            const QString key = controller.addTarget(*parsed.target);
            controller.connectTo(key);
            QTRY_COMPARE_WITH_TIMEOUT(controller.status(key).state, ConnectionState::Connected, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(controller.metricsHistory(key) && controller.metricsHistory(key)->size() >= 3,
                                     15000);
            firstRunEnd = controller.metricsHistory(key)->timeAt(controller.metricsHistory(key)->size() - 1);
        } // closing flushes the buffered samples

        QVERIFY(QFileInfo::exists(path));
        const QList<HistoryPoint> stored = HistoryStore::load(path, QDateTime::currentDateTime().addSecs(-600),
                                                              QDateTime::currentDateTime(), 100000);
        QVERIFY2(stored.size() >= 3, qPrintable(QString::number(stored.size())));

        ConnectionController reopened(nullptr, static_cast<CredentialStore *>(nullptr));
        reopened.setHistoryDirectory(dir.path());
        QSignalSpy loaded(&reopened, &ConnectionController::historyLoaded);
        const QString key = reopened.addTarget(*parsed.target);
        reopened.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        const MetricsHistory *metrics = reopened.metricsHistory(key);
        QVERIFY(metrics);
        QVERIFY(metrics->size() >= 3);
        QVERIFY(metrics->timeAt(0) <= firstRunEnd); // reaches back into the first run
        QVERIFY(reopened.history(key) && reopened.history(key)->size() >= 3);
    }

    void expiredFilesAreRemoved()
    {
        QTemporaryDir dir;
        const QString stale = dir.filePath(QStringLiteral("stale.sqlite"));
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        for (const QString &name : {stale, fresh}) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile f(stale);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-40), QFileDevice::FileModificationTime));
        f.close();
        HistoryStore::removeExpired(dir.path());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    TstConnectionHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectionhistory.moc"
