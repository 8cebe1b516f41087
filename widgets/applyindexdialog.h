#pragma once

#include "core/advisor/indexapply.h"
#include "core/advisor/indexapplyjob.h"
#include "core/advisor/indexcheck.h"
#include "core/advisor/indexrecommendation.h"
#include "core/db/target.h"
#include "core/jobs/jobslot.h"

#include <QDialog>
#include <functional>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace dbpulse {

/// \brief Confirms and runs one recommendation's DDL: names the database, shows the exact statement,
/// runs it as an IndexApplyJob (the workflow the CLI's --apply runs too) with pg_stat_progress_create_index progress, and after a
/// failed or cancelled build shows (and offers to run) the DDL that drops the invalid index left
/// behind. A created index's statements get a latency baseline first (advice that checks itself);
/// the job saves the record in AppliedIndexStore. GUI thread; blocking work runs as Jobs.
class ApplyIndexDialog : public QDialog
{
    Q_OBJECT
public:
    ApplyIndexDialog(const IndexRecommendation &rec, const Target &target, const QString &password,
                     QWidget *parent = nullptr);
    ~ApplyIndexDialog() override;

    void reject() override;

Q_SIGNALS:
    /// The DDL ran to completion; \a record holds the statements' baseline (may be empty).
    void applied(const dbpulse::AppliedIndexRecord &record);

private:
    void start();
    /// Shows \a job's progress and makes it the dialog's one running job.
    void track(Job *job, bool withProgress, std::function<void(Job *)> done);
    void onApplied(const IndexApplyJob &job);
    void showLeftovers(const IndexLeftovers &left);
    void runCleanup();
    void setBusy(bool busy);

    const IndexRecommendation m_rec;
    const Target m_target;
    const QString m_password;
    QStringList m_cleanup;         ///< cleanup statements still to run, one per job
    JobSlot m_run; ///< the apply workflow, then each cleanup statement
    bool m_busy = false;

    QLabel *m_intro;
    QPlainTextEdit *m_ddl;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_cleanupDdl;
    QPushButton *m_apply;
    QPushButton *m_runCleanup;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
};

} // namespace dbpulse
