#pragma once

#include <QString>

namespace dbpulse {

/// \brief Which engine a target or profile speaks to.
enum class DatabaseKind { PostgreSQL, SQLite };

/// \brief A saved connection: everything needed to reach a server except the password.
/// Plain value type, usable from any thread.
struct ConnectionProfile
{
    QString name;                 ///< unique, user-chosen; referenced as "@name" on command lines
    DatabaseKind kind = DatabaseKind::PostgreSQL;
    QString host;                 ///< empty: libpq default (PGHOST, then the local socket)
    int port = 0;                 ///< 0: libpq default (PGPORT, then 5432)
    QString database;
    QString user;
    QString sslmode;              ///< empty: libpq default ("prefer")
    /// TLS files (libpq's sslrootcert, sslcert, sslkey); empty: libpq's defaults under
    /// ~/.postgresql. The key's passphrase is a secret and lives in the credential store.
    QString sslrootcert;
    QString sslcert;
    QString sslkey;
    QString service;              ///< pg_service.conf entry, optional
    /// Added to DB Pulse's own application_name on every session ("dbpulse-advisor (jane@ops)"),
    /// so a DBA can tell whose DB Pulse a session is; empty: none.
    QString applicationName;
    QString sqlitePath;           ///< for DatabaseKind::SQLite
    QString color;                ///< "#rrggbb" tag colour shown in the sidebar
    QString tag;                  ///< free text, e.g. "prod" or "staging"
    /// A cluster whose data may be lost (tests, development): the doctor reports durability
    /// switched off (fsync, full_page_writes) as info instead of critical.
    bool throwaway = false;

    /// libpq keyword/value connection string for the fields that are set (no password, ever).
    QString toConninfo() const;

    bool operator==(const ConnectionProfile &) const = default;
};

/// A value quoted for a libpq keyword/value connection string: single quotes, with \ and '
/// escaped by a backslash. Any thread.
QString quoteConninfoValue(const QString &value);

} // namespace dbpulse
