#pragma once

#include <QString>

struct pg_conn;

namespace dbpulse {

/// \brief Whether a live PostgreSQL connection is encrypted, in words. Value type.
struct LinkSecurity
{
    QString text;        ///< "TLS (TLSv1.3, TLS_AES_256_GCM_SHA384)" or "unencrypted"
    bool encrypted = false;
    /// Unencrypted to a host other than this machine: passwords and data cross the network in clear.
    bool exposed = false;
    QString warning;     ///< says so and how to fix it, when exposed
};

/// Reads it from libpq (PQsslInUse, PQsslAttribute, PQhost). Same thread as \a conn.
LinkSecurity describeLink(pg_conn *conn);

} // namespace dbpulse
