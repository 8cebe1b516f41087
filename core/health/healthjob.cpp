#include "core/health/healthjob.h"

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
    setProgress(0, QStringLiteral("connecting to %1").arg(m_target.label));
    runWorker([doctor = m_doctor, report = m_report, status = m_status, target = m_target](const JobContext &ctx) {
        // The doctor interrupts its own session (PQcancel) when cancelled.
        InterruptGuard interrupt(ctx, [doctor] { doctor->cancel(); });
        const HealthDoctor::Progress progress = [ctx](int done, int total, const QString &check, const QString &step,
                                                      double stepFraction) {
            const int percent = total > 0 ? int(100 * (done + stepFraction) / total) : -1;
            QString text = check.isEmpty() ? QStringLiteral("done")
                                           : QStringLiteral("%1/%2 %3").arg(done + 1).arg(total).arg(check);
            if (!step.isEmpty())
                text += QStringLiteral(" — ") + step;
            ctx.reportProgress(percent, text);
        };
        QString error;
        *status = doctor->run(target, report.get(), &error, progress);
        switch (*status) {
        case HealthDoctor::Status::Completed:
            return QString();
        case HealthDoctor::Status::CannotConnect:
            return QStringLiteral("cannot connect to %1: %2").arg(target.label, error);
        case HealthDoctor::Status::Cancelled:
            break;
        }
        return QStringLiteral("cancelled");
    });
}

} // namespace dbpulse
