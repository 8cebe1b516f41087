#pragma once

#include <QString>

namespace dbpulse {

/// \brief What a PgConnection needs to open: the conninfo plus what DB Pulse adds to every session.
struct ConnectParams
{
    QString conninfo;                    ///< URI or keyword/value string; PG* env, pgpass, service apply
    QString password;                    ///< from the keychain or a prompt; empty: let libpq find one
    QString sslPassword;                 ///< the client key's passphrase (libpq sslpassword); memory only
    QString applicationName = QStringLiteral("dbpulse");
    int connectTimeoutMs = 10000;        ///< enforced by PgConnection itself (PQconnectPoll has none)
    int statementTimeoutMs = 5000;       ///< set on the session once connected; 0: leave the server's
    bool readOnly = true;                ///< default_transaction_read_only for monitoring sessions
};

} // namespace dbpulse
