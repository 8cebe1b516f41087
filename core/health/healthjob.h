#pragma once

#include "core/db/target.h"
#include "core/health/healthdoctor.h"
#include "core/jobs/job.h"

#include <QFutureWatcher>
#include <memory>

namespace dbpulse {

/// \brief A doctor run as a cancellable Job (for the Health page): the checks run on the global
/// thread pool, progress ("7/17 orphan_rows — orphans: 3/12 fk_order_customer") comes back queued, cancel() interrupts the running
/// statement with PQcancel. Lives in the thread that created it (the GUI thread).
class HealthJob : public Job
{
    Q_OBJECT
public:
    HealthJob(Target target, DoctorOptions options, QObject *parent = nullptr);
    /// Cancels and waits: the running statement is cancelled server-side, so this is short.
    ~HealthJob() override;

    /// The report; valid after finished() with State::Succeeded.
    const HealthReport &report() const { return m_report; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Outcome
    {
        HealthDoctor::Status status = HealthDoctor::Status::Completed;
        HealthReport report;
        QString error;
    };
    Target m_target;
    std::shared_ptr<HealthDoctor> m_doctor;
    QFutureWatcher<Outcome> m_watcher;
    HealthReport m_report;
};

} // namespace dbpulse
