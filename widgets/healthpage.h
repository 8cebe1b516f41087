#pragma once

#include "core/health/healththresholds.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace dbpulse {

class ServerContexts;
class FindingModel;
class TableTools;
class HealthJob;
class StatementJob;
struct Finding;
struct HealthScore;

/// \brief The Health page: runs the doctor on the selected connected server as a cancellable
/// HealthJob, shows the score with how much it could not check, and the findings grouped by
/// severity (not-checked ones in a group of their own, related findings as one problem with its
/// parts) with each one's fix, exports
/// the report as HTML or PDF, and runs a finding's maintenance action (VACUUM, REINDEX, VALIDATE,
/// cancel/terminate a backend) as a StatementJob after a confirmation that shows the exact SQL,
/// then checks again. GUI thread.
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPage(ServerContexts *servers, QWidget *parent = nullptr);
    ~HealthPage() override;

    FindingModel *model() const { return m_model; }
    /// "87/100" after a run, "–" before.
    QString scoreText() const;
    QString statusText() const;
    /// The detail pane: the selected finding's title, full detail, evidence and fix.
    QString detailText() const;
    /// What the detail pane shows for \a finding.
    static QString findingText(const Finding &finding);
    TableTools *tableTools() const { return m_tools; }
    /// A doctor run or a maintenance action is under way.
    bool isRunning() const { return !m_job.isNull() || !m_action.isNull(); }
    /// The report as a PDF; false with \a error. Needs a finished run.
    bool exportPdfTo(const QString &path, QString *error) const;
    /// The limits the next runs compare against (the CLI's --thresholds); the defaults until set.
    void setThresholds(const HealthThresholds &thresholds) { m_thresholds = thresholds; }

public Q_SLOTS:
    void setCurrentKey(const QString &key);
    void runChecks();
    /// Asks for confirmation (object, database, exact SQL), then runs the selected finding's action.
    void runSelectedAction();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// The first time a connected server's page is shown, the (read-only) checks run by themselves.
    void runFirstCheck();
    void jobFinished();
    void actionFinished();
    void showSelectedFix();
    void showBreakdown(const HealthScore &score);
    const Finding *selectedFinding() const;
    void showProgress(int percent, const QString &text);
    void exportHtml();
    void exportPdf();
    void updateButtons();

    ServerContexts *m_servers;
    QString m_key;
    QString m_database;
    FindingModel *m_model;
    QPointer<HealthJob> m_job;
    QPointer<StatementJob> m_action;
    QString m_actionKey;
    QString m_jobKey;      ///< the server the running doctor checks
    QString m_autoRunKey;  ///< the key the checks last ran by themselves for
    QString m_html;
    HealthThresholds m_thresholds;
    QLabel *m_score;
    QLabel *m_status;
    QLabel *m_breakdown;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_exportPdf;
    QPushButton *m_fixAction;
    QProgressBar *m_progress;
    QTreeView *m_tree;
    TableTools *m_tools;
    QPlainTextEdit *m_fix;
};

} // namespace dbpulse
