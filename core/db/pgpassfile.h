#pragma once

#include <QString>

struct pg_conn;

namespace dbpulse {

/// The password file libpq reads when the conninfo names none: $PGPASSFILE, else ~/.pgpass. Any thread.
QString pgpassFilePath();

/// The password file libpq reads for the open connection \a conn: the `passfile` its conninfo
/// names (or $PGPASSFILE), else pgpassFilePath(). A target such as the demo cluster's names its
/// own file; a password saved anywhere else would never be read for it. Any thread owning \a conn.
QString pgpassFilePath(pg_conn *conn);

/// Writes (or replaces) the line for \a user at \a host:\a port (any database) in the password
/// file \a file, keeping every other line, and leaves the file 0600 (libpq ignores a file others
/// can read). A Unix-socket directory as \a host is written as "localhost", which libpq matches for
/// local socket connections. False with \a error naming the file.
bool savePgpassEntry(const QString &file, const QString &host, const QString &port, const QString &user,
                     const QString &password, QString *error);
/// Removes that line from \a file; true when there was none.
bool removePgpassEntry(const QString &file, const QString &host, const QString &port, const QString &user,
                       QString *error);

} // namespace dbpulse
