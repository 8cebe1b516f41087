#pragma once

#include "core/backup/backupmanifest.h"
#include "core/backup/verificationrecord.h"

#include <QList>

namespace dbpulse {

/// \brief A backup directory found under a destination. Value type.
struct BackupEntry
{
    QString path;          ///< absolute directory
    bool complete = false; ///< has a manifest that matches its own checksum
    QString problem;       ///< why not complete
    bool inProgressMarker = false; ///< not complete and carries our in-progress marker (a killed or running backup)
    BackupManifest manifest;
    VerificationRecord verification; ///< from verification.json (Never when absent)
};

/// \brief Lists the subdirectories of \a dir that are backups or look like unfinished ones (no or
/// bad manifest), newest first. Symbolic links are never followed (nor listed). Reads only manifests and verification records (fast); verify checks the data. Worker or CLI thread.
QList<BackupEntry> listBackups(const QString &dir);

} // namespace dbpulse
