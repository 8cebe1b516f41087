#pragma once

#include "core/backup/backupcatalog.h"

#include <QAbstractTableModel>

namespace dbpulse {

/// \brief The backups under one destination, newest first: started, database, format, size, age
/// and state (incomplete, never verified, checksums verified <date>, verified by restore <date>,
/// failed verification <date>) from each backup's verification record. GUI thread.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Database, Format, Size, State, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,
        CompleteRole,
        SortRole, ///< start time and size as numbers, so "9 MB" sorts below "10 MB"
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setBackups(const QList<BackupEntry> &backups);
    /// Replaces the verification record of the backup at \a path (after a verify on the page).
    void setVerification(const QString &path, const VerificationRecord &record);
    /// "verified by restore 21/11/2026 02:00" etc.; static for tests and the CLI's wording.
    static QString verificationText(const VerificationRecord &record);
    BackupEntry backupAt(int row) const { return m_backups.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "3 h", "2 d": the age shown next to the time. Static for tests.
    static QString ageText(const QDateTime &then, const QDateTime &now);

private:
    QList<BackupEntry> m_backups;
};

} // namespace dbpulse
