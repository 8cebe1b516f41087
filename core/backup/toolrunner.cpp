#include "core/backup/toolrunner.h"

#include "core/backup/backuplogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#include <sys/prctl.h>

namespace dbpulse {

namespace {

// The child's two output streams while it runs: stdout into the sink (at the sink's pace),
// stderr split into lines for the caller and the tail kept for an error message.
class ToolStreams
{
public:
    ToolStreams(QProcess &proc, ToolRun &run)
        : m_proc(proc), m_run(run) {}

    void drainStdout()
    {
        if (!m_run.stdoutSink || m_sinkFailed)
            return;
        const QByteArray chunk = m_proc.readAllStandardOutput();
        if (!chunk.isEmpty() && !m_run.stdoutSink(chunk)) {
            m_sinkFailed = true;
            m_proc.kill();
        }
    }

    /// \a flush: the child ended, so a last line without a newline counts too.
    void drainStderr(bool flush)
    {
        m_errBuffer += m_proc.readAllStandardError();
        qsizetype nl;
        while ((nl = m_errBuffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromLocal8Bit(m_errBuffer.left(nl)).trimmed();
            m_errBuffer.remove(0, nl + 1);
            if (!line.isEmpty())
                addStderrLine(line);
        }
        if (flush && !m_errBuffer.trimmed().isEmpty()) {
            m_run.stderrTail << QString::fromLocal8Bit(m_errBuffer).trimmed();
            m_errBuffer.clear();
        }
    }

    bool sinkFailed() const { return m_sinkFailed; }

private:
    void addStderrLine(const QString &line)
    {
        m_run.stderrTail << line;
        if (m_run.stderrTail.size() > 8)
            m_run.stderrTail.removeFirst();
        if (m_run.stderrLine)
            m_run.stderrLine(line);
    }

    QProcess &m_proc;
    ToolRun &m_run;
    QByteArray m_errBuffer;
    bool m_sinkFailed = false;
};

// "pg_dump failed (exit code 1): …" with the stderr lines that look like errors (or the last two).
QString exitFailure(const QString &toolName, int exitCode, const QStringList &stderrTail)
{
    QStringList errors;
    for (const QString &l : stderrTail) {
        if (l.contains(QLatin1String("error")) || l.contains(QLatin1String("FATAL"))
            || l.contains(QLatin1String("fatal")) || l.contains(QLatin1String("could not")))
            errors << l;
    }
    return QCoreApplication::translate("Backup", "%1 failed (exit code %2): %3")
        .arg(toolName)
        .arg(exitCode)
        .arg((errors.isEmpty() ? stderrTail.mid(stderrTail.size() - 2) : errors).join(QLatin1String("; ")));
}

} // namespace

bool ToolRun::start(QProcess &proc)
{
    proc.setProcessEnvironment(environment);
    if (!stdoutSink)
        proc.setStandardOutputFile(QProcess::nullDevice());
    qCDebug(lcBackup).noquote() << "running" << QFileInfo(program).fileName() << arguments.join(QLatin1Char(' '));
    // If we are killed, the tool dies with us instead of finishing a backup nobody will complete.
    // A streamed archive gets a 1 MiB pipe instead of 64 KiB: 16 times fewer hand-overs between
    // pg_dump and us, each of which waits for a core when the machine is busy.
    const bool streamed = bool(stdoutSink);
    proc.setChildProcessModifier([streamed] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (streamed)
            ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20); // best effort: the default size works too
    });
    proc.start(program, arguments, QIODevice::ReadOnly);
    if (proc.waitForStarted(30000))
        return true;
    error = QCoreApplication::translate("Backup", "cannot start %1: %2").arg(program, proc.errorString());
    return false;
}

bool ToolRun::run()
{
    QProcess proc;
    if (!start(proc))
        return false;
    const QString toolName = QFileInfo(program).fileName();
    ToolStreams streams(proc, *this);
    while (proc.state() != QProcess::NotRunning) {
        if (context.isCancelled()) {
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
        streams.drainStdout();
        streams.drainStderr(false);
    }
    streams.drainStdout();
    streams.drainStderr(true);
    if (streams.sinkFailed()) {
        if (error.isEmpty())
            error = QCoreApplication::translate("Backup", "writing the output of %1 failed").arg(toolName);
        return false;
    }
    exitCode = proc.exitCode();
    if (proc.exitStatus() != QProcess::NormalExit) {
        error = QCoreApplication::translate("Backup", "%1 crashed").arg(toolName);
        return false;
    }
    if (exitCode != 0) {
        error = exitFailure(toolName, exitCode, stderrTail);
        return false;
    }
    return true;
}

} // namespace dbpulse
