#include "core/backup/toolrunner.h"

#include "core/backup/backuplogging.h"

#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace dbpulse {

bool ToolRun::run()
{
    QProcess proc;
    proc.setProcessEnvironment(environment);
    if (!stdoutSink)
        proc.setStandardOutputFile(QProcess::nullDevice());
    const QString toolName = QFileInfo(program).fileName();
    qCDebug(lcBackup).noquote() << "running" << toolName << arguments.join(QLatin1Char(' '));
    // If we are killed, the tool dies with us instead of finishing a backup nobody will complete.
    proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    proc.start(program, arguments, QIODevice::ReadOnly);
    if (!proc.waitForStarted(30000)) {
        error = QStringLiteral("cannot start %1: %2").arg(program, proc.errorString());
        return false;
    }

    QByteArray errBuffer;
    bool sinkFailed = false;
    auto drainStderr = [&](bool flush) {
        errBuffer += proc.readAllStandardError();
        qsizetype nl;
        while ((nl = errBuffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromLocal8Bit(errBuffer.left(nl)).trimmed();
            errBuffer.remove(0, nl + 1);
            if (line.isEmpty())
                continue;
            stderrTail << line;
            if (stderrTail.size() > 8)
                stderrTail.removeFirst();
            if (stderrLine)
                stderrLine(line);
        }
        if (flush && !errBuffer.trimmed().isEmpty()) {
            stderrTail << QString::fromLocal8Bit(errBuffer).trimmed();
            errBuffer.clear();
        }
    };
    auto drainStdout = [&] {
        if (!stdoutSink || sinkFailed)
            return;
        const QByteArray chunk = proc.readAllStandardOutput();
        if (!chunk.isEmpty() && !stdoutSink(chunk)) {
            sinkFailed = true;
            proc.kill();
        }
    };

    while (proc.state() != QProcess::NotRunning) {
        if (cancel && cancel->load()) {
            cancelled = true;
            proc.kill();
            proc.waitForFinished(10000);
            error = QStringLiteral("cancelled");
            return false;
        }
        if (stdoutSink)
            proc.waitForReadyRead(100);
        else
            proc.waitForFinished(100);
        drainStdout();
        drainStderr(false);
    }
    drainStdout();
    drainStderr(true);
    if (sinkFailed) {
        if (error.isEmpty())
            error = QStringLiteral("writing the output of %1 failed").arg(toolName);
        return false;
    }
    exitCode = proc.exitCode();
    if (proc.exitStatus() != QProcess::NormalExit) {
        error = QStringLiteral("%1 crashed").arg(toolName);
        return false;
    }
    if (exitCode != 0) {
        QStringList errors;
        for (const QString &l : std::as_const(stderrTail)) {
            if (l.contains(QLatin1String("error")) || l.contains(QLatin1String("FATAL"))
                || l.contains(QLatin1String("fatal")) || l.contains(QLatin1String("could not")))
                errors << l;
        }
        error = QStringLiteral("%1 failed (exit code %2): %3")
                    .arg(toolName)
                    .arg(exitCode)
                    .arg((errors.isEmpty() ? stderrTail.mid(stderrTail.size() - 2) : errors).join(QLatin1String("; ")));
        return false;
    }
    return true;
}

} // namespace dbpulse
