#include "core/jobs/jobcontext.h"

#include "core/jobs/jobstate.h"

namespace dbpulse {

JobContext::JobContext(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}

bool JobContext::isCancelled() const
{
    return m_state->cancelled.load();
}

const std::atomic<bool> *JobContext::cancelFlag() const
{
    return &m_state->cancelled;
}

void JobContext::reportProgress(int percent, const QString &text) const
{
    m_state->post(percent, text);
}

JobContext::Progress JobContext::progress() const
{
    return [state = m_state](int percent, const QString &text) { state->post(percent, text); };
}

void JobContext::setInterrupt(std::function<void()> interrupt) const
{
    std::lock_guard lock(m_state->mutex);
    m_state->interrupt = std::move(interrupt);
    // A cancel that came before the call started would otherwise be missed until the next check.
    if (m_state->cancelled.load() && m_state->interrupt)
        m_state->interrupt();
}

void JobContext::clearInterrupt() const
{
    std::lock_guard lock(m_state->mutex);
    m_state->interrupt = nullptr;
}

InterruptGuard::InterruptGuard(const JobContext &context, std::function<void()> interrupt)
    : m_context(context)
{
    m_context.setInterrupt(std::move(interrupt));
}

InterruptGuard::~InterruptGuard()
{
    m_context.clearInterrupt();
}

} // namespace dbpulse
