#include "core/jobs/jobcontext.h"

#include "core/db/pgsession.h"
#include "core/jobs/jobstate.h"

namespace dbpulse {

JobContext::JobContext()
    : m_state(std::make_shared<State>())
{
}

JobContext::JobContext(std::shared_ptr<State> state)
    : m_state(std::move(state))
{
}

bool JobContext::isCancelled() const
{
    return m_state->cancelled.load();
}

void JobContext::reportProgress(int percent, const QString &text) const
{
    m_state->post(scaled(percent), text);
}

JobContext::Progress JobContext::progress() const
{
    return [context = *this](int percent, const QString &text) { context.reportProgress(percent, text); };
}

JobContext JobContext::within(int from, int to) const
{
    JobContext step(*this);
    step.m_from = scaled(from);
    step.m_to = scaled(to);
    return step;
}

int JobContext::scaled(int percent) const
{
    return percent < 0 ? -1 : m_from + percent * (m_to - m_from) / 100;
}

SessionOptions JobContext::cancellableConnect(SessionOptions options) const
{
    options.cancelConnect = &m_state->cancelled;
    return options;
}

InterruptGuard::InterruptGuard(const JobContext &context, std::function<void()> interrupt)
    : m_state(context.m_state)
{
    std::lock_guard lock(m_state->mutex);
    m_id = ++m_state->lastInterruptId;
    // A cancel that came before the call started would otherwise be missed until the next check.
    if (m_state->cancelled.load())
        interrupt();
    m_state->interrupts.emplace(m_id, std::move(interrupt));
}

InterruptGuard::InterruptGuard(const JobContext &context, PgSession &session)
    : InterruptGuard(context, [&session] { session.cancel(); })
{
}

InterruptGuard::~InterruptGuard()
{
    std::lock_guard lock(m_state->mutex);
    m_state->interrupts.erase(m_id);
}

} // namespace dbpulse
