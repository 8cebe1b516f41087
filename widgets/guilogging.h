#pragma once

#include <QLoggingCategory>

/// \brief Logging category "dbpulse.gui" for everything in widgets/ and app/gui/.
Q_DECLARE_LOGGING_CATEGORY(lcGui)
