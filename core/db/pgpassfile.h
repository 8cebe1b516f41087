#pragma once

#include <QString>

namespace dbpulse {

/// The password file libpq reads: $PGPASSFILE, else ~/.pgpass. Any thread.
QString pgpassFilePath();

/// Writes (or replaces) the line for \a user at \a host:\a port (any database) in the password file,
/// keeping every other line, and leaves the file 0600 (libpq ignores a file others can read).
/// A Unix-socket directory as \a host is written as "localhost", which libpq matches for local
/// socket connections. False with \a error naming the file.
bool savePgpassEntry(const QString &host, const QString &port, const QString &user, const QString &password,
                     QString *error);
/// Removes that line; true when there was none.
bool removePgpassEntry(const QString &host, const QString &port, const QString &user, QString *error);

} // namespace dbpulse
