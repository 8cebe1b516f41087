#include "core/jobs/job.h"

#include <QEventLoop>

namespace dbpulse {

Job::~Job() = default;

void Job::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    // Deferred so callers can connect to signals after start() and still see every emission.
    QMetaObject::invokeMethod(this, [this] {
        if (m_cancelRequested.load())
            finish(false, QStringLiteral("cancelled"));
        else
            doStart();
    }, Qt::QueuedConnection);
}

void Job::cancel()
{
    if (m_cancelRequested.exchange(true))
        return;
    QMetaObject::invokeMethod(this, [this] {
        if (m_state == State::Running)
            doCancel();
    }, Qt::QueuedConnection);
}

void Job::setProgress(int percent, const QString &text)
{
    if (isFinished())
        return;
    m_percent = percent;
    m_progressText = text;
    Q_EMIT progressChanged(percent, text);
}

void Job::finish(bool ok, const QString &errorText)
{
    if (isFinished())
        return;
    if (ok) {
        m_state = State::Succeeded;
        m_percent = 100;
    } else {
        m_state = m_cancelRequested.load() ? State::Cancelled : State::Failed;
        m_errorText = errorText.isEmpty() ? QStringLiteral("failed") : errorText;
    }
    Q_EMIT finished(m_state, m_errorText);
}

bool Job::exec()
{
    QEventLoop loop;
    connect(this, &Job::finished, &loop, &QEventLoop::quit);
    if (m_state == State::Idle)
        start();
    if (!isFinished())
        loop.exec();
    return m_state == State::Succeeded;
}

} // namespace dbpulse
