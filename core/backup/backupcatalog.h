#pragma once

#include "core/backup/backupmanifest.h"

#include <QList>

namespace dbpulse {

/// \brief A backup directory found under a destination. Value type.
struct BackupEntry
{
    QString path;          ///< absolute directory
    bool complete = false; ///< has a manifest that matches its own checksum
    QString problem;       ///< why not complete
    BackupManifest manifest;
};

/// \brief Lists the subdirectories of \a dir that are backups or look like unfinished ones (no or
/// bad manifest), newest first. Reads only manifests (fast); verify checks the data. Worker or CLI thread.
QList<BackupEntry> listBackups(const QString &dir);

} // namespace dbpulse
