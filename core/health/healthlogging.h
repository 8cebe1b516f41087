#pragma once

#include <QLoggingCategory>

/// \brief Logging category of the health doctor ("dbpulse.health"). Any thread.
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
