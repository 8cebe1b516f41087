#pragma once

#include "core/jobs/jobslot.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dbpulse {

class TableTools;
class MigrationJob;
class ConnectionPicker;
class MigrationListModel;
class ServerRegistry;
struct MigrationReport;
struct MigrationRequest;
struct Target;

/// \brief The Migrations page: a connection (the window's current one, any other the server
/// registry knows, or a typed target) and a folder, see every migration's state, read
/// the SQL of the selected one, and run dry-run / up / down / validate as cancellable MigrationJobs
/// with a live log and progress. Anything that changes the database asks first, naming it. GUI thread.
class MigrationsPage : public QWidget
{
    Q_OBJECT
public:
    /// Lists \a servers' connections; a password comes from a live session to the same database
    /// (memory only), else from libpq's own sources (~/.pgpass, the service file, PGPASSWORD).
    explicit MigrationsPage(ServerRegistry *servers, QWidget *parent = nullptr);
    /// Cancels a running job; the job's destructor waits for its worker.
    ~MigrationsPage() override;

    /// The registry row the page works on; empty while it holds a typed target.
    QString currentKey() const;

public Q_SLOTS:
    /// Re-reads the folder and the database's history (a Status job).
    void refresh();
    /// Follows the window's current connection (the sidebar's selection).
    void setCurrentKey(const QString &key);
    /// Shows \a dir (the demo's migrations) when the user has chosen no folder; it is not
    /// remembered, since it goes away with the demo.
    void offerFolder(const QString &dir);

private:
    enum class Action { Status, DryRun, Up, Down, Validate };
    /// Up and Down first run a plan-only job; the confirmation shows what it found, and only
    /// those versions run (confirmedVersions), or nothing does.
    void run(Action action);
    void jobFinished(Action action, bool planOnly);
    void confirmAndRun(Action action, const MigrationReport &plan);
    void showSelectedSql();
    void updateButtons();
    /// Another database: the table no longer describes it; read its state afresh.
    void targetChanged();
    void appendLog(const QString &line);
    QString targetText() const;
    bool buildRequest(MigrationRequest *request, QString *error) const;

    ServerRegistry *m_servers;
    MigrationListModel *m_model;
    ConnectionPicker *m_connection;
    QLineEdit *m_folder;
    QString m_offeredFolder; ///< the demo's folder: shown, never remembered
    QComboBox *m_style;
    QTableView *m_table;
    TableTools *m_tools;
    QPlainTextEdit *m_sql;
    QPlainTextEdit *m_log;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_refreshButton;
    QPushButton *m_dryRunButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_validateButton;
    QPushButton *m_cancelButton;
    QPointer<MigrationJob> m_job;
    JobSlot m_sqlJob; ///< reads the selected migration's SQL
    std::optional<QStringList> m_confirmedVersions; ///< for the run() that follows a confirmation
    QString m_confirmedTarget;                      ///< the target text it was confirmed for
    bool m_refreshWanted = false;                   ///< the target changed while a job ran
};

} // namespace dbpulse
