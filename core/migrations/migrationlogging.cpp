#include "core/migrations/migrationlogging.h"

Q_LOGGING_CATEGORY(lcMigrations, "dbpulse.migrations", QtInfoMsg)
