#pragma once

#include "core/jobs/job.h"

#include <memory>

namespace dbpulse {

/// \brief A Job that runs one engine function and keeps its result: the shape of every short
/// action that is not a workflow of its own (the advisor run, EXPLAIN, the sessions list, a
/// connection test). The function gets the JobContext; its result type carries its own errors
/// (AdvisorReport::error, ExplainResult::error …), so the job itself fails only when cancelled.
/// The work holds only values: the job may be destroyed while it runs (JobSlot relies on it).
template <typename R>
class TaskJob final : public Job
{
public:
    using Work = std::function<R(const JobContext &)>;

    explicit TaskJob(Work work, QObject *parent = nullptr)
        : Job(parent)
        , m_work(std::move(work))
        , m_result(std::make_shared<R>())
    {
    }

    /// Valid after finished() with State::Succeeded.
    const R &result() const { return *m_result; }

protected:
    void doStart() override
    {
        runWorker([work = m_work, result = m_result](const JobContext &ctx) {
            *result = work(ctx);
            return ctx.isCancelled() ? QStringLiteral("cancelled") : QString();
        });
    }

private:
    Work m_work;
    std::shared_ptr<R> m_result; ///< written by the work, read here after finished()
};

} // namespace dbpulse
