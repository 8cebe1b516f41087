#pragma once

#include <QLoggingCategory>

namespace dbpulse {
Q_DECLARE_LOGGING_CATEGORY(lcAdvisor)
} // namespace dbpulse
