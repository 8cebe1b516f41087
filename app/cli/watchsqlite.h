#pragma once

#include "clitable.h"
#include "exitcode.h"

#include <QString>

namespace dbpulse::cli {

class CommandLine;

/// \brief What `watch` asks of an SQLite target, checked by the watch command.
struct SqliteWatchSettings
{
    QString path;
    QString label;
    double intervalSeconds = 1;
    double durationSeconds = 0; ///< 0: until Ctrl-C
    bool jsonl = false;
    TableStyle style; ///< the table's (or CSV's) when not jsonl
};

/// The columns of an SQLite watch's table, for --columns.
const QList<CliColumn> &sqliteWatchColumns();

/// `dbpulse-cli watch sqlite:FILE`: one line per refresh with the file's sizes, pages, journal
/// mode, WAL and checkpoint state, write activity and the last integrity check DB Pulse ran,
/// read without writing the file. Runs SqliteMonitorWorker on the main thread's event loop until
/// the duration is over or SIGINT/SIGTERM arrives. Exit 0 done, 3 the file cannot be read.
ExitCode runSqliteWatch(CommandLine &cli, const SqliteWatchSettings &settings);

} // namespace dbpulse::cli
