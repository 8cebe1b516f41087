#pragma once

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace dbpulse {

class Job;

/// \brief What a Job's work sees on its worker thread: whether it was cancelled, a way to report
/// progress, and a place to register how to interrupt the blocking call it is in.
///
/// Every long action gets the same three things this way, whatever engine it runs: engines take
/// cancelFlag() and progress() as they are, and a session that blocks on the server registers its
/// thread-safe cancel (PgSession::cancel, PQcancel) with setInterrupt() so that Job::cancel()
/// stops the running statement at once, not at the next check. Copies share one state.
class JobContext
{
public:
    using Progress = std::function<void(int percent, const QString &text)>;

    bool isCancelled() const;
    /// For engines that poll a flag between steps. Valid as long as any copy of this context.
    const std::atomic<bool> *cancelFlag() const;
    /// Thread-safe: queued to the job's thread (dropped once the job is gone). \a percent in
    /// 0…100, or -1 when unknown.
    void reportProgress(int percent, const QString &text) const;
    /// reportProgress() as a function, for engines that take a progress callback.
    Progress progress() const;
    /// \a interrupt is called, from the thread that cancels, if the job is cancelled while it is
    /// set (and at once when it already was). Clear it before what it refers to goes away.
    void setInterrupt(std::function<void()> interrupt) const;
    void clearInterrupt() const;

private:
    friend class Job;
    struct State;
    explicit JobContext(std::shared_ptr<State> state);
    std::shared_ptr<State> m_state;
};

/// Registers \a interrupt with \a context for the lifetime of the guard: the usual way to make a
/// blocking call cancellable (`InterruptGuard guard(ctx, [&] { session.cancel(); });`).
class InterruptGuard
{
public:
    InterruptGuard(const JobContext &context, std::function<void()> interrupt);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    const JobContext &m_context;
};

} // namespace dbpulse
