#pragma once

#include <QString>

namespace dbpulse {
class LocalCluster;
}

namespace dbpulse::test {

/// \brief A streaming standby of a test's LocalCluster: `pg_basebackup -R` from the primary (over
/// its Unix socket, as a role with REPLICATION that the primary's pg_hba lets in for replication),
/// started in its own private directory on a port of its own, reachable only on its Unix socket.
/// Stopped and removed by the destructor; a watchdog removes it if the test process dies.
/// Blocking; test thread only.
class StandbyCluster
{
public:
    StandbyCluster() = default;
    ~StandbyCluster();
    StandbyCluster(const StandbyCluster &) = delete;
    StandbyCluster &operator=(const StandbyCluster &) = delete;

    /// Base-backs up \a primary as \a replicationRole and starts the copy as its standby, streaming
    /// through slot \a slot (created by pg_basebackup; empty: no slot). False with \a error.
    bool create(const LocalCluster &primary, const QString &replicationRole, const QString &slot, QString *error);
    /// Keyword/value settings that log the primary's superuser into \a database on the standby.
    QString conninfo(const QString &database = QStringLiteral("postgres")) const;
    QString serverLogTail() const;

private:
    bool run(const QString &tool, const QStringList &args, QString *error) const;
    void destroy();

    QString m_baseDir;
    QString m_binDir;
    QString m_user;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_started = false;
};

} // namespace dbpulse::test
