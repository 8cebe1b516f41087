#include "clisignals.h"

#include "exitcode.h"

#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace dbpulse::cli {

namespace {

int g_pipe[2] = {-1, -1};
std::atomic<int> g_signals{0};
static_assert(std::atomic<int>::is_always_lock_free, "used from a signal handler");
struct sigaction g_oldInt = {};
struct sigaction g_oldTerm = {};

extern "C" void onSignal(int)
{
    // Only async-signal-safe calls here. A second Ctrl-C means "now": the cancel did not end the
    // job fast enough, or the main thread is blocked and never saw the first one.
    if (g_signals.fetch_add(1) > 0)
        ::_exit(int(ExitCode::Cancelled));
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
}

} // namespace

SignalRoute::SignalRoute(std::function<void()> onSignal_)
    : m_onSignal(std::move(onSignal_))
{
    g_signals = 0;
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;  // no route: the default disposition still ends the process
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] {
        char byte;
        while (::read(g_pipe[0], &byte, 1) > 0) {
        }
        if (m_onSignal)
            std::exchange(m_onSignal, nullptr)();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_oldInt);
    ::sigaction(SIGTERM, &action, &g_oldTerm);
}

SignalRoute::~SignalRoute()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &g_oldInt, nullptr);
    ::sigaction(SIGTERM, &g_oldTerm, nullptr);
    delete m_notifier;
    for (int &fd : g_pipe) {
        ::close(fd);
        fd = -1;
    }
}

bool SignalRoute::signalled()
{
    return g_signals.load() > 0;
}

} // namespace dbpulse::cli
