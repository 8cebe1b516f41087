#include "core/health/healthlogging.h"

// Quiet by default: a CLI report on stdout must not drown in per-check timings on stderr.
Q_LOGGING_CATEGORY(lcHealth, "dbpulse.health", QtWarningMsg)
