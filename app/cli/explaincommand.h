#pragma once

#include "exitcode.h"

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli explain TARGET --sql TEXT [--param N=VALUE]… [--analyze] [--format text|json]`:
/// Ok, Failure (EXPLAIN failed, e.g. no sandbox), BadArguments, Cancelled.
ExitCode runExplainCommand(const QStringList &arguments);

} // namespace dbpulse::cli
