#include "tests/support/plantedproblems.h"

#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"

#include <QElapsedTimer>
#include <QThread>

namespace dbpulse::test {

PlantedProblems::PlantedProblems(const QString &uri)
{
    if (!plant(uri) && m_error.isEmpty())
        m_error = QStringLiteral("planting failed");
}

PlantedProblems::~PlantedProblems() = default;

bool PlantedProblems::plant(const QString &uri)
{
    m_setup = std::make_unique<PlainConnection>(uri);
    if (!m_setup->ok()) {
        m_error = m_setup->error();
        return false;
    }
    const auto step = [this](const QString &sql) {
        const QString err = m_setup->exec(sql);
        if (!err.isEmpty())
            m_error = sql.left(60) + QStringLiteral("…: ") + err;
        return err.isEmpty();
    };
    QString error;
    m_user = QString::fromUtf8(queryValue(uri, "SELECT current_user", &error));
    m_database = QString::fromUtf8(queryValue(uri, "SELECT current_database()", &error));
    if (m_user.isEmpty() || m_database.isEmpty()) {
        m_error = error;
        return false;
    }
    // One statement each: the dead rows must be deleted by their own transaction.
    const QStringList statements{
        // Planting (the lock-wait polling repeats) must not turn up as a query-budget finding.
        QStringLiteral("SET pg_stat_statements.track = 'none'"),
        // Three of fifty rows point at no parent; the key was added NOT VALID, so nothing noticed.
        QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE child (id int PRIMARY KEY, parent_id int)"),
        QStringLiteral("INSERT INTO parent SELECT generate_series(1, 10)"),
        QStringLiteral("INSERT INTO child SELECT g, CASE WHEN g <= 3 THEN 1000 + g ELSE 1 END FROM generate_series(1, 50) g"),
        QStringLiteral("ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent NOT VALID"),
        QStringLiteral("CREATE TABLE accounts (id int PRIMARY KEY, email text)"),
        QStringLiteral("INSERT INTO accounts VALUES (1, 'a@example.org'), (2, 'a@example.org')"),
        QStringLiteral("CREATE TABLE churn (id int PRIMARY KEY, v text) WITH (autovacuum_enabled = off)"),
        QStringLiteral("INSERT INTO churn SELECT g, 'x' FROM generate_series(1, 20000) g"),
        QStringLiteral("DELETE FROM churn WHERE id > 5000"),
        QStringLiteral("CREATE TABLE chain_a (id int PRIMARY KEY, v int)"),
        QStringLiteral("INSERT INTO chain_a VALUES (1, 0)"),
        QStringLiteral("CREATE TABLE chain_b (id int PRIMARY KEY, v int)"),
        QStringLiteral("INSERT INTO chain_b VALUES (1, 0)"),
    };
    for (const QString &sql : statements) {
        if (!step(sql))
            return false;
    }
    // The duplicate emails make the build fail after the index was created: it stays INVALID.
    if (!m_setup->exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email)"))
             .contains(QLatin1String("duplicate"))) {
        m_error = QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY did not fail on duplicates");
        return false;
    }
    // The dead rows must be in the statistics before the doctor looks.
    if (!step(QStringLiteral("SELECT pg_stat_force_next_flush()")) || !step(QStringLiteral("SELECT 1")))
        return false;

    m_idle = std::make_unique<PlainConnection>(uri);
    m_blocker = std::make_unique<PlainConnection>(uri);
    m_middle = std::make_unique<PlainConnection>(uri);
    m_tail = std::make_unique<PlainConnection>(uri);
    m_sleeper = std::make_unique<PlainConnection>(uri);
    for (PlainConnection *s : {m_idle.get(), m_blocker.get(), m_middle.get(), m_tail.get(), m_sleeper.get()}) {
        if (!s->ok()) {
            m_error = s->error();
            return false;
        }
    }
    if (!m_idle->exec(QStringLiteral("BEGIN; SELECT 1")).isEmpty()
        || !m_blocker->exec(QStringLiteral("BEGIN; UPDATE chain_a SET v = 1 WHERE id = 1")).isEmpty()) {
        m_error = QStringLiteral("could not open the idle transactions");
        return false;
    }
    // B takes chain_b's row, then waits for A's; C then waits for B's: C ← B ← A.
    if (!m_middle->send(QStringLiteral("BEGIN; UPDATE chain_b SET v = 1 WHERE id = 1; UPDATE chain_a SET v = 2 WHERE id = 1"))
        || !waitForLockWait(m_middle->pid()) || !m_tail->send(QStringLiteral("UPDATE chain_b SET v = 3 WHERE id = 1"))
        || !waitForLockWait(m_tail->pid())) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("the lock chain did not form");
        return false;
    }
    if (!m_sleeper->send(QStringLiteral("SELECT pg_sleep(600)"))) {
        m_error = m_sleeper->error();
        return false;
    }
    return true;
}

bool PlantedProblems::waitForLockWait(int pid)
{
    // exec() reports only errors, so the question is a statement that fails until the answer is yes.
    const QString sql = QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = %1"
                                       " AND wait_event_type = 'Lock') THEN RAISE EXCEPTION 'not yet'; END IF; END $$").arg(pid);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        if (m_setup->exec(sql).isEmpty())
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("pid %1 never waited for a lock").arg(pid);
    return false;
}

QList<ExpectedFinding> PlantedProblems::expected() const
{
    const auto session = [this](const PlainConnection &s) { return QStringLiteral("pid %1 (%2@%3)").arg(s.pid()).arg(m_user, m_database); };
    const auto blocked = [](const PlainConnection &waiter, const PlainConnection &holder) {
        return QStringLiteral("pid %1 blocked by pid %2").arg(waiter.pid()).arg(holder.pid());
    };
    return {
        {QStringLiteral("idle_in_transaction"), Severity::Warning, session(*m_idle)},
        {QStringLiteral("idle_in_transaction"), Severity::Warning, session(*m_blocker)},
        {QStringLiteral("long_queries"), Severity::Warning, session(*m_middle)},
        {QStringLiteral("long_queries"), Severity::Warning, session(*m_tail)},
        {QStringLiteral("long_queries"), Severity::Warning, session(*m_sleeper)},
        {QStringLiteral("blocking_locks"), Severity::Warning, blocked(*m_middle, *m_blocker)},
        {QStringLiteral("blocking_locks"), Severity::Warning, blocked(*m_tail, *m_middle)},
        {QStringLiteral("invalid_indexes"), Severity::Warning, QStringLiteral("public.accounts_email_key")},
        {QStringLiteral("not_valid_constraints"), Severity::Warning, QStringLiteral("child_parent_fk on public.child")},
        {QStringLiteral("orphan_rows"), Severity::Critical, QStringLiteral("child_parent_fk on public.child")},
        {QStringLiteral("dead_tuples"), Severity::Critical, QStringLiteral("public.churn")},
        {QStringLiteral("autovacuum_lag"), Severity::Warning, QStringLiteral("public.churn")},
    };
}

QList<int> PlantedProblems::pids() const
{
    return {m_idle->pid(), m_blocker->pid(), m_middle->pid(), m_tail->pid(), m_sleeper->pid()};
}

int PlantedProblems::blockerPid() const
{
    return m_blocker->pid();
}

int PlantedProblems::middlePid() const
{
    return m_middle->pid();
}

int PlantedProblems::tailPid() const
{
    return m_tail->pid();
}

QByteArray PlantedProblems::fastThresholdsJson()
{
    return R"({"idle_in_transaction_warning_s": 2, "long_query_warning_s": 2, "lock_wait_warning_s": 2})";
}

} // namespace dbpulse::test
