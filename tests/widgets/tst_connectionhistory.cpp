#include "core/credentials/credentialstore.h"
#include "core/db/target.h"
#include "core/metrics/historystore.h"
#include "models/metricshistory.h"
#include "tests/support/testcluster.h"
#include "widgets/connectioncontroller.h"

#include <QApplication>
#include <QDir>
#include <QSet>
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
        QSet<qint64> firstRunSeconds; // loading buckets by whole seconds: two samples in one second are one point
        {
            ConnectionController controller(nullptr, static_cast<CredentialStore *>(nullptr));
            controller.setHistoryDirectory(dir.path());
            const QString key = controller.addTarget(*parsed.target);
            controller.connectTo(key);
            QTRY_COMPARE_WITH_TIMEOUT(controller.status(key).state, ConnectionState::Connected, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(controller.metricsHistory(key) && controller.metricsHistory(key)->size() >= 3,
                                     15000);
            const MetricsHistory *metrics = controller.metricsHistory(key);
            firstRunEnd = metrics->timeAt(metrics->size() - 1);
            for (int i = 0; i < metrics->size(); ++i)
                firstRunSeconds.insert(metrics->timeAt(i) / 1000);
        } // closing flushes the buffered samples

        QVERIFY(QFileInfo::exists(path));
        const QList<HistoryPoint> stored = HistoryStore::load(path, QDateTime::currentDateTime().addSecs(-600),
                                                              QDateTime::currentDateTime(), 100000);
        // Everything the first run sampled was written (the store may hold more: it is fed directly).
        QVERIFY2(stored.size() >= firstRunSeconds.size() && stored.size() >= 2,
                 qPrintable(QStringLiteral("%1 stored, %2 seconds sampled").arg(stored.size()).arg(firstRunSeconds.size())));
        QVERIFY(stored.last().time.toMSecsSinceEpoch() / 1000 >= firstRunEnd / 1000);

        ConnectionController reopened(nullptr, static_cast<CredentialStore *>(nullptr));
        reopened.setHistoryDirectory(dir.path());
        QSignalSpy loaded(&reopened, &ConnectionController::historyLoaded);
        const QString key = reopened.addTarget(*parsed.target);
        reopened.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        const MetricsHistory *metrics = reopened.metricsHistory(key);
        QVERIFY(metrics);
        QVERIFY(metrics->size() >= 2);
        QVERIFY(metrics->timeAt(0) <= firstRunEnd); // reaches back into the first run
        QVERIFY(reopened.history(key) && reopened.history(key)->size() >= 2);
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
