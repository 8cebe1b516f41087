// No command prints a password it was given, whatever is wrong with the target: libpq quotes the
// conninfo token it could not parse, and that token can be the password itself.
#include "core/db/secretmask.h"
#include "tests/support/clirun.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Secrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksTheQuotedToken()
    {
        const QString uri = u"postgresql://u:Secr3t%zz@db1/app"_s;
        QCOMPARE(dbpulse::maskSecretsOf(u"invalid percent-encoded token: \"Secr3t%zz\""_s, uri),
                 u"invalid percent-encoded token: \"***\""_s);
        QCOMPARE(dbpulse::maskSecretsOf(u"bad: pa ss"_s, u"host=db1 password='pa ss'"_s), u"bad: ***"_s);
        QCOMPARE(dbpulse::maskSecretsOf(u"no secret here"_s, u"host=db1"_s), u"no secret here"_s);
    }

    void savedTargetsLoseTheirSecrets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("saved");
        QTest::newRow("URI userinfo") << u"postgresql://ops:Secr3t@db1:5432/app"_s << u"postgresql://ops@db1:5432/app"_s;
        QTest::newRow("URI parameter first")
            << u"postgresql://ops@db1/app?password=Secr3t&sslmode=require"_s << u"postgresql://ops@db1/app?sslmode=require"_s;
        QTest::newRow("URI parameter last")
            << u"postgresql://ops@db1/app?sslmode=require&password=Secr3t"_s << u"postgresql://ops@db1/app?sslmode=require"_s;
        QTest::newRow("keywords") << u"host=db1 password='Sec r3t' sslpassword=Secr3t dbname=app"_s << u"host=db1 dbname=app"_s;
        QTest::newRow("nothing secret") << u"@prod"_s << u"@prod"_s;
    }
    void savedTargetsLoseTheirSecrets()
    {
        QFETCH(QString, target);
        QFETCH(QString, saved);
        QCOMPARE(dbpulse::withoutSecrets(target), saved);
    }

    void noCommandPrintsThePassword_data()
    {
        QTest::addColumn<QString>("target");
        // Unreachable on purpose (port 1): every path that reports a target error is exercised.
        QTest::newRow("bad percent-encoding in the URI password") << u"postgresql://u:Secr3t%zz@127.0.0.1:1/db"_s;
        QTest::newRow("unterminated quoted keyword password") << u"host=127.0.0.1 port=1 password='Secr3t"_s;
        QTest::newRow("bad option after a URI password") << u"postgresql://u:Secr3t@127.0.0.1:1/db?sslmode=bogus"_s;
        QTest::newRow("password as a URI parameter") << u"postgresql://u@127.0.0.1:1/db?password=Secr3t%zz"_s;
        QTest::newRow("unreachable server") << u"postgresql://u:Secr3t@127.0.0.1:1/db"_s;
        QTest::newRow("mistyped scheme") << u"postgresq://u:Secr3t@127.0.0.1:1/db"_s;
        QTest::newRow("keyword without =") << u"host=127.0.0.1 port=1 password Secr3t"_s;
    }
    void noCommandPrintsThePassword()
    {
        QFETCH(QString, target);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<QStringList> commands = {
            {u"check"_s, target},
            {u"watch"_s, target, u"--duration"_s, u"1"_s},
            {u"indexes"_s, target},
            {u"doctor"_s, target},
            {u"sandbox"_s, u"status"_s, target},
            {u"backup"_s, target, u"--out"_s, dir.path()},
            {u"migrate"_s, u"status"_s, target, u"--dir"_s, dir.path()},
        };
        // What the commands keep between runs (the doctor's budget history, say) goes to a data
        // folder of this test's own, never into the user's.
        QTemporaryDir dataHome;
        QVERIFY(dataHome.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dataHome.path());
        for (const QStringList &args : commands) {
            const auto run = dbpulse::test::runCli(args, 60000, env);
            QVERIFY2(run.exitCode != 0, qPrintable(args.first() + u" succeeded against an unreachable target"_s));
            QVERIFY2(!run.err.isEmpty() || !run.out.isEmpty(), qPrintable(args.first() + u" said nothing"_s));
            QVERIFY2(!(run.out + run.err).contains(u"Secr3t"_s),
                     qPrintable(args.first() + u" printed the password: "_s + run.out + run.err));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
