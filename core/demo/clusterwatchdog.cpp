#include "core/demo/clusterwatchdog.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>

using namespace Qt::StringLiterals;

namespace dbpulse {

namespace {

// Runs while the owning process lives; afterwards it stops the postmaster (SIGQUIT = immediate
// shutdown, as root needs no runuser for that) and removes the directory. It exits on its own
// as soon as the directory is gone, so a normal destroy() leaves nothing behind.
constexpr auto kWatchdogScript = R"(
alive() { kill -0 "$1" 2>/dev/null && ! grep -qs '^State:[[:space:]]*Z' "/proc/$1/status"; }
owner=$1; data=$2; base=$3
while alive "$owner"; do
  [ -d "$base" ] || exit 0
  sleep 0.3
done
if [ -f "$data/postmaster.pid" ]; then
  pm=$(head -n 1 "$data/postmaster.pid")
  if [ -n "$pm" ] && kill -QUIT "$pm" 2>/dev/null; then
    i=0
    while alive "$pm" && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
    kill -KILL "$pm" 2>/dev/null
  fi
fi
case "$base" in */dbpulse-cluster-*) rm -rf "$base" ;; esac
)";

} // namespace

/// kill(pid, 0) also succeeds for zombies, which a container's pid 1 may never reap.
bool isLiveProcess(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return true;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("State:"))
            return !line.contains('Z');
    }
    return true;
}

bool startClusterWatchdog(const QString &dataDir, const QString &baseDir, qint64 ownerPid)
{
    QProcess watchdog;
    watchdog.setProgram(QStandardPaths::findExecutable(u"setsid"_s).isEmpty() ? u"sh"_s : u"setsid"_s);
    QStringList args{u"-c"_s, QString::fromLatin1(kWatchdogScript), u"dbpulse-watchdog"_s,
                     QString::number(ownerPid > 0 ? ownerPid : QCoreApplication::applicationPid()), dataDir, baseDir};
    if (watchdog.program() == u"setsid"_s)
        args.prepend(u"sh"_s);
    watchdog.setArguments(args);
    // Detached and without our pipes: a test reading our stdout must see EOF when we exit.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.setWorkingDirectory(u"/"_s);
    return watchdog.startDetached();
}

} // namespace dbpulse
