#pragma once

#include "clirunner.h"
#include "clitable.h"

#include <variant>

namespace dbpulse::cli {

/// \brief What a one-shot listing of a PostgreSQL server (sessions, locks) was asked for.
struct ServerListing
{
    Target target;
    bool jsonl = false; ///< --format jsonl; else a table (or CSV) in style
    TableStyle style;
};

/// Adds TARGET and TableOptions (--format table|jsonl|csv, --columns, --wide) over \a columns to
/// \a cli's parser (beside any option the command added before), parses \a arguments and resolves
/// a PostgreSQL target. Returns the listing, or the code to end with (help shown, bad arguments, a
/// file target: \a what is per server).
std::variant<ServerListing, ExitCode> parseServerListing(CommandLine &cli, const QStringList &arguments, const QString &what,
                                                         const QList<CliColumn> &columns);

} // namespace dbpulse::cli
