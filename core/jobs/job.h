#pragma once

#include <QObject>
#include <QString>
#include <atomic>

namespace dbpulse {

/// \brief The one asynchronous shape for long work (backup, restore, migrate, maintenance):
/// start(), cancel(), progress, and exactly one finished() with an error text.
///
/// A Job object lives in the thread that created it (the GUI thread, or the CLI's main thread)
/// and never blocks it: subclasses run their work through QProcess, QtConcurrent or a worker
/// and report back with setProgress()/finish(). cancel() may be called from any thread.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    using QObject::QObject;
    ~Job() override;

    void start();
    /// Requests cancellation; the job finishes later with State::Cancelled (or its real result
    /// when it was already past the point of no return). Safe from any thread.
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Idle && m_state != State::Running; }
    bool isCancelRequested() const { return m_cancelRequested.load(); }
    int percent() const { return m_percent; }
    QString progressText() const { return m_progressText; }
    QString errorText() const { return m_errorText; }

    /// Runs a local event loop until the job finishes (CLI and tests only, never the GUI thread).
    bool exec();

Q_SIGNALS:
    void progressChanged(int percent, const QString &text);
    /// Emitted exactly once. \a errorText is empty on success.
    void finished(dbpulse::Job::State state, const QString &errorText);

protected:
    virtual void doStart() = 0;
    /// Called on the job's thread after cancel(); stop child processes / call PQcancel here.
    virtual void doCancel() {}

    /// \a percent in 0…100, or -1 when unknown.
    void setProgress(int percent, const QString &text);
    /// Ends the job; later calls are ignored. A cancel request turns failure into Cancelled.
    void finish(bool ok, const QString &errorText = {});

private:
    State m_state = State::Idle;
    std::atomic<bool> m_cancelRequested{false};
    int m_percent = 0;
    QString m_progressText;
    QString m_errorText;
};

} // namespace dbpulse
