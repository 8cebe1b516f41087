// EXPLAIN ANALYZE really runs the statement it is given, usually another role's. Whatever that
// statement changes must be gone afterwards: explainStatement runs it in a read-only transaction
// that is rolled back. These cases run statements that write through it, on a table the sandbox
// role is allowed to write (so privileges are not what protects it), and check the table after.
#include "advisorfixture.h"

#include "core/advisor/explain.h"
#include "core/db/pgsession.h"
#include "core/db/sandbox.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QScopeGuard>
#include <QTest>

#include <libpq-fe.h>
#include <sys/select.h>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

const QString kDatabase = u"explain_rollback"_s;

// Granted to PUBLIC, as careless schemas do: the sandbox role may write this table.
const QStringList kSetup{
    u"CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL)"_s,
    u"INSERT INTO accounts VALUES (1, 'ann', 100), (2, 'bob', 200), (3, 'cyd', 300)"_s,
    u"CREATE TABLE audit (id serial PRIMARY KEY, account int, note text)"_s,
    u"GRANT SELECT, INSERT, UPDATE, DELETE ON accounts, audit TO PUBLIC"_s,
    u"GRANT USAGE ON SEQUENCE audit_id_seq TO PUBLIC"_s};

const QString kAccounts = u"1:ann:100,2:bob:200,3:cyd:300"_s;

// Reads a listener's notifications until \a sentinel arrives; returns the payloads before it.
// Notifications are delivered in commit order, so anything committed before the sentinel was
// sent is in the list. Empty with \a error set when the sentinel never came.
QStringList payloadsBefore(PGconn *listener, const QByteArray &sentinel, QString *error)
{
    QStringList payloads;
    for (int waits = 0; waits < 300; ++waits) {
        PQconsumeInput(listener);
        while (PGnotify *n = PQnotifies(listener)) {
            const QByteArray payload(n->extra);
            PQfreemem(n);
            if (payload == sentinel)
                return payloads;
            payloads << QString::fromUtf8(payload);
        }
        // Waits for the socket, not for a time: the timeout only bounds a failure.
        const int fd = PQsocket(listener);
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(fd, &readable);
        timeval tv{0, 100000};
        select(fd + 1, &readable, nullptr, nullptr, &tv);
    }
    *error = u"the sentinel notification never arrived"_s;
    return payloads;
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private:
    LocalCluster *m_cluster = nullptr;

    QString uri() const { return m_cluster->uri(kDatabase); }
    Target target() const { return *parseTarget(uri()).target; }

    QString accounts() const
    {
        return QString::fromUtf8(queryValue(uri(), "SELECT string_agg(id || ':' || owner || ':' || balance, ',' ORDER BY id)"
                                                    " FROM accounts"));
    }
    QString auditRows() const { return QString::fromUtf8(queryValue(uri(), "SELECT count(*) FROM audit")); }
    QString auditSequence() const
    {
        return QString::fromUtf8(queryValue(uri(), "SELECT last_value || ':' || is_called FROM audit_id_seq"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        m_cluster = cluster;
        const QString error = AdvisorFixture::prepare(cluster, kDatabase, kSetup, {}, 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The control: outside explainStatement's transaction, the sandbox role can change the table.
    // Without it an unchanged table below could mean only that the role lacked the privilege.
    void sandboxCouldWriteTheTable()
    {
        QString error;
        auto sandbox = openSandbox(uri(), sessionDefaults(SessionPurpose::Sandbox), &error);
        QVERIFY2(sandbox, qPrintable(error));
        QVERIFY2(sandbox->run(u"BEGIN TRANSACTION READ WRITE"_s, &error), qPrintable(error));
        QVERIFY2(sandbox->run(u"UPDATE accounts SET balance = 0 WHERE id = 1"_s, &error), qPrintable(error));
        QCOMPARE(sandbox->exec(u"SELECT balance FROM accounts WHERE id = 1"_s).rows.value(0).value(0).toInt(), 0);
        QVERIFY(sandbox->run(u"ROLLBACK"_s));
        QCOMPARE(accounts(), kAccounts);
    }

    void writingStatementLeavesTableUnchanged_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("insert") << u"INSERT INTO accounts VALUES (4, 'dee', 400)"_s;
        QTest::newRow("update") << u"UPDATE accounts SET balance = balance * 2"_s;
        QTest::newRow("delete") << u"DELETE FROM accounts WHERE id > 1"_s;
        QTest::newRow("data-modifying CTE")
            << u"WITH gone AS (DELETE FROM accounts WHERE balance >= 200 RETURNING id)"
               " INSERT INTO audit (account, note) SELECT id, 'deleted' FROM gone"_s;
        QTest::newRow("CTE under a SELECT")
            << u"WITH moved AS (UPDATE accounts SET owner = 'eve' RETURNING id) SELECT count(*) FROM moved"_s;
        // A normalised pg_stat_statements text goes through PREPARE … EXECUTE with NULLs.
        QTest::newRow("normalised update") << u"UPDATE accounts SET owner = 'eve' WHERE id = $1 OR $1 IS NULL"_s;
        QTest::newRow("insert with a sequence") << u"INSERT INTO audit (account, note) VALUES (1, 'x')"_s;
    }
    void writingStatementLeavesTableUnchanged()
    {
        QFETCH(QString, sql);
        const QString sequenceBefore = auditSequence();
        const ExplainResult result = explainStatement(target(), sql, true);
        // Nothing it did outlived the EXPLAIN: not a row, not a sequence value.
        QCOMPARE(accounts(), kAccounts);
        QCOMPARE(auditRows(), u"0"_s);
        QCOMPARE(auditSequence(), sequenceBefore);
        // It was refused by the read-only transaction before it wrote, and the user is told why.
        QVERIFY2(result.json.isEmpty(), qPrintable(result.json.left(400)));
        QVERIFY2(result.error.contains(u"read-only transaction"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"never run"_s), qPrintable(result.error));
    }

    // The read-only transaction lets a statement do what is not a write, e.g. queue a notification,
    // which only a COMMIT delivers. It ran (the plan is there), and nothing was delivered: the
    // transaction was rolled back, not committed.
    void transactionIsRolledBackNotCommitted()
    {
        PGconn *listener = PQconnectdb(uri().toUtf8().constData());
        const auto closeListener = qScopeGuard([&] { PQfinish(listener); });
        QVERIFY2(PQstatus(listener) == CONNECTION_OK, PQerrorMessage(listener));
        PQclear(PQexec(listener, "LISTEN dbpulse_explain_probe"));

        const ExplainResult result =
            explainStatement(target(), u"SELECT pg_catalog.pg_notify('dbpulse_explain_probe', 'from explain')"_s, true);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.json.contains(u"\"Actual Rows\": 1"_s), qPrintable(result.json.left(400)));

        PGconn *sender = PQconnectdb(uri().toUtf8().constData());
        const auto closeSender = qScopeGuard([&] { PQfinish(sender); });
        PQclear(PQexec(sender, "NOTIFY dbpulse_explain_probe, 'sentinel'"));
        QString error;
        const QStringList before = payloadsBefore(listener, "sentinel", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(before.isEmpty(), qPrintable(u"EXPLAIN ANALYZE committed: "_s + before.join(u", "_s)));
    }

    void cleanupTestCase()
    {
        if (m_cluster)
            AdvisorFixture::exec(m_cluster, u"postgres"_s, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(kDatabase));
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
