#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace dbpulse {

/// \brief A background "shop" traffic generator for the demo database: each client is a
/// std::thread with its own blocking PGconn (application_name applicationName) running point
/// lookups, joins, slow aggregates, order/payment writes, rollbacks, short idle-in-transaction
/// periods and lock waits between clients, with sleeps so it stays light (a few % CPU).
/// start()/stop() are called from one owning thread (CLI main thread, test); they block briefly.
class DemoWorkload
{
public:
    /// \a conninfo is a libpq URI or key=value string of the seeded demo database.
    explicit DemoWorkload(const QString &conninfo, int clients = 4);
    /// The shop's own application, not DB Pulse: the Sessions view greys only names starting with
    /// "dbpulse" (our own sessions), and the demo's traffic is what there is to look at.
    static constexpr const char *applicationName = "demo-shop-app";
    ~DemoWorkload();
    DemoWorkload(const DemoWorkload &) = delete;
    DemoWorkload &operator=(const DemoWorkload &) = delete;

    /// Connects every client (blocking, so errors are reported here) and starts the threads.
    bool start(QString *error);
    /// Cancels running statements (PQcancel) and joins the threads; returns within ~1 s.
    void stop();
    bool isRunning() const { return !m_clients.empty(); }

    /// Statements completed by all clients so far; any thread.
    quint64 statementsExecuted() const { return m_statements.load(); }
    /// Statements that failed (cancelled, lost connection, deadlock); any thread.
    quint64 statementErrors() const { return m_errors.load(); }

    struct Shared;
    struct Client;

private:
    QString m_conninfo;
    int m_clientCount = 4;
    std::shared_ptr<Shared> m_shared;
    std::vector<std::unique_ptr<Client>> m_clients;
    std::atomic<quint64> m_statements{0};
    std::atomic<quint64> m_errors{0};
};

} // namespace dbpulse
