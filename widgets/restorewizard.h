#pragma once

#include "core/backup/backupcatalog.h"

#include <QPointer>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace dbpulse {

class JobPasswords;
class ProfileStore;
class RestoreJob;
class RestoreRunPage;

/// \brief Restore wizard: target (a new database by default, name proposed from the backup;
/// replacing an existing one needs its name typed; parallel pg_restore jobs) → summary naming the
/// backup, server, database and whether it is new → progress with cancel → done, with "Open in
/// dashboard". For an SQLite backup the target is a new file (path proposed); replacing an
/// existing file needs its file name typed. When the defaults are usable it opens on the summary,
/// where Enter restores into the new database (replacing needs a click on the button naming it).
/// When the server asks for a password it prompts (memory only) and retries. GUI thread; the job
/// runs off it.
class RestoreWizard : public QWizard
{
    Q_OBJECT
public:
    /// \a passwords (may be null) must outlive the wizard.
    RestoreWizard(const BackupEntry &backup, const ProfileStore *profiles, const QString &defaultTarget,
                  JobPasswords *passwords, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    /// While restoring, Cancel/Escape cancel the job (which cleans up) instead of closing.
    void reject() override;

Q_SIGNALS:
    /// The user asked to open the restored database (password-free conninfo).
    void openDatabaseRequested(const QString &conninfo);

private:
    friend class RestoreTargetPage;
    friend class RestoreRunPage;
    friend class RestoreSummaryPage;
    BackupEntry m_backup;
    const ProfileStore *m_profiles;
    QString m_defaultTarget;
    JobPasswords *m_passwords;
    RestoreRunPage *m_runPage = nullptr;
};

} // namespace dbpulse
