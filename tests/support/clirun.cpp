#include "tests/support/clirun.h"

#include <QElapsedTimer>
#include <QProcess>

namespace dbpulse::test {

ProcessRun runProcess(const QString &program, const QStringList &args, int timeoutMs,
                      const QProcessEnvironment &env)
{
    ProcessRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs)) {
        // Never a success: QProcess reports a program that never ran as a normal exit with code 0.
        run.err = QStringLiteral("could not start %1: %2").arg(program, p.errorString());
        return run;
    }
    if (!p.waitForFinished(timeoutMs)) {
        run.timedOut = p.state() != QProcess::NotRunning;
        p.kill();
        p.waitForFinished();
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = p.exitStatus() == QProcess::NormalExit && !run.timedOut ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

ProcessRun runCli(const QStringList &args, int timeoutMs, const QProcessEnvironment &env)
{
    return runProcess(qEnvironmentVariable("DBPULSE_CLI"), args, timeoutMs, env);
}

} // namespace dbpulse::test
