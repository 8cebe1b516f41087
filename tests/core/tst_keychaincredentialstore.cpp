// Runs against the real Secret Service when the session has one (CI starts gnome-keyring under
// dbus-run-session); otherwise the round trip is skipped with the reason. The "no bus" case always
// runs, in a child process whose environment has no session bus at all.
#include "core/credentials/keychaincredentialstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QElapsedTimer>
#include <cstdio>

using namespace dbpulse;

namespace {

constexpr auto probeEnv = "DBPULSE_KEYCHAIN_PROBE";

// QTRY_* macros return void on failure; wrap for a value-returning helper.
#define QTRY_VERIFY_WITH_TIMEOUT_OR_RETURN(expr, timeout)                                         \
    do {                                                                                          \
        QElapsedTimer t;                                                                          \
        t.start();                                                                                \
        while (!(expr) && t.elapsed() < (timeout))                                                \
            QTest::qWait(20);                                                                     \
        if (!(expr))                                                                              \
            return CredentialResult{CredentialResult::Status::Error, {}, QStringLiteral("timeout")}; \
    } while (false)

CredentialResult waitFor(const std::function<void(CredentialStore::Callback)> &call)
{
    std::optional<CredentialResult> result;
    call([&result](const CredentialResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT_OR_RETURN(result.has_value(), 20000);
    return *result;
}


const char *statusName(CredentialResult::Status s)
{
    switch (s) {
    case CredentialResult::Status::Ok: return "ok";
    case CredentialResult::Status::NotFound: return "notfound";
    case CredentialResult::Status::Unavailable: return "unavailable";
    case CredentialResult::Status::Error: return "error";
    }
    return "?";
}

} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripInRealKeychain()
    {
        KeychainCredentialStore store(QStringLiteral("dbpulse-test"));
        const QString key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("pä$$wörd 'quoted'");

        const CredentialResult written = waitFor([&](auto cb) { store.writePassword(key, secret, cb); });
        if (written.status == CredentialResult::Status::Unavailable) {
            if (qEnvironmentVariableIntValue("DBPULSE_REQUIRE_KEYCHAIN"))
                QFAIL(qPrintable(QStringLiteral("keychain required but unavailable: ") + written.error));
            QSKIP(qPrintable(QStringLiteral("no Secret Service in this session (%1); run the tests through "
                                            "scripts/with-keyring to cover it").arg(written.error)));
        }
        QVERIFY2(written.status == CredentialResult::Status::Ok, qPrintable(written.error));

        const CredentialResult read = waitFor([&](auto cb) { store.readPassword(key, cb); });
        QCOMPARE(statusName(read.status), "ok");
        QCOMPARE(read.password, secret);

        QCOMPARE(statusName(waitFor([&](auto cb) { store.removePassword(key, cb); }).status), "ok");
        QCOMPARE(statusName(waitFor([&](auto cb) { store.readPassword(key, cb); }).status), "notfound");
    }

    void noSessionBusMeansUnavailable()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/nonexistent-dbpulse-test"));
        env.insert(QString::fromLatin1(probeEnv), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QVERIFY2(out.startsWith(QLatin1String("unavailable")), qPrintable(out));
    }

    void sessionStoreKeepsInMemory()
    {
        MemoryCredentialStore store;
        QCOMPARE(statusName(waitFor([&](auto cb) { store.readPassword(QStringLiteral("k"), cb); }).status), "notfound");
        waitFor([&](auto cb) { store.writePassword(QStringLiteral("k"), QStringLiteral("pw"), cb); });
        QCOMPARE(waitFor([&](auto cb) { store.readPassword(QStringLiteral("k"), cb); }).password, QStringLiteral("pw"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(probeEnv)) {
        // Child mode: one read without a session bus; print what the store reported.
        KeychainCredentialStore store(QStringLiteral("dbpulse-test"));
        const CredentialResult r = waitFor([&](auto cb) { store.readPassword(QStringLiteral("probe"), cb); });
        printf("%s %s\n", statusName(r.status), qPrintable(r.error));
        return 0;
    }
    TestKeychainCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaincredentialstore.moc"
