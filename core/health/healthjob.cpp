#include "core/health/healthjob.h"

#include <QCoreApplication>

namespace dbpulse {

HealthJob::HealthJob(Target target, DoctorOptions options, QObject *parent)
    : Job(parent)
    , m_target(std::move(target))
    , m_doctor(std::make_shared<HealthDoctor>(std::move(options)))
    , m_report(std::make_shared<HealthReport>())
    , m_status(std::make_shared<HealthDoctor::Status>(HealthDoctor::Status::Completed))
{
    // Connected first, so whoever reads connectFailed() after finished() sees it set.
    connect(this, &Job::finished, this, [this] { m_connectFailed = *m_status == HealthDoctor::Status::CannotConnect; });
}

void HealthJob::doStart()
{
    setProgress(0, QCoreApplication::translate("Doctor", "connecting to %1").arg(m_target.label));
    runWorker([doctor = m_doctor, report = m_report, status = m_status, target = m_target](const JobContext &ctx) {
        QString error;
        *status = doctor->run(target, report.get(), &error, ctx);
        switch (*status) {
        case HealthDoctor::Status::Completed:
            return QString();
        case HealthDoctor::Status::CannotConnect:
            return QCoreApplication::translate("Doctor", "cannot connect to %1: %2").arg(target.label, error);
        case HealthDoctor::Status::Cancelled:
            break;
        }
        return QStringLiteral("cancelled");
    });
}

} // namespace dbpulse
