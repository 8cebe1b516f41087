#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli sessions TARGET [--all] [--format table|jsonl] [--wide]`: the server's client
/// sessions, as the Sessions tab lists them. Ok, CannotConnect, Failure or BadArguments.
ExitCode runSessionsCommand(const QStringList &arguments);

/// `dbpulse-cli locks TARGET [--format table|jsonl] [--wide]`: who waits on whom right now, as
/// the dashboard's blocking tree shows it. Ok, CannotConnect or BadArguments.
ExitCode runLocksCommand(const QStringList &arguments);

} // namespace dbpulse::cli
