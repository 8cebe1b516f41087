#include "core/backup/backupscheduler.h"

#include "core/backup/backuplogging.h"
#include "core/backup/backupjob.h"
#include "core/backup/backupprune.h"
#include "core/backup/backupverifier.h"
#include "core/backup/restoretest.h"
#include "core/db/profilestore.h"
#include "core/db/target.h"


#include <algorithm>

namespace dbpulse {

namespace {

// Decide at least this often, so a changed clock or a resumed laptop is noticed.
constexpr int kMaxSleepMs = 60 * 1000;

} // namespace

BackupScheduler::BackupScheduler(const ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_pruneJob(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::decide);
}

// A prune in progress finishes on the job pool (it cannot be cancelled halfway through a
// deletion); the application waits for the pool when it exits.
BackupScheduler::~BackupScheduler() = default;

void BackupScheduler::start()
{
    m_started = true;
    decide();
}

void BackupScheduler::reload()
{
    if (m_started)
        decide();
}

void BackupScheduler::runNow(const QString &id)
{
    if (id != m_runningId && !m_queue.contains(id))
        m_queue << id;
    startNext();
}

BackupSchedule BackupScheduler::scheduleById(const QString &id) const
{
    for (const BackupSchedule &s : ScheduleStore::schedules()) {
        if (s.id == id)
            return s;
    }
    return {};
}

void BackupScheduler::decide()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 sleepMs = kMaxSleepMs;
    for (const BackupSchedule &s : ScheduleStore::schedules()) {
        if (!s.enabled || s.id == m_runningId || m_queue.contains(s.id))
            continue;
        const ScheduleDecision d = decideSchedule(s.at, s.anchor, now, m_zone);
        if (d.dueNow)
            m_queue << s.id;
        else
            sleepMs = std::min(sleepMs, std::max<qint64>(1000, now.msecsTo(d.next)));
    }
    m_timer.start(int(sleepMs));
    startNext();
}

void BackupScheduler::startNext()
{
    if (!m_runningId.isEmpty() || m_queue.isEmpty())
        return;
    const BackupSchedule s = scheduleById(m_queue.takeFirst());
    if (s.id.isEmpty()) {
        startNext(); // removed meanwhile
        return;
    }
    m_runningId = s.id;
    m_run = ScheduleRun{};
    m_run.started = QDateTime::currentDateTimeUtc();
    m_run.scheduleId = s.id;
    m_run.connection = s.connection;
    Q_EMIT runStarted(s.id);

    // The anchor moves when the run starts: a crash mid-run does not make it due again at once.
    QList<BackupSchedule> all = ScheduleStore::schedules();
    for (BackupSchedule &stored : all) {
        if (stored.id == s.id)
            stored.anchor = m_run.started;
    }
    ScheduleStore::setSchedules(all);

    const TargetParseResult t = parseTarget(s.connection, m_profiles);
    if (!t.ok()) {
        finishRun(false, t.error);
        return;
    }
    m_run.connection = t.target->label;
    BackupOptions options;
    options.format = s.format;
    options.compressLevel = s.compressLevel;
    auto *job = new BackupJob(*t.target, s.destination, options, this);
    if (m_passwordProvider)
        job->setPassword(m_passwordProvider(*t.target));
    m_job = job;
    connect(job, &Job::finished, this, [this, job](Job::State state, const QString &error) {
        job->deleteLater();
        if (state == Job::State::Succeeded)
            afterBackup(job->backupPath());
        else
            finishRun(false, state == Job::State::Cancelled ? tr("cancelled") : error);
    });
    job->start();
}

void BackupScheduler::afterBackup(const QString &backupPath)
{
    m_run.path = backupPath;
    const BackupSchedule s = scheduleById(m_runningId);
    const TargetParseResult t = parseTarget(s.connection, m_profiles);
    if (s.testRestore && t.ok()) {
        auto *job = new RestoreTestJob(backupPath, *t.target, this);
        if (m_passwordProvider)
            job->setPassword(m_passwordProvider(*t.target));
        m_job = job;
        connect(job, &Job::finished, this, [this, job](Job::State state, const QString &error) {
            job->deleteLater();
            afterVerify(state == Job::State::Succeeded,
                        state == Job::State::Succeeded ? tr("verified by restore (%1)").arg(job->result().detail) : error);
        });
        job->start();
        return;
    }
    auto *job = new VerifyJob(backupPath, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job](Job::State state, const QString &error) {
        job->deleteLater();
        afterVerify(state == Job::State::Succeeded, state == Job::State::Succeeded ? tr("checksums verified") : error);
    });
    job->start();
}

void BackupScheduler::afterVerify(bool ok, const QString &message)
{
    // A schedule removed while its run was under way no longer says where or how to prune.
    const BackupSchedule s = scheduleById(m_runningId);
    if (!ok || !s.prune || s.id.isEmpty() || s.destination.isEmpty()) {
        finishRun(ok, ok ? message : tr("the new backup failed verification: %1").arg(message));
        return;
    }
    // Deleting directories touches the disk: off the GUI thread.
    BackupManifest manifest;
    QString err;
    // Without the new backup's manifest we cannot tell which backups are its database's: an empty
    // group would prune every database in the folder.
    if (!BackupManifest::read(m_run.path, &manifest, &err)) {
        finishRun(false, tr("not pruned: %1").arg(err));
        return;
    }
    m_pruneJob.run<PruneResult>(
        [dir = s.destination, policy = s.retention, group = retentionGroup(manifest)](const JobContext &) {
            return pruneBackups(dir, policy, false, group);
        },
        [this, message](const PruneResult &result) {
            const auto deleted = std::count_if(result.plan.cbegin(), result.plan.cend(), [](const RetentionDecision &d) { return !d.keep; });
            QString text = deleted == 1 ? tr("%1; 1 old backup deleted").arg(message)
                                        : tr("%1; %n old backups deleted", nullptr, int(deleted)).arg(message);
            if (!result.deleteFailures.isEmpty())
                text = tr("%1; could not delete %2").arg(text, result.deleteFailures.join(QStringLiteral(", ")));
            finishRun(result.deleteFailures.isEmpty(), text);
        });
}

void BackupScheduler::finishRun(bool ok, const QString &message)
{
    m_run.finished = QDateTime::currentDateTimeUtc();
    m_run.ok = ok;
    m_run.message = message;
    ScheduleStore::addRun(m_run);
    qCInfo(lcBackup).noquote() << "scheduled backup of" << m_run.connection << (ok ? "done:" : "failed:") << message;
    m_runningId.clear();
    m_job = nullptr;
    Q_EMIT runFinished(m_run);
    startNext();
}

} // namespace dbpulse
