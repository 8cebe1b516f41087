#pragma once

#include <QString>

namespace dbpulse {

/// \brief Makes an existing file 0600, or an existing directory 0700, without following a symbolic
/// link (a link is refused): for files another program wrote with the umask's bits (pg_dump, QSaveFile).
/// False with \a error (when given). Any thread.
bool restrictToOwner(const QString &path, QString *error = nullptr);

/// \brief restrictToOwner() on \a path and, when it is a directory, on everything below it, never
/// following a link (a link anywhere inside is refused). Any thread.
bool restrictTreeToOwner(const QString &path, QString *error = nullptr);

/// \brief Deletes the directory \a path and everything in it without ever following a symbolic
/// link: \a path itself must be a real directory (a link there is refused, not followed), and links
/// inside are removed as links, their targets untouched. Works on open directory descriptors
/// (openat/unlinkat with O_NOFOLLOW), so swapping a directory for a link mid-way cannot redirect it.
/// False with \a error naming what could not be removed. Worker or CLI thread.
bool removeTreeNoFollow(const QString &path, QString *error = nullptr);

/// \brief True when \a path is a real directory (not a link to one). Any thread.
bool isRealDirectory(const QString &path);

} // namespace dbpulse
