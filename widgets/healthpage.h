#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace dbpulse {

class ConnectionController;
class FindingModel;
class HealthJob;

/// \brief The Health page: runs the doctor on the selected connected server as a cancellable
/// HealthJob, shows the score and the findings grouped by severity with each one's fix (shown,
/// never run), and exports the HTML report. GUI thread.
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    explicit HealthPage(ConnectionController *controller, QWidget *parent = nullptr);
    ~HealthPage() override;

    FindingModel *model() const { return m_model; }
    /// "87/100" after a run, "–" before.
    QString scoreText() const;
    bool isRunning() const { return !m_job.isNull(); }

public Q_SLOTS:
    void setCurrentKey(const QString &key);
    void runChecks();

private:
    void jobFinished();
    void showSelectedFix();
    void exportHtml();
    void updateButtons();

    ConnectionController *m_controller;
    QString m_key;
    FindingModel *m_model;
    QPointer<HealthJob> m_job;
    QString m_html;
    QLabel *m_score;
    QLabel *m_status;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QTreeView *m_tree;
    QPlainTextEdit *m_fix;
};

} // namespace dbpulse
