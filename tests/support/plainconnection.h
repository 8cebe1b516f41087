#pragma once

#include <QString>

struct pg_conn;

namespace dbpulse::test {

/// \brief A plain libpq session for tests to plant problems with: its own backend, kept open as
/// long as the object lives. A statement sent without waiting (a long query, a lock wait) is
/// cancelled when the object goes, so it cannot outlive the test on the server.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &uri);
    ~PlainConnection();
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;

    bool ok() const;
    QString error() const;
    int pid() const;
    /// Runs \a sql; returns the error text, empty on success.
    QString exec(const QString &sql);
    /// Starts \a sql without waiting for it (a long query, a lock wait).
    bool send(const QString &sql);

private:
    pg_conn *m_conn;
    bool m_sent = false;
};

} // namespace dbpulse::test
