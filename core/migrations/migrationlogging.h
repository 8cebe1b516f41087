#pragma once

#include <QLoggingCategory>

/// \brief Logging category of the migration runner ("dbpulse.migrations"). Any thread.
Q_DECLARE_LOGGING_CATEGORY(lcMigrations)
