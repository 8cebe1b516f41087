#include "core/backup/pgrestorerun.h"

#include "core/backup/toolrunner.h"

#include <QRegularExpression>

#include <algorithm>

namespace dbpulse {

bool PgRestoreRun::run(const JobContext &ctx)
{
    ToolRun tool;
    tool.program = program;
    tool.environment = environment;
    tool.arguments = QStringList{QStringLiteral("--verbose"), QStringLiteral("--no-password"), QStringLiteral("--exit-on-error"),
                                 QStringLiteral("--dbname=") + conninfo};
    if (jobs > 1)
        tool.arguments << QStringLiteral("--jobs=%1").arg(jobs);
    tool.arguments << extraArguments << archive;
    tool.context = ctx;

    // Each verbose step is roughly one entry of the table of contents.
    static const QRegularExpression stepLine(QStringLiteral("^pg_restore: (creating|processing data|finished item|executing|processing item|restoring)"));
    int steps = 0;
    const int total = std::max(1, tocEntries);
    tool.stderrLine = [&](const QString &line) {
        if (!stepLine.match(line).hasMatch())
            return;
        ++steps;
        ctx.reportProgress(std::min(100, steps * 100 / total), line.mid(12));
    };
    const bool ok = tool.run();
    cancelled = tool.cancelled;
    error = cancelled ? QStringLiteral("cancelled") : tool.error;
    return ok;
}

} // namespace dbpulse
