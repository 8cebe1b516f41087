#pragma once

#include "core/db/target.h"

namespace dbpulse {

/// The saved-connection fields \a target stands for (no name; never a password: one found in the
/// conninfo goes to \a password when given), e.g. to offer saving an ad-hoc connection. Any thread.
ConnectionProfile profileFromTarget(const Target &target, QString *password = nullptr);

} // namespace dbpulse
