#include "core/backup/backuplogging.h"

// Quiet by default: the CLI's stderr is for the user (QT_LOGGING_RULES="dbpulse.backup.debug=true" shows the tool runs).
Q_LOGGING_CATEGORY(lcBackup, "dbpulse.backup", QtWarningMsg)
