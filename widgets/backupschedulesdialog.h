#pragma once

#include "core/backup/backupschedule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTimeEdit;

namespace dbpulse {

class BackupScheduler;
class ProfileStore;

/// \brief "Schedules…" on the Backups page: daily backups per connection (time, destination,
/// format, verification, retention) and the list of past runs. Edits are stored on Save and the
/// scheduler re-reads them. GUI thread.
class BackupSchedulesDialog : public QDialog
{
    Q_OBJECT
public:
    BackupSchedulesDialog(const ProfileStore *profiles, BackupScheduler *scheduler, const QString &defaultDestination,
                          QWidget *parent = nullptr);

    /// The connection ("@name") a schedule added with "Add" starts with; empty: the first saved one.
    void setPreferredConnection(const QString &connection) { m_preferredConnection = connection; }

private:
    void addSchedule();
    void removeSchedule();
    void saveSchedule();
    void showSchedule(int row);
    void refreshList();
    void refreshRuns();
    BackupSchedule formSchedule() const;
    /// Asks, naming the database and folder, before a schedule may delete backups. True when confirmed.
    bool confirmPrune(const BackupSchedule &s);
    static QString summary(const BackupSchedule &s);

    const ProfileStore *m_profiles;
    BackupScheduler *m_scheduler;
    QString m_defaultDestination;
    QString m_preferredConnection;
    QList<BackupSchedule> m_schedules;
    QListWidget *m_list;
    QComboBox *m_connection;
    QTimeEdit *m_at;
    QLineEdit *m_destination;
    QComboBox *m_format;
    QSpinBox *m_compress;
    QCheckBox *m_testRestore;
    QCheckBox *m_prune;
    QSpinBox *m_keepDaily;
    QSpinBox *m_keepWeekly;
    QSpinBox *m_keepMonthly;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_runNow;
    QTableView *m_runs;
    QStandardItemModel *m_runsModel;
};

} // namespace dbpulse
