// The one hardened session type: what every purpose pins, whatever the database or role set.
#include "core/db/pgsession.h"
#include "core/db/sessionadmin.h"
#include "core/db/target.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QTest>

using namespace Qt::StringLiterals;
using dbpulse::PgSession;
using dbpulse::SessionPurpose;

Q_DECLARE_METATYPE(dbpulse::SessionPurpose)

class tst_PgSession : public QObject
{
    Q_OBJECT

private:
    QString m_uri;

    QString value(PgSession &session, const QString &sql)
    {
        const auto r = session.exec(sql);
        return r.ok && !r.rows.isEmpty() ? r.rows.at(0).at(0).toString() : u"error: "_s + r.error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        dbpulse::test::PlainConnection admin(cluster->uri());
        admin.exec(u"DROP DATABASE IF EXISTS pinned"_s);
        QCOMPARE(admin.exec(u"CREATE DATABASE pinned"_s), QString());
        // What a database owner may do: put a writable schema first, make everything writable.
        QCOMPARE(admin.exec(u"ALTER DATABASE pinned SET search_path = public, pg_catalog"_s), QString());
        QCOMPARE(admin.exec(u"ALTER DATABASE pinned SET default_transaction_read_only = off"_s), QString());
        m_uri = cluster->uri(u"pinned"_s);
    }

    void pinsEverySession_data()
    {
        QTest::addColumn<SessionPurpose>("purpose");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("rowSecurity");
        QTest::addColumn<QString>("application");
        QTest::newRow("monitor") << SessionPurpose::Monitor << true << u"off"_s << u"dbpulse"_s;
        QTest::newRow("advisor") << SessionPurpose::Advisor << true << u"off"_s << u"dbpulse-advisor"_s;
        QTest::newRow("doctor") << SessionPurpose::Doctor << true << u"off"_s << u"dbpulse-doctor"_s;
        QTest::newRow("backup") << SessionPurpose::Backup << false << u"off"_s << u"dbpulse-backup"_s;
        QTest::newRow("migrate") << SessionPurpose::Migrate << false << u"on"_s << u"dbpulse-migrate"_s;
        QTest::newRow("admin") << SessionPurpose::Admin << false << u"off"_s << u"dbpulse-admin"_s;
        QTest::newRow("sandbox") << SessionPurpose::Sandbox << true << u"off"_s << u"dbpulse-sandbox"_s;
    }
    void pinsEverySession()
    {
        QFETCH(SessionPurpose, purpose);
        QFETCH(bool, readOnly);
        QFETCH(QString, rowSecurity);
        QFETCH(QString, application);
        QString error;
        auto session = PgSession::open(m_uri, {}, dbpulse::sessionDefaults(purpose), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(value(*session, u"SHOW search_path"_s), u"pg_catalog, pg_temp"_s);
        QCOMPARE(session->originalSearchPath(), u"public, pg_catalog"_s);
        QCOMPARE(value(*session, u"SHOW transaction_read_only"_s), readOnly ? u"on"_s : u"off"_s);
        QCOMPARE(value(*session, u"SHOW row_security"_s), rowSecurity);
        QCOMPARE(value(*session, u"SHOW application_name"_s), application);
        // A backup's snapshot transaction waits, idle, for pg_dump; every other session gives up.
        QCOMPARE(value(*session, u"SHOW idle_in_transaction_session_timeout"_s) == u"0"_s,
                 purpose == SessionPurpose::Backup);
        if (readOnly) {
            QCOMPARE(value(*session, u"SHOW statement_timeout"_s), u"5s"_s);
            QCOMPARE(value(*session, u"SHOW lock_timeout"_s), u"2s"_s);
            QVERIFY(!session->exec(u"CREATE TABLE written(x int)"_s).ok);
        }
    }

    // A saved connection's or a URI's own application_name follows ours: the session still says
    // it is DB Pulse's (and which part), and whose.
    void userApplicationNameFollowsOurs()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = m_uri + (m_uri.contains(u'?') ? u"&"_s : u"?"_s) + u"application_name=jane%40ops"_s;
        QString error;
        auto advisor = PgSession::open(uri, {}, dbpulse::sessionDefaults(SessionPurpose::Advisor), &error);
        QVERIFY2(advisor, qPrintable(error));
        QCOMPARE(value(*advisor, u"SHOW application_name"_s), u"dbpulse-advisor (jane@ops)"_s);
        auto plain = PgSession::open(m_uri, {}, dbpulse::sessionDefaults(SessionPurpose::Advisor), &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(value(*plain, u"SHOW application_name"_s), u"dbpulse-advisor"_s);
    }

    void quotesIdentifiersAndFindsExtensions()
    {
        QString error;
        auto session = PgSession::open(m_uri, {}, dbpulse::sessionDefaults(SessionPurpose::Advisor), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->quoteIdent(u"Odd \"name\""_s), u"\"Odd \"\"name\"\"\""_s);
        QCOMPARE(session->quoteIdentIfNeeded(u"orders"_s), u"orders"_s);
        QCOMPARE(session->quoteIdentIfNeeded(u"user"_s), u"\"user\""_s);
        QCOMPARE(session->extensionSchema(u"no_such_extension"_s), QString());
        QCOMPARE(session->extensionObject(u"plpgsql"_s, u"x"_s), u"\"pg_catalog\".\"x\""_s);
    }

    void connectErrorsNeverShowThePassword()
    {
        QString error;
        QString uri = m_uri;
        uri.replace(u"dbpulse@"_s, u"dbpulse:Secr3t-pw@"_s);
        uri.replace(u"/pinned"_s, u"/no_such_database"_s);
        auto session = PgSession::open(uri, u"Other-Secr3t"_s, dbpulse::sessionDefaults(SessionPurpose::Monitor), &error);
        QVERIFY(!session);
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(u"Secr3t"_s), qPrintable(error));
    }

    // Cancel/terminate name a backend by pid and start time: a stale start time (the pid reused by
    // a new session since the list was read) signals nothing and says so.
    void signalNamesOneBackend()
    {
        dbpulse::test::PlainConnection victim(m_uri);
        QVERIFY(victim.ok());
        const dbpulse::Target target = *dbpulse::parseTarget(m_uri).target;
        const dbpulse::BackendList list = dbpulse::listBackends(target, {});
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        dbpulse::BackendRow row;
        for (const dbpulse::BackendRow &r : list.rows) {
            if (r.pid == victim.pid())
                row = r;
        }
        QVERIFY(!row.backendStart.isEmpty());
        const QString stale = dbpulse::signalBackend(target, {}, row.pid, u"1.5"_s, true);
        QVERIFY2(stale.contains(u"already ended"_s), qPrintable(stale));
        QCOMPARE(victim.exec(u"SELECT 1"_s), QString()); // still alive
        QCOMPARE(dbpulse::signalBackend(target, {}, row.pid, row.backendStart, true), QString());
        QVERIFY(!victim.exec(u"SELECT 1"_s).isEmpty()); // terminated
    }
};

QTEST_GUILESS_MAIN(tst_PgSession)
#include "tst_pgsession.moc"
