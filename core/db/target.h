#pragma once

#include "core/db/connectionprofile.h"

#include <QHash>
#include <QString>
#include <optional>

namespace dbpulse {

class ProfileStore;

/// \brief A resolved thing to connect to: a PostgreSQL conninfo or an SQLite file. Value type.
struct Target
{
    DatabaseKind kind = DatabaseKind::PostgreSQL;
    QString conninfo;     ///< libpq URI or keyword/value string, as given (may hold a password the user typed)
    QString sqlitePath;   ///< absolute path, for SQLite
    QString profileName;  ///< set when the target came from "@name" or a saved profile
    QString label;        ///< human-readable, password-free: "user@host:port/db", profile name or file name
    /// Its data may be lost (the demo, a profile marked so): see ConnectionProfile::throwaway.
    bool throwaway = false;

    /// Stable key for the credential store: the profile name when there is one, else the label.
    QString credentialKey() const;
    /// Key for the client key's passphrase (libpq's sslpassword): distinct from the password's,
    /// so one never stands in for the other.
    QString sslPasswordKey() const;
};

/// \brief Result of parsing a target string: either a target or an error that names the problem.
struct TargetParseResult
{
    std::optional<Target> target;
    QString error;
    bool ok() const { return target.has_value(); }
};

/// Parses what a user types: "postgresql://…" / "postgres://…" URIs, libpq keyword/value strings
/// ("host=… dbname=…"), "@profile-name", "sqlite:PATH", or a path ending in .db/.sqlite/.sqlite3.
/// libpq validates the PostgreSQL forms (PQconninfoParse); nothing connects. Any thread.
TargetParseResult parseTarget(const QString &text, const ProfileStore *profiles = nullptr);

/// The target a saved profile stands for.
Target targetFromProfile(const ConnectionProfile &profile);

/// The keywords a libpq URI or keyword/value string sets, as libpq parses it (PQconninfoParse;
/// nothing connects, no environment is read), in libpq's keyword order; nullopt with \a error
/// (secrets masked). The one reading of a conninfo every other helper builds on. Any thread.
std::optional<QList<QPair<QString, QString>>> conninfoSettings(const QString &conninfo, QString *error = nullptr);

/// conninfoSettings() by keyword.
std::optional<QHash<QString, QString>> conninfoValues(const QString &conninfo, QString *error = nullptr);

/// Password-free label for a libpq conninfo ("user@host:port/dbname"); empty when unparsable.
QString conninfoLabel(const QString &conninfo);

} // namespace dbpulse
