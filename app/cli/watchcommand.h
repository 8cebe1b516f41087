#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli watch TARGET [--interval S] [--duration S] [--format table|jsonl]
/// [--connect-timeout S]`: \a arguments are the words after "watch". Runs the metrics engine on
/// the main thread's event loop until the duration is over or SIGINT/SIGTERM arrives.
/// Exit codes: 0 done, 2 bad arguments, 3 could not connect.
ExitCode runWatchCommand(const QStringList &arguments);

} // namespace dbpulse::cli
