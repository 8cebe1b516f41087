#pragma once

#include "core/advisor/indexapply.h"
#include "core/advisor/indexcheck.h"
#include "core/advisor/indexrecommendation.h"
#include "core/db/target.h"

#include <QDialog>
#include <QFuture>
#include <QPointer>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace dbpulse {

class StatementJob;

/// \brief Confirms and runs one recommendation's DDL: names the database, shows the exact statement,
/// runs it as a cancellable StatementJob with pg_stat_progress_create_index progress, and after a
/// failed or cancelled build shows (and offers to run) the DDL that drops the invalid index left
/// behind. A created index's statements get a latency baseline first (advice that checks itself);
/// the record is saved in AppliedIndexStore. GUI thread; blocking work runs on the pool.
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
    void runStatement(const QString &sql, bool withProgress);
    void onFinished();
    void showLeftovers();
    void setBusy(bool busy);

    const IndexRecommendation m_rec;
    const Target m_target;
    const QString m_password;
    AppliedIndexRecord m_baseline;
    QStringList m_cleanup;         ///< cleanup statements still to run, one per job
    bool m_cleaning = false;
    QPointer<StatementJob> m_job;
    // The pool tasks themselves (never their GUI-thread continuations), waited for on destruction.
    QFuture<AppliedIndexRecord> m_baselineWork;
    QFuture<IndexLeftovers> m_leftoverWork;
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
