#include "core/demo/demoworkload.h"

#include "core/demo/demologging.h"

#include <libpq-fe.h>

#include <chrono>
#include <condition_variable>
#include <initializer_list>
#include <mutex>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;

namespace dbpulse {

struct DemoWorkload::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    std::atomic<bool> stopping{false};
    /// Client 0 holds a row lock on the "hot" product while this is set; others then queue on it.
    std::atomic<bool> hotLockHeld{false};
    qint64 maxCustomer = 1;
    qint64 maxProduct = 1;
    qint64 maxOrder = 1;
    std::atomic<quint64> *statements = nullptr;
    std::atomic<quint64> *errors = nullptr;
};

struct DemoWorkload::Client
{
    int index = 0;
    PGconn *conn = nullptr;
    std::mutex cancelMutex;
    PGcancel *cancel = nullptr; ///< guarded by cancelMutex: stop() uses it from the owner thread
    std::thread thread;
    std::shared_ptr<Shared> shared;
    std::mt19937_64 rng{std::random_device{}()};

    void run();
    bool exec(const char *sql, std::initializer_list<QByteArray> params = {}, QByteArray *firstValue = nullptr);
    /// Sleeps, but wakes at once on stop(); returns false when stopping.
    bool sleepMs(int ms);
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); }
    QByteArray randomId(qint64 max) { return QByteArray::number(std::uniform_int_distribution<qint64>(1, max)(rng)); }
    void recover();
    void oneStep(std::chrono::steady_clock::time_point &nextHold);
};

namespace {

constexpr const char *kStatuses[] = {"pending", "shipped", "delivered", "cancelled", "refunded"};
constexpr const char *kCategories[] = {"books", "games", "garden", "kitchen", "music",
                                       "office", "outdoor", "tools", "toys", "video"};

PGconn *connectClient(const QString &conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    const char *keys[] = {"dbname", "application_name", "connect_timeout", nullptr};
    const char *values[] = {info.constData(), DemoWorkload::applicationName, "10", nullptr};
    return PQconnectdbParams(keys, values, 1);
}

qint64 queryMax(PGconn *conn, const char *sql)
{
    PGresult *res = PQexec(conn, sql);
    qint64 value = 1;
    if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && !PQgetisnull(res, 0, 0))
        value = std::max<qint64>(1, QByteArray(PQgetvalue(res, 0, 0)).toLongLong());
    PQclear(res);
    return value;
}

} // namespace

DemoWorkload::DemoWorkload(const QString &conninfo, int clients)
    : m_conninfo(conninfo)
    , m_clientCount(std::max(1, clients))
{
}

DemoWorkload::~DemoWorkload()
{
    stop();
}

bool DemoWorkload::start(QString *error)
{
    if (isRunning())
        return true;
    m_shared = std::make_shared<Shared>();
    m_shared->statements = &m_statements;
    m_shared->errors = &m_errors;

    // Connect here rather than in the threads so a wrong conninfo is reported to the caller;
    // each PGconn is handed to its thread before first use and never touched here again.
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < m_clientCount; ++i) {
        auto client = std::make_unique<Client>();
        client->index = i;
        client->shared = m_shared;
        client->conn = connectClient(m_conninfo);
        if (PQstatus(client->conn) != CONNECTION_OK) {
            if (error)
                *error = u"workload: cannot connect: %1"_s.arg(QString::fromUtf8(PQerrorMessage(client->conn)).trimmed());
            PQfinish(client->conn);
            for (auto &c : clients)
                PQfinish(c->conn);
            return false;
        }
        PQclear(PQexec(client->conn, "SET statement_timeout = '15s'"));
        client->cancel = PQgetCancel(client->conn);
        clients.push_back(std::move(client));
    }
    m_shared->maxCustomer = queryMax(clients.front()->conn, "SELECT max(id) FROM customers");
    m_shared->maxProduct = queryMax(clients.front()->conn, "SELECT max(id) FROM products");
    m_shared->maxOrder = queryMax(clients.front()->conn, "SELECT max(id) FROM orders");

    m_clients = std::move(clients);
    for (auto &client : m_clients)
        client->thread = std::thread([c = client.get()] { c->run(); });
    qCInfo(lcDemo) << "workload started with" << m_clientCount << "clients";
    return true;
}

void DemoWorkload::stop()
{
    if (m_clients.empty())
        return;
    m_shared->stopping = true;
    m_shared->wake.notify_all();
    for (auto &client : m_clients) {
        std::lock_guard lock(client->cancelMutex);
        if (client->cancel) {
            char buf[256];
            PQcancel(client->cancel, buf, sizeof buf);
        }
    }
    for (auto &client : m_clients) {
        if (client->thread.joinable())
            client->thread.join();
    }
    m_clients.clear();
    qCInfo(lcDemo) << "workload stopped after" << m_statements.load() << "statements";
}

bool DemoWorkload::Client::sleepMs(int ms)
{
    std::unique_lock lock(shared->mutex);
    return !shared->wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return shared->stopping.load(); });
}

bool DemoWorkload::Client::exec(const char *sql, std::initializer_list<QByteArray> params, QByteArray *firstValue)
{
    if (shared->stopping)
        return false;
    std::vector<const char *> values;
    for (const QByteArray &p : params)
        values.push_back(p.constData());
    PGresult *res = PQexecParams(conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(res);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (ok) {
        ++*shared->statements;
        if (firstValue && PQntuples(res) > 0)
            *firstValue = PQgetvalue(res, 0, 0);
    } else {
        ++*shared->errors;
        if (!shared->stopping)
            qCDebug(lcDemo) << "client" << index << "statement failed:" << PQresultErrorMessage(res);
    }
    PQclear(res);
    return ok;
}

void DemoWorkload::Client::recover()
{
    if (PQstatus(conn) == CONNECTION_BAD) {
        // The server went away (tests stop it on purpose): retry quietly until it is back.
        while (sleepMs(1000)) {
            PQreset(conn);
            if (PQstatus(conn) == CONNECTION_OK) {
                PQclear(PQexec(conn, "SET statement_timeout = '15s'"));
                std::lock_guard lock(cancelMutex);
                PQfreeCancel(cancel);
                cancel = PQgetCancel(conn);
                return;
            }
        }
        return;
    }
    if (PQtransactionStatus(conn) != PQTRANS_IDLE)
        PQclear(PQexec(conn, "ROLLBACK"));
}

void DemoWorkload::Client::oneStep(std::chrono::steady_clock::time_point &nextHold)
{
    const int dice = between(0, 99);
    const QByteArray customer = randomId(shared->maxCustomer);
    const QByteArray product = randomId(shared->maxProduct);
    const QByteArray order = randomId(shared->maxOrder);
    const QByteArray status = kStatuses[between(0, 4)];

    if (index == 0 && std::chrono::steady_clock::now() >= nextHold) {
        // The "stock sync" job: holds the hot row while idle in transaction; others wait on it.
        nextHold = std::chrono::steady_clock::now() + std::chrono::milliseconds(between(8000, 12000));
        if (exec("BEGIN") && exec("UPDATE products SET stock = stock - 1 WHERE id = 1")) {
            shared->hotLockHeld = true;
            sleepMs(between(1500, 3000));
            shared->hotLockHeld = false;
            exec("COMMIT");
        }
        return;
    }
    if (index != 0 && shared->hotLockHeld && dice < 30) {
        exec("UPDATE products SET stock = stock + 1 WHERE id = 1");
    } else if (dice < 45) {
        if (exec("SELECT id, email, name, country FROM customers WHERE id = $1", {customer})
            && exec("SELECT id, sku, name, price, stock FROM products WHERE id = $1", {product}))
            exec("SELECT id, customer_id, status, total FROM orders WHERE id = $1", {order});
    } else if (dice < 63) {
        exec("SELECT o.id, o.status, o.total, count(oi.id) AS items "
             "FROM orders o JOIN order_items oi ON oi.order_id = o.id "
             "WHERE o.customer_id = $1 GROUP BY o.id ORDER BY o.created_at DESC LIMIT 20",
             {customer});
    } else if (dice < 68) {
        exec("SELECT id, name, price FROM products WHERE category = $1 ORDER BY price LIMIT 20",
             {QByteArray(kCategories[between(0, 9)])});
    } else if (dice < 70) {
        // Slow on purpose (~50–300 ms): hash joins over all order items.
        exec("SELECT p.category, count(*), count(DISTINCT o.customer_id) AS buyers, "
             "sum(oi.quantity * oi.unit_price) AS revenue "
             "FROM orders o JOIN order_items oi ON oi.order_id = o.id "
             "JOIN products p ON p.id = oi.product_id "
             "WHERE o.status = $1 GROUP BY p.category ORDER BY revenue DESC",
             {status});
    } else if (dice < 74) {
        // No index on (status, created_at): a sequential scan every time — for the advisor.
        exec("SELECT count(*), sum(total) FROM orders "
             "WHERE status = $1 AND created_at BETWEEN now() - $2::interval AND now()",
             {status, QByteArray::number(between(7, 90)) + " days"});
    } else if (dice < 88) {
        QByteArray newOrder;
        const bool ok = exec("BEGIN")
            && exec("INSERT INTO orders (customer_id, status) VALUES ($1, 'pending') RETURNING id", {customer}, &newOrder)
            && exec("INSERT INTO order_items (order_id, product_id, quantity, unit_price) "
                    "SELECT $1, id, $3, price FROM products WHERE id = $2",
                    {newOrder, product, QByteArray::number(between(1, 3))})
            && exec("UPDATE orders SET total = (SELECT coalesce(sum(quantity * unit_price), 0) "
                    "FROM order_items WHERE order_id = $1) WHERE id = $1", {newOrder})
            && exec("INSERT INTO payments (order_id, amount, method, status) "
                    "SELECT id, total, 'card', 'captured' FROM orders WHERE id = $1", {newOrder})
            && exec("COMMIT");
        if (!ok)
            recover();
    } else if (dice < 94) {
        exec("UPDATE orders SET status = $2, updated_at = now() WHERE id = $1", {order, status});
    } else if (dice < 97) {
        // A checkout that changes its mind.
        if (exec("BEGIN") && exec("UPDATE payments SET status = 'refunded' WHERE id = $1", {order}))
            exec("ROLLBACK");
    } else {
        // A client that forgets to commit for a moment.
        if (exec("BEGIN") && exec("SELECT id, status FROM orders WHERE id = $1 FOR UPDATE", {order})) {
            sleepMs(between(500, 1500));
            exec("COMMIT");
        }
    }
}

void DemoWorkload::Client::run()
{
    auto nextHold = std::chrono::steady_clock::now() + std::chrono::milliseconds(between(2000, 4000));
    while (!shared->stopping) {
        oneStep(nextHold);
        if (shared->stopping)
            break;
        if (PQstatus(conn) == CONNECTION_BAD || PQtransactionStatus(conn) != PQTRANS_IDLE)
            recover();
        sleepMs(between(80, 250));
    }
    {
        std::lock_guard lock(cancelMutex);
        PQfreeCancel(cancel);
        cancel = nullptr;
    }
    PQfinish(conn);
    conn = nullptr;
}

} // namespace dbpulse
