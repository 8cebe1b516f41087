#pragma once

#include "core/jobs/jobcontext.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace dbpulse {

/// \brief Runs pg_dump/pg_restore to completion on a job's worker thread (never the GUI thread):
/// streams stdout to a sink, hands over stderr line by line, and kills the child when the cancel
/// job is cancelled. Reading only as fast as the sink consumes keeps memory flat for any size.
struct ToolRun
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    /// Receives stdout chunks; returning false (e.g. disk full) stops the run with sinkError.
    std::function<bool(const QByteArray &)> stdoutSink;
    std::function<void(const QString &)> stderrLine;
    JobContext context; ///< its cancel kills the child

    bool cancelled = false;
    int exitCode = -1;
    QString error;           ///< why it failed: start failure, crash, exit code with stderr tail
    QStringList stderrTail;  ///< the last stderr lines, for error messages

    /// Returns true when the tool exited 0 and the sink accepted everything.
    bool run();

private:
    bool start(QProcess &proc);
};

} // namespace dbpulse
