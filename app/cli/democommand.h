#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli demo [--port N] [--sqlite] …`: \a arguments are the words after "demo".
/// Runs until SIGINT/SIGTERM; returns the process exit code. Needs a QCoreApplication.
ExitCode runDemoCommand(const QStringList &arguments);

} // namespace dbpulse::cli
