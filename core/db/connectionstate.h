#pragma once

#include "core/db/waitsplit.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace dbpulse {

/// \brief Where a monitored server's worker stands. Emitted across threads as ConnectionStatus.
enum class ConnectionState { Disconnected, Connecting, Connected, Reconnecting, Failed };

struct ConnectionStatus
{
    ConnectionState state = ConnectionState::Disconnected;
    QString error;          ///< libpq's/SQLite's message for Reconnecting and Failed
    int attempt = 0;        ///< reconnect attempts since the last success
    int retryInMs = 0;      ///< delay before the next attempt (Reconnecting)
    QDateTime nextAttemptAt; ///< when the next attempt starts (Reconnecting), for a countdown

    /// True when the server refused for lack of a (correct) password: ask the user for one. On a
    /// first connection that ends in Failed; a session that was connected keeps Reconnecting
    /// (the password may come back, e.g. in ~/.pgpass), but the question is the same.
    bool needsPassword() const;
};

QString connectionStateName(ConnectionState state); ///< "connected", "reconnecting", …

/// \brief Static facts about a server, sent once per (re)connection.
struct ServerInfo
{
    QString product;        ///< "PostgreSQL" or "SQLite"
    QString version;        ///< "15.18"
    int versionNumber = 0;  ///< 150018
    QDateTime startedAt;    ///< postmaster start (PostgreSQL); invalid for SQLite
    QString database;
    QString user;
    QString host;           ///< host:port or the SQLite file path
    qint64 sizeBytes = -1;  ///< database size; -1 unknown
    QString link;           ///< "TLS (…)" or "unencrypted" (PostgreSQL); empty for SQLite
    QString linkWarning;    ///< set when the link is unencrypted to another machine
    bool linkEncrypted = false; ///< the link is TLS (PQsslInUse)
    /// pg_control_system()'s system_identifier (PostgreSQL); empty when not readable. With
    /// \c startedAt it tells two connections to the same server (a standby shares the identifier).
    QString systemIdentifier;
    /// The size of every database of the server that takes connections and that the role may
    /// size (PostgreSQL), read with the rest at connect; by database name.
    QMap<QString, qint64> databaseSizes;
};

/// \brief One sample of pg_stat_activity by state, for the connections chart.
struct ActivitySample
{
    QDateTime time;          ///< when the sample was taken (server clock)
    int total = 0;
    int active = 0;
    int idle = 0;
    int idleInTransaction = 0;
    int waiting = 0;         ///< active and waiting on any wait event (lock, LWLock, IO…); NOT counted in \c active
    WaitSplit waitingByType; ///< \c waiting by wait event type; empty with \c waiting > 0: not recorded (older history)
    int other = 0;           ///< fastpath, disabled, background workers…
    int maxConnections = 0;
};

} // namespace dbpulse

Q_DECLARE_METATYPE(dbpulse::ConnectionStatus)
Q_DECLARE_METATYPE(dbpulse::ServerInfo)
Q_DECLARE_METATYPE(dbpulse::ActivitySample)
