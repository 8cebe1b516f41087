#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli sandbox status|create|drop TARGET`: the powerless role that statements other roles
/// wrote are planned as (core/db/sandbox.h). Exit codes: 0 done (status: usable), 1 failed (status:
/// not usable), 2 bad arguments, 3 could not connect.
ExitCode runSandboxCommand(const QStringList &arguments);

} // namespace dbpulse::cli
