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
