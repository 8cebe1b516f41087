#pragma once

#include "core/advisor/indexapply.h"
#include "core/advisor/indexcheck.h"
#include "core/advisor/indexrecommendation.h"
#include "core/db/target.h"
#include "core/jobs/job.h"

namespace dbpulse {

/// \brief What applying one piece of index advice did. Value type.
struct IndexApplyOutcome
{
    QString commandStatus;       ///< the server's command tag on success
    /// The affected statements' latency right before the change; its statements are empty when
    /// the advice names none or pg_stat_statements could not be read (then there is no self-check).
    AppliedIndexRecord baseline;
    QString recordError;         ///< the baseline could not be saved for the self-check
    /// After a failed or cancelled concurrent build: the invalid index it left behind.
    IndexLeftovers leftovers;
};

/// \brief The whole "apply index advice" workflow as one Job, for `dbpulse-cli indexes --apply`
/// and the Indexes page alike: read the affected statements' latency (the "before" of the
/// self-check), run exactly the advice's DDL with build progress, save the baseline in
/// AppliedIndexStore on success, and after a failed concurrent build look for the invalid index
/// it left. cancel() stops the build on the server. Lives in the thread that created it.
class IndexApplyJob : public Job
{
    Q_OBJECT
public:
    IndexApplyJob(IndexRecommendation rec, Target target, QString password, QObject *parent = nullptr);
    ~IndexApplyJob() override;

    const IndexRecommendation &recommendation() const { return m_rec; }
    /// Valid once finished() was emitted.
    const IndexApplyOutcome &outcome() const { return m_outcome; }
    /// The advice builds an index (CREATE / REINDEX) rather than dropping one.
    static bool buildsIndex(const QString &ddl);

protected:
    void doStart() override;

private:
    QString run(const JobContext &ctx);

    const IndexRecommendation m_rec;
    const Target m_target;
    const QString m_password;
    IndexApplyOutcome m_outcome; ///< written by the work before it returns
};

} // namespace dbpulse
