#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dbpulse::test {

/// \brief What a finished child process left behind: exit code (-1 when it crashed, was killed
/// or timed out), its output and how long it took.
struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
    bool timedOut = false;
};

/// Runs \a program with \a args to completion (killed after \a timeoutMs) as an on-call script would.
ProcessRun runProcess(const QString &program, const QStringList &args, int timeoutMs = 120000,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

/// Runs the built dbpulse-cli ($DBPULSE_CLI, set by CTest) with \a args.
ProcessRun runCli(const QStringList &args, int timeoutMs = 120000,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace dbpulse::test
