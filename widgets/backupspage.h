#pragma once

#include "core/jobs/jobslot.h"
#include "widgets/jobpasswords.h"

#include <QPointer>
#include <functional>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace dbpulse {

class BackupJob;
class BackupListModel;
class TableTools;
class BackupScheduler;
class ConnectionPicker;
class ServerRegistry;
class Job;

/// \brief The Backups page: back up a connection (the window's current one, any other the server
/// registry knows, or a typed target; PostgreSQL or SQLite) into a destination folder
/// with progress and cancel, list the backups there (verified state, size, age), verify one by
/// checksums or by a test restore, restore one through RestoreWizard ("Restore…", Enter), and edit
/// the schedules its BackupScheduler runs ("Schedules…", which offers to save an ad-hoc connection
/// first: schedules run saved ones). GUI thread; jobs and disk scans run off it.
class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsPage(ServerRegistry *servers, QWidget *parent = nullptr);
    ~BackupsPage() override;

    /// Folder shown and written to (remembered in QSettings).
    QString destination() const;
    /// Where GUI jobs get a password before prompting (MainWindow: the dashboard's live ones).
    void setPasswordProvider(JobPasswords::Provider provider);
    /// Runs the stored schedules; MainWindow starts it and shows its notifications.
    BackupScheduler *scheduler() const { return m_scheduler; }
    /// The registry row the page works on; empty while it holds a typed target.
    QString currentKey() const;

Q_SIGNALS:
    /// A restored database should be opened in the dashboard (password-free conninfo).
    void openDatabaseRequested(const QString &conninfo);

public Q_SLOTS:
    void refresh();
    /// Follows the window's current connection (the sidebar's selection).
    void setCurrentKey(const QString &key);
    /// Shows \a dir (the demo's backup destination) when the user has chosen none; it is not
    /// remembered, since it goes away with the demo.
    void offerDestination(const QString &dir);

private:
    /// Keeps the destination for the next start, unless it is the demo's.
    void rememberDestination();
    void startBackup();
    void verifySelected();
    void testRestoreSelected();
    void restoreSelected();
    void editSchedules();
    /// For an ad-hoc connection: asks to save it, and saves it through the connection dialog.
    /// False when the user cancelled; \a connection gets "@name" of what was saved.
    bool offerToSave(const QString &key, QString *connection);
    void updateButtons();
    /// Shows \a job's progress and makes it the page's one running job; \a done gets its end
    /// (not called when cancelled).
    void track(Job *job, std::function<void(Job *, bool ok, const QString &error)> done);

    ServerRegistry *m_servers;
    BackupListModel *m_model;
    ConnectionPicker *m_connection;
    QLineEdit *m_destination;
    QString m_offeredDestination; ///< the demo's destination: shown, never remembered
    QComboBox *m_format;
    QSpinBox *m_jobs;
    QSpinBox *m_compress;
    QPushButton *m_backupButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
    TableTools *m_tools;
    QPushButton *m_verifyButton;
    QPushButton *m_testRestoreButton;
    QPushButton *m_restoreButton;
    BackupScheduler *m_scheduler;
    JobPasswords m_passwords;
    JobSlot m_job;     ///< the one backup / verify / test restore running from this page
    JobSlot m_listing; ///< reading the destination's manifests; a newer refresh wins
};

} // namespace dbpulse
