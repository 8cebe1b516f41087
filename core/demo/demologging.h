#pragma once

#include <QLoggingCategory>

namespace dbpulse {

/// \brief Logging category of the built-in demo (throwaway cluster, seed, workload); any thread.
Q_DECLARE_LOGGING_CATEGORY(lcDemo)

} // namespace dbpulse
