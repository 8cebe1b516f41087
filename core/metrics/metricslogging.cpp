#include "core/metrics/metricslogging.h"

Q_LOGGING_CATEGORY(lcMetrics, "dbpulse.metrics")
