#pragma once

#include "core/jobs/jobcontext.h"

#include <QString>

namespace dbpulse {

/// \brief Copies the SQLite database \a sourcePath into the new file \a destFile with SQLite's
/// online backup API, reading through the QtSql driver's own handle (writers may keep writing;
/// the copy is a consistent snapshot). Blocking: worker threads only. Empty on success, else why.
/// \a sqliteVersion receives the library version.
QString sqliteOnlineBackup(const QString &sourcePath, const QString &destFile, const JobContext &ctx,
                           QString *sqliteVersion);

/// \brief `PRAGMA integrity_check` on a backup copy, opened read-only; \a tables gets the number
/// of tables. Empty on success, else SQLite's first complaint. Worker threads only.
QString sqliteCheckArchive(const QString &archive, int *tables);

/// \brief Restores \a archive to \a targetPath: a new file is written beside it and renamed into
/// place; an existing file is only replaced when \a replace is set, through the backup API so
/// open connections see either the old or the new content. Worker threads only.
QString sqliteRestore(const QString &archive, const QString &targetPath, bool replace, const JobContext &ctx);

} // namespace dbpulse
