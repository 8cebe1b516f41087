#pragma once

#include <QPointer>
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
class ProfileStore;
class VerifyJob;

/// \brief The Backups page: back up a connection into a destination folder with progress and
/// cancel, list the backups there (verified state, size, age), verify one, and restore one through
/// RestoreWizard ("Restore…", Enter). GUI thread; jobs and disk scans run off it.
class BackupsPage : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsPage(const ProfileStore *profiles, QWidget *parent = nullptr);
    ~BackupsPage() override;

    /// Folder shown and written to (remembered in QSettings).
    QString destination() const;

Q_SIGNALS:
    /// A restored database should be opened in the dashboard (password-free conninfo).
    void openDatabaseRequested(const QString &conninfo);

public Q_SLOTS:
    void refresh();

private:
    void startBackup();
    void verifySelected();
    void restoreSelected();
    void updateButtons();
    QString targetText() const;

    const ProfileStore *m_profiles;
    BackupListModel *m_model;
    QComboBox *m_connection;
    QLineEdit *m_destination;
    QComboBox *m_format;
    QSpinBox *m_jobs;
    QSpinBox *m_compress;
    QPushButton *m_backupButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
    QPushButton *m_verifyButton;
    QPushButton *m_restoreButton;
    QPointer<BackupJob> m_backupJob;
    QPointer<VerifyJob> m_verifyJob;
    quint64 m_refreshGeneration = 0;
};

} // namespace dbpulse
