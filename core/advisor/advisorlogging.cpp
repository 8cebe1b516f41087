#include "core/advisor/advisorlogging.h"

namespace dbpulse {
// Quiet by default: dbpulse-cli prints advice on stdout; QT_LOGGING_RULES turns the details on.
Q_LOGGING_CATEGORY(lcAdvisor, "dbpulse.advisor", QtWarningMsg)
} // namespace dbpulse
