#include "watchloop.h"

#include "clisignals.h"

#include "core/monitor/monitorworker.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTime>
#include <QTimer>

namespace dbpulse::cli {

ExitCode runWatchLoop(MonitorWorker &worker, double durationSeconds, QTextStream &err, const WatchWording &wording)
{
    ExitCode exitCode = ExitCode::Ok;
    bool connectedOnce = false;
    bool lostSince = false; // lost after connecting, not yet back
    QObject::connect(&worker, &MonitorWorker::statusChanged, &worker, [&](const ConnectionStatus &status) {
        // Said once each, with the time: an on-call engineer reads these lines after the fact.
        const QString now = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
        if (status.state == ConnectionState::Connected) {
            if (connectedOnce && lostSince)
                err << "dbpulse-cli watch: " << now << ' ' << wording.restored << '\n';
            connectedOnce = true;
            lostSince = false;
        } else if (status.state == ConnectionState::Failed
                   || (status.state == ConnectionState::Reconnecting && !connectedOnce)) {
            err << "dbpulse-cli watch: " << wording.cannotReach << ": " << status.error << '\n';
            exitCode = ExitCode::CannotConnect;
            QCoreApplication::exit(int(exitCode));
        } else if (status.state == ConnectionState::Reconnecting) {
            lostSince = true;
            err << "dbpulse-cli watch: " << now << ' ' << wording.lost << " (" << status.error << "), retrying in "
                << status.retryInMs / 1000.0 << " s\n";
        }
        err.flush();
    });
    // Ctrl-C (or SIGTERM) is how a watch normally ends: a clean exit 0.
    const SignalRoute route([] { QCoreApplication::exit(0); });
    QTimer stopTimer;
    stopTimer.setSingleShot(true);
    QObject::connect(&stopTimer, &QTimer::timeout, &stopTimer, [] { QCoreApplication::exit(0); });
    if (durationSeconds > 0)
        stopTimer.start(int(durationSeconds * 1000));
    QTimer::singleShot(0, &worker, &MonitorWorker::start);
    QCoreApplication::exec();
    worker.stop();
    return exitCode;
}

} // namespace dbpulse::cli
