#pragma once

#include "core/jobs/jobcontext.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QThreadPool;

namespace dbpulse {

/// \brief The one asynchronous shape for long work (backup, restore, migrate, maintenance, the
/// advisor, EXPLAIN, the sessions list, a connection test): start(), cancel(), progress, and
/// exactly one finished() with an error text.
///
/// A Job object lives in the thread that created it (the GUI thread, or the CLI's main thread)
/// and never blocks it: its blocking work runs through runWorker() on one bounded pool (pool()),
/// kept apart from Qt's global pool so long actions never starve the GUI's own short tasks. The
/// work gets a JobContext: the cancel flag, progress, and the interrupt that cancel() calls.
/// cancel() may be called from any thread. Destroying a Job never waits, unless a subclass whose
/// work reads its members calls waitForWorker() in its destructor; one that captures only values
/// (TaskJob) may be dropped while its work still runs — JobSlot does that for pages.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void start();
    /// Requests cancellation: sets the flag the work polls and interrupts its blocking call now;
    /// the job finishes later with State::Cancelled (or its real result when it was already past
    /// the point of no return). Safe from any thread, and from a signal handler's helper thread.
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Idle && m_state != State::Running; }
    bool isCancelRequested() const;
    int percent() const { return m_percent; }
    QString progressText() const { return m_progressText; }
    QString errorText() const { return m_errorText; }
    /// True when the last failure was "cannot connect" (the CLI maps it to its own exit code).
    bool connectFailed() const { return m_connectFailed; }

    /// Runs a local event loop until the job finishes (CLI and tests only, never the GUI thread).
    bool exec();

    /// The bounded pool every Job's work runs on.
    static QThreadPool *pool();

Q_SIGNALS:
    void progressChanged(int percent, const QString &text);
    /// Emitted exactly once. \a errorText is empty on success.
    void finished(dbpulse::Job::State state, const QString &errorText);

protected:
    virtual void doStart() = 0;
    /// Called on the job's thread after cancel(), for what the context's interrupt does not
    /// cover (stopping a child process the subclass owns).
    virtual void doCancel() {}

    /// Runs \a work on pool(); its return value is the error text (empty: success), and the job
    /// finishes with it on its own thread.
    void runWorker(std::function<QString(const JobContext &)> work);
    void runWorker(std::function<QString()> work);
    /// The context the work gets (also usable from subclasses' worker code).
    JobContext context() const;
    /// Thread-safe: queues a progress report to the job's thread.
    void reportProgress(int percent, const QString &text) const;
    bool aborted() const { return isCancelRequested(); }
    /// Cancels and waits for the work. Subclasses whose work reads their members call it first in
    /// their destructor (those members die before ~Job runs).
    void waitForWorker();

    /// \a percent in 0…100, or -1 when unknown.
    void setProgress(int percent, const QString &text);
    /// Ends the job; later calls are ignored. A cancel request turns failure into Cancelled.
    void finish(bool ok, const QString &errorText = {});

    bool m_connectFailed = false; ///< written by the work before it returns

private:
    friend struct JobContext::State;

    std::shared_ptr<JobContext::State> m_shared;
    QFuture<QString> m_future;
    State m_state = State::Idle;
    int m_percent = 0;
    QString m_progressText;
    QString m_errorText;
};

} // namespace dbpulse
