#pragma once

#include <functional>

class QSocketNotifier;

namespace dbpulse::cli {

/// \brief While alive, SIGINT and SIGTERM call \a onSignal once on the main thread; a second
/// signal ends the process at once with ExitCode::Cancelled. Main thread only, one at a time.
///
/// The self-pipe pattern (Qt's "Calling Qt Functions From Unix Signal Handlers"): the handler
/// only write()s a byte, and a QSocketNotifier turns it into a call in the event loop, where
/// Job::cancel() or QEventLoop::quit() may run. Outside a SignalRoute the default disposition
/// applies: commands that block the main thread without a job end on the first Ctrl-C.
class SignalRoute
{
public:
    explicit SignalRoute(std::function<void()> onSignal);
    ~SignalRoute();
    SignalRoute(const SignalRoute &) = delete;
    SignalRoute &operator=(const SignalRoute &) = delete;

    /// True once a signal arrived, for code that blocks the event loop between steps (demo).
    static bool signalled();

private:
    QSocketNotifier *m_notifier = nullptr;
    std::function<void()> m_onSignal;
};

} // namespace dbpulse::cli
