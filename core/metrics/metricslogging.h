#pragma once

#include <QLoggingCategory>

/// \brief Logging category of the metrics engine ("dbpulse.metrics"). Any thread.
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
