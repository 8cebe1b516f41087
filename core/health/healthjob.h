#pragma once

#include "core/db/target.h"
#include "core/health/healthdoctor.h"
#include "core/jobs/job.h"

#include <memory>

namespace dbpulse {

/// \brief A doctor run as a cancellable Job (for the Health page and `dbpulse-cli doctor`): the
/// checks run on the job pool, progress ("7/17 orphan_rows — orphans: 3/12 fk_order_customer")
/// comes back queued, cancel() interrupts the running statement with PQcancel. Lives in the
/// thread that created it. The work holds the doctor and the report by shared pointer, so the
/// job may be dropped while it runs.
class HealthJob : public Job
{
    Q_OBJECT
public:
    HealthJob(Target target, DoctorOptions options, QObject *parent = nullptr);

    /// The report; valid after finished() with State::Succeeded.
    const HealthReport &report() const { return *m_report; }

protected:
    void doStart() override;

private:
    Target m_target;
    std::shared_ptr<HealthDoctor> m_doctor;
    std::shared_ptr<HealthReport> m_report;
    /// Written by the work before it returns; read on this thread once it finished.
    std::shared_ptr<HealthDoctor::Status> m_status;
};

} // namespace dbpulse
