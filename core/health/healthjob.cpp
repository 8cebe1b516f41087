#include "core/health/healthjob.h"

#include <QPointer>
#include <QtConcurrent>

namespace dbpulse {

HealthJob::HealthJob(Target target, DoctorOptions options, QObject *parent)
    : Job(parent)
    , m_target(std::move(target))
    , m_doctor(std::make_shared<HealthDoctor>(std::move(options)))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        m_report = outcome.report;
        switch (outcome.status) {
        case HealthDoctor::Status::Completed:
            finish(true);
            break;
        case HealthDoctor::Status::CannotConnect:
            finish(false, QStringLiteral("cannot connect to %1: %2").arg(m_target.label, outcome.error));
            break;
        case HealthDoctor::Status::Cancelled:
            finish(false, QStringLiteral("cancelled"));
            break;
        }
    });
}

HealthJob::~HealthJob()
{
    if (m_watcher.isRunning()) {
        m_doctor->cancel();
        m_watcher.waitForFinished();
    }
}

void HealthJob::doStart()
{
    QPointer<HealthJob> self(this);
    const std::shared_ptr<HealthDoctor> doctor = m_doctor;
    const Target target = m_target;
    const HealthDoctor::Progress progress = [self](int done, int total, const QString &check, const QString &step,
                                                   double stepFraction) {
        const int percent = total > 0 ? int(100 * (done + stepFraction) / total) : -1;
        QString text = check.isEmpty() ? QStringLiteral("done") : QStringLiteral("%1/%2 %3").arg(done + 1).arg(total).arg(check);
        if (!step.isEmpty())
            text += QStringLiteral(" — ") + step;
        QMetaObject::invokeMethod(self, [self, percent, text] { if (self) self->setProgress(percent, text); }, Qt::QueuedConnection);
    };
    setProgress(0, QStringLiteral("connecting to %1").arg(target.label));
    m_watcher.setFuture(QtConcurrent::run([doctor, target, progress] {
        Outcome outcome;
        outcome.status = doctor->run(target, &outcome.report, &outcome.error, progress);
        return outcome;
    }));
}

void HealthJob::doCancel()
{
    m_doctor->cancel();
}

} // namespace dbpulse
