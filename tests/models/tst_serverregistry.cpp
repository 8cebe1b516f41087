#include "core/credentials/credentialbroker.h"
#include "core/credentials/credentialstore.h"
#include "core/credentials/keychaincredentialstore.h"
#include "core/credentials/passwordprompter.h"
#include "core/db/target.h"
#include "core/metrics/historystore.h"
#include "models/connectionlistmodel.h"
#include "models/metricshistory.h"
#include "models/serverregistry.h"
#include "core/demo/localcluster.h"
#include "tests/support/testcluster.h"

#include <QDir>
#include <QGuiApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace dbpulse;

namespace {

// No keychain at all: the registry then keeps passwords in this session's memory.
CredentialStore *const noKeychain = nullptr;

Target targetFor(const LocalCluster &cluster, const QString &database)
{
    const TargetParseResult parsed = parseTarget(cluster.uri(database));
    return *parsed.target;
}

/// A keychain without a service behind it, as without a D-Bus session: every call Unavailable.
class NoServiceKeychain : public CredentialStore
{
public:
    void readPassword(const QString &, Callback done) override { unavailable(done); }
    void writePassword(const QString &, const QString &, Callback done) override { unavailable(done); }
    void removePassword(const QString &, Callback done) override { unavailable(done); }
    QString description() const override { return QStringLiteral("no service"); }

private:
    void unavailable(const Callback &done)
    {
        QTimer::singleShot(0, this, [done] {
            CredentialResult r;
            r.status = CredentialResult::Status::Unavailable;
            r.error = QStringLiteral("Cannot autolaunch D-Bus");
            done(r);
        });
    }
};

/// The user at the password prompt: answers every question with the password it was given (the
/// real PasswordPrompter interface, as the GUI's dialog implements it) and remembers each question.
class AnsweringPrompter : public PasswordPrompter
{
public:
    void ask(const PasswordRequest &request, Answered done) override
    {
        asked.append(request);
        // Later, like a dialog: the registry must not rely on an answer inside ask().
        QTimer::singleShot(0, this, [done, password = answer] { done(PasswordAnswer{password, false}); });
    }

    QString answer;
    QList<PasswordRequest> asked;
};

QStringList keysOf(const QSignalSpy &spy)
{
    QStringList keys;
    for (const QList<QVariant> &args : spy)
        keys.append(args.at(0).toString());
    return keys;
}

} // namespace

/// The server registry headless, against the shared test cluster: one state object per server
/// (removing a server forgets everything about it), servers independent of each other, and the
/// history files read back when the app is reopened.
class TstServerRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disconnectKeepsHistoryRemoveClearsAll()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ServerRegistry registry(nullptr, noKeychain);
        QSignalSpy live(&registry, &ServerRegistry::liveKeysChanged);
        const QString key = registry.addTarget(targetFor(*cluster, QStringLiteral("postgres")));
        QVERIFY(!registry.hasState(key));
        QVERIFY(!registry.context(key));

        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(registry.metricsHistory(key)->size() >= 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!registry.history(key)->isEmpty(), 5000);
        QCOMPARE(registry.serverInfo(key).product, QStringLiteral("PostgreSQL"));
        QCOMPARE(registry.liveKeys(), QStringList{key});
        QVERIFY(live.count() >= 1);
        const ServerContext context = registry.context(key);
        QVERIFY(context.live);
        QCOMPARE(context.target.credentialKey(), targetFor(*cluster, QStringLiteral("postgres")).credentialKey());
        QCOMPARE(registry.livePassword(context.target), context.password);

        // Disconnecting stops the session but keeps what the dashboard shows.
        live.clear();
        registry.disconnectFrom(key);
        QCOMPARE(live.count(), 1);
        QVERIFY(!registry.isActive(key));
        QVERIFY(!registry.context(key));
        QVERIFY(registry.liveKeys().isEmpty());
        const int kept = registry.metricsHistory(key)->size();
        QVERIFY(kept >= 2);
        QCOMPARE(registry.serverInfo(key).product, QStringLiteral("PostgreSQL"));

        // Reconnecting continues the same histories.
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(registry.metricsHistory(key)->size() > kept, 15000);

        // Removing forgets everything, and nothing of it arrives later.
        QSignalSpy activity(&registry, &ServerRegistry::activityAppended);
        QSignalSpy metrics(&registry, &ServerRegistry::metricsAppended);
        live.clear();
        registry.remove(key);
        QCOMPARE(live.count(), 1);
        QVERIFY(!registry.hasState(key));
        QVERIFY(!registry.isActive(key));
        QVERIFY(!registry.history(key));
        QVERIFY(!registry.metricsHistory(key));
        QVERIFY(!registry.budgetWatch(key));
        QVERIFY(registry.serverInfo(key).product.isEmpty());
        QVERIFY(registry.statementSummary(key, 42).isEmpty());
        QVERIFY(!registry.hasState(key)); // asking about a removed server does not bring it back
        QVERIFY(!registry.model()->indexForKey(key).isValid());
        QVERIFY(registry.livePassword(context.target).isEmpty());
        activity.clear();
        metrics.clear();
        QTest::qWait(2500); // more than two refresh intervals
        QVERIFY(!keysOf(activity).contains(key));
        QVERIFY(!keysOf(metrics).contains(key));
    }

    void secondServerIsIndependent()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        ServerRegistry registry(nullptr, noKeychain);
        const QString first = registry.addTarget(targetFor(*cluster, QStringLiteral("postgres")));
        const QString second = registry.addTarget(targetFor(*cluster, QStringLiteral("template1")));
        registry.connectTo(first);
        registry.connectTo(second);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(first).state, ConnectionState::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(second).state, ConnectionState::Connected, 10000);
        QCOMPARE(registry.liveKeys(), (QStringList{first, second}));
        QVERIFY(registry.context(second).target.label.endsWith(QStringLiteral("/template1")));
        QVERIFY(registry.context(first).target.label.endsWith(QStringLiteral("/postgres")));
        QTRY_VERIFY_WITH_TIMEOUT(registry.metricsHistory(first)->size() >= 1
                                     && registry.metricsHistory(second)->size() >= 1, 15000);
        QVERIFY(registry.metricsHistory(first) != registry.metricsHistory(second));

        registry.disconnectFrom(first);
        QVERIFY(!registry.isActive(first));
        QVERIFY(registry.isActive(second));
        QCOMPARE(registry.status(second).state, ConnectionState::Connected);
        QCOMPARE(registry.liveKeys(), QStringList{second});

        // The second server keeps sampling while the first is gone.
        registry.remove(first);
        QVERIFY(!registry.hasState(first));
        QVERIFY(registry.hasState(second));
        const int before = registry.metricsHistory(second)->size();
        QTRY_VERIFY_WITH_TIMEOUT(registry.metricsHistory(second)->size() > before, 10000);
        QVERIFY(registry.context(second));
    }

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
            ServerRegistry registry(nullptr, noKeychain);
            registry.setHistoryDirectory(dir.path());
            const QString key = registry.addTarget(*parsed.target);
            registry.connectTo(key);
            QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(registry.metricsHistory(key) && registry.metricsHistory(key)->size() >= 3,
                                     15000);
            const MetricsHistory *metrics = registry.metricsHistory(key);
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

        ServerRegistry reopened(nullptr, noKeychain);
        reopened.setHistoryDirectory(dir.path());
        QSignalSpy loaded(&reopened, &ServerRegistry::historyLoaded);
        const QString key = reopened.addTarget(*parsed.target);
        reopened.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QCOMPARE(loaded.at(0).at(0).toString(), key);
        const MetricsHistory *metrics = reopened.metricsHistory(key);
        QVERIFY(metrics);
        QVERIFY(metrics->size() >= 2);
        QVERIFY(metrics->timeAt(0) <= firstRunEnd); // reaches back into the first run
        QVERIFY(reopened.history(key) && reopened.history(key)->size() >= 2);

        // A reconnect does not read the file again: the histories already hold it.
        reopened.disconnectFrom(key);
        reopened.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(reopened.status(key).state, ConnectionState::Connected, 10000);
        QTest::qWait(500);
        QCOMPARE(loaded.count(), 1);
    }

    // Statements read back from the history file show before the connection is open, and a page
    // asks for their texts once: asked then, they arrive once the server is connected.
    void textsAskedBeforeTheConnectionArrive()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = cluster->uri(QStringLiteral("postgres"));
        QString error;
        QVERIFY2(!test::queryValue(uri, "SELECT 'asked before connected' AS figures_text_probe", &error).isNull(),
                 qPrintable(error));
        const QByteArray id = test::queryValue(
            uri, "SELECT queryid FROM pg_stat_statements WHERE query LIKE '%figures_text_probe%'"
                 " AND query NOT LIKE '%pg_stat_statements%' LIMIT 1", &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const qint64 queryId = id.toLongLong();

        ServerRegistry registry(nullptr, noKeychain);
        const QString key = registry.addTarget(targetFor(*cluster, QStringLiteral("postgres")));
        QSignalSpy texts(&registry, &ServerRegistry::queryTextsFetched);
        registry.connectTo(key);
        QVERIFY(registry.status(key).state != ConnectionState::Connected);
        registry.fetchQueryTexts(key, {queryId});
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(texts.cbegin(), texts.cend(), [queryId](const QList<QVariant> &args) {
                                     return args.at(1).value<QHash<qint64, QString>>().value(queryId).contains(
                                         QLatin1String("figures_text_probe"));
                                 }),
                                 15000);
    }

    // Several servers with stored history: the registry reads one file at a time (each read is
    // seconds of CPU for a day of samples), and every one of them is read in turn.
    void readsEveryStoredHistoryInTurn()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<Target> targets;
        for (const QString &db : {QStringLiteral("postgres"), QStringLiteral("template1")}) {
            const TargetParseResult parsed = parseTarget(cluster->uri(db));
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            targets << *parsed.target;
        }
        {
            ServerRegistry registry(nullptr, noKeychain);
            registry.setHistoryDirectory(dir.path());
            QStringList keys;
            for (const Target &t : std::as_const(targets)) {
                keys << registry.addTarget(t);
                registry.connectTo(keys.last());
            }
            for (const QString &key : std::as_const(keys))
                QTRY_VERIFY_WITH_TIMEOUT(registry.metricsHistory(key) && registry.metricsHistory(key)->size() >= 2, 15000);
        } // closing flushes the buffered samples

        ServerRegistry reopened(nullptr, noKeychain);
        reopened.setHistoryDirectory(dir.path());
        QSignalSpy loaded(&reopened, &ServerRegistry::historyLoaded);
        QStringList keys;
        for (const Target &t : std::as_const(targets)) {
            keys << reopened.addTarget(t);
            reopened.connectTo(keys.last());
        }
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
        QStringList loadedKeys{loaded.at(0).at(0).toString(), loaded.at(1).at(0).toString()};
        loadedKeys.sort();
        keys.sort();
        QCOMPARE(loadedKeys, keys);
    }

    // The role's password changes on the server while the dashboard watches it: the monitor's
    // reconnect is refused, the registry asks the user (through the prompter interface) and
    // reconnects with what was typed. Real SCRAM over TCP against the test cluster.
    void changedPasswordIsAskedForAndReconnects()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString role = QStringLiteral("registry_reprompt");
        QString error;
        test::queryValue(cluster->uri(), "DROP DATABASE IF EXISTS registry_reprompt WITH (FORCE)", &error);
        test::queryValue(cluster->uri(), "DROP ROLE IF EXISTS registry_reprompt", &error);
        error.clear();
        test::queryValue(cluster->uri(), "CREATE ROLE registry_reprompt LOGIN", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        test::queryValue(cluster->uri(), "CREATE DATABASE registry_reprompt OWNER registry_reprompt", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(cluster->addPasswordLogin(role, &error), qPrintable(error)); // its old password, in the pgpass file

        AnsweringPrompter prompter;
        prompter.answer = QStringLiteral("n3w-Pa55word");
        ServerRegistry registry(nullptr, noKeychain);
        registry.credentials()->setPrompter(&prompter);
        const QString key = registry.addTarget(*parseTarget(cluster->uri(role, role)).target);
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 10000);
        QVERIFY(prompter.asked.isEmpty()); // the pgpass file answered
        QVERIFY(registry.context(key).password.isEmpty());

        // As superuser: a new password, then the monitor's session ends, so it must log in again.
        test::queryValue(cluster->uri(), "ALTER ROLE registry_reprompt PASSWORD 'n3w-Pa55word'", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        test::queryValue(cluster->uri(), "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                         " WHERE usename = 'registry_reprompt' AND datname = 'registry_reprompt'", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QTRY_COMPARE_WITH_TIMEOUT(prompter.asked.size(), 1, 15000);
        QCOMPARE(prompter.asked.at(0).targetLabel, registry.model()->target(key).label);
        QVERIFY2(prompter.asked.at(0).error.contains(QStringLiteral("password authentication failed")),
                 qPrintable(prompter.asked.at(0).error));
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 15000);
        QCOMPARE(registry.context(key).password, prompter.answer); // the live session's password now
        QCOMPARE(prompter.asked.size(), 1);
        // It really is the new password at work: the session samples again.
        const int before = registry.metricsHistory(key)->size();
        QTRY_VERIFY_WITH_TIMEOUT(registry.metricsHistory(key)->size() > before, 10000);

        registry.remove(key);
        test::queryValue(cluster->uri(), "DROP DATABASE IF EXISTS registry_reprompt WITH (FORCE)", &error);
        test::queryValue(cluster->uri(), "DROP ROLE IF EXISTS registry_reprompt", &error);
    }

    // Said once per installation, not on every start: the next registry (the next run) is silent,
    // until a keychain worked in between. Remembered in QSettings, which main() points at a
    // private folder of this run.
    void missingKeychainRaisesOneNotice()
    {
        QSettings().remove(QStringLiteral("notices"));
        {
            NoServiceKeychain keychain;
            ServerRegistry registry(nullptr, &keychain);
            QSignalSpy notices(&registry, &ServerRegistry::noticeRaised);
            QTRY_COMPARE(notices.count(), 1);
            QVERIFY(notices.at(0).at(0).toString().contains(QStringLiteral("keychain")));
            QCOMPARE(registry.credentials()->keychainState(), CredentialBroker::KeychainState::Unavailable);
            QTest::qWait(50);
            QCOMPARE(notices.count(), 1); // said once, not per call
        }
        {
            NoServiceKeychain keychain;
            ServerRegistry nextStart(nullptr, &keychain);
            QSignalSpy notices(&nextStart, &ServerRegistry::noticeRaised);
            // The notice goes out with the state change, or not at all.
            QTRY_COMPARE(nextStart.credentials()->keychainState(), CredentialBroker::KeychainState::Unavailable);
            QCOMPARE(notices.count(), 0);
        }
        {
            MemoryCredentialStore working;
            ServerRegistry withKeychain(nullptr, &working);
            QTRY_COMPARE(withKeychain.credentials()->keychainState(), CredentialBroker::KeychainState::Available);
        }
        NoServiceKeychain keychain;
        ServerRegistry lostAgain(nullptr, &keychain);
        QSignalSpy notices(&lostAgain, &ServerRegistry::noticeRaised);
        QTRY_COMPARE(notices.count(), 1);
    }

    void historyDirectoryRemovesExpiredFiles()
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
        ServerRegistry registry(nullptr, noKeychain);
        registry.setHistoryDirectory(dir.path()); // expiry runs as a Job, off this thread
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(stale), 5000);
        QVERIFY(QFileInfo::exists(fresh));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    TstServerRegistry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serverregistry.moc"
