#pragma once

#include "core/backup/backupmanifest.h"
#include "core/jobs/jobcontext.h"

#include <functional>

namespace dbpulse {

/// \brief SHA-256 of a file in 1 MiB reads (flat memory); worker threads only. \a onBytes is
/// called with the bytes read so far. False with \a error when unreadable or \a ctx is cancelled.
bool hashFile(const QString &path, QString *sha256, qint64 *size, const JobContext &ctx,
              QString *error, const std::function<void(qint64)> &onBytes = {});

/// \brief Appends an entry for every file below \a base/\a subdir (paths relative to \a base,
/// sorted). Worker threads only.
bool hashTree(const QString &base, const QString &subdir, QList<BackupFileEntry> *files,
              const JobContext &ctx, QString *error);

} // namespace dbpulse
