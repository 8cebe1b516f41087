#pragma once

#include "core/jobs/jobslot.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dbpulse {

class MigrationJob;
class MigrationListModel;
class ProfileStore;
struct MigrationReport;
struct MigrationRequest;
struct Target;

/// \brief The Migrations page: pick a connection and a folder, see every migration's state, read
/// the SQL of the selected one, and run dry-run / up / down / validate as cancellable MigrationJobs
/// with a live log and progress. Anything that changes the database asks first, naming it. GUI thread.
class MigrationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationsPage(const ProfileStore *profiles, QWidget *parent = nullptr);

    /// Where a password comes from when the chosen target is already connected in the dashboard
    /// (kept in memory there). Without one — or when it returns nothing — libpq's own sources
    /// apply (~/.pgpass, the service file, PGPASSWORD).
    using PasswordProvider = std::function<QString(const Target &)>;
    void setPasswordProvider(PasswordProvider provider) { m_passwordProvider = std::move(provider); }
    /// Cancels a running job; the job's destructor waits for its worker.
    ~MigrationsPage() override;

public Q_SLOTS:
    /// Re-reads the folder and the database's history (a Status job).
    void refresh();

private:
    enum class Action { Status, DryRun, Up, Down, Validate };
    /// Up and Down first run a plan-only job; the confirmation shows what it found, and only
    /// those versions run (confirmedVersions), or nothing does.
    void run(Action action);
    void jobFinished(Action action, bool planOnly);
    void confirmAndRun(Action action, const MigrationReport &plan);
    void showSelectedSql();
    void updateButtons();
    void appendLog(const QString &line);
    QString targetText() const;
    bool buildRequest(MigrationRequest *request, QString *error) const;

    const ProfileStore *m_profiles;
    PasswordProvider m_passwordProvider;
    MigrationListModel *m_model;
    QComboBox *m_connection;
    QLineEdit *m_folder;
    QComboBox *m_style;
    QTableView *m_table;
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
};

} // namespace dbpulse
