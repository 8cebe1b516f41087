#pragma once

#include <QString>

namespace dbpulse {

/// Creates \a path (and missing parents) and makes the directory itself 0700, whatever the umask:
/// it will hold data (history, records) other local users must not read. Refuses a symlink at
/// \a path. False with \a error (when given) naming the directory. Any thread.
bool makePrivateDirectory(const QString &path, QString *error = nullptr);

/// Creates \a path as an empty 0600 file when it does not exist, and makes an existing one 0600,
/// so a file another library then opens (SQLite) is never readable by others, not even briefly.
/// Refuses a symlink. False with \a error (when given). Any thread.
bool makePrivateFile(const QString &path, QString *error = nullptr);

} // namespace dbpulse
