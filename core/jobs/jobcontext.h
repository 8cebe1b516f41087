#pragma once

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace dbpulse {

class Job;
class PgSession;
struct SessionOptions;

/// \brief What a long action's engine sees on its worker thread: whether it was cancelled, a way
/// to report progress, and a place to register how to interrupt the blocking call it is in.
///
/// Every engine (the doctor, migrations, the advisor, EXPLAIN, the connection probe, a statement
/// job) takes a JobContext and nothing else for cancellation: it polls isCancelled() between
/// steps, connects with cancellableConnect() options (the connect itself gives up when the job is
/// cancelled), and holds an InterruptGuard for each session while it runs statements on it, so
/// Job::cancel() stops the running statement at once (PQcancel), not at the next check.
/// A default-constructed context belongs to no job (tests, one-off blocking calls): it is never
/// cancelled and its progress goes nowhere. Copies share one state; any thread.
class JobContext
{
public:
    using Progress = std::function<void(int percent, const QString &text)>;

    /// A context of no job.
    JobContext();

    bool isCancelled() const;
    /// Thread-safe: queued to the job's thread (dropped once the job is gone). \a percent in
    /// 0…100, or -1 when unknown.
    void reportProgress(int percent, const QString &text) const;
    /// reportProgress() as a function, for helpers that take a progress callback.
    Progress progress() const;
    /// This context with its progress mapped into \a from…\a to percent of the whole: the
    /// context for one step of a longer job (verify as the first fifth of a test restore).
    JobContext within(int from, int to) const;
    /// \a options whose connect gives up as soon as this context is cancelled (PgSession polls
    /// the flag while connecting). The options must not outlive the context's last copy.
    SessionOptions cancellableConnect(SessionOptions options) const;

private:
    friend class Job;
    friend class InterruptGuard;
    struct State;
    explicit JobContext(std::shared_ptr<State> state);
    int scaled(int percent) const;
    std::shared_ptr<State> m_state;
    int m_from = 0; ///< progress range of this context within the job's 0…100
    int m_to = 100;
};

/// Registers an interrupt with a context for the lifetime of the guard: called, from the thread
/// that cancels, if the job is cancelled meanwhile (and at once when it already was). Guards
/// nest — an engine with two sessions holds one for each. The usual way to make a blocking call
/// cancellable: `InterruptGuard guard(ctx, session);`.
class InterruptGuard
{
public:
    InterruptGuard(const JobContext &context, std::function<void()> interrupt);
    /// Cancels \a session's running statement (PgSession::cancel, PQcancel) on a cancel.
    InterruptGuard(const JobContext &context, PgSession &session);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    std::shared_ptr<JobContext::State> m_state;
    quint64 m_id = 0;
};

} // namespace dbpulse
