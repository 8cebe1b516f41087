#pragma once

#include "core/backup/backupcatalog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dbpulse {

/// \brief The backups under one destination, newest first: started, database, format, size, age
/// and state (complete / incomplete / verified / failed verification). GUI thread.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Database, Format, Size, State, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, CompleteRole };
    enum class Verification { Unknown, Verified, Failed };

    using QAbstractTableModel::QAbstractTableModel;

    void setBackups(const QList<BackupEntry> &backups);
    /// Records a verify result for the backup at \a path (shown in the State column).
    void setVerification(const QString &path, Verification result, const QString &detail = {});
    BackupEntry backupAt(int row) const { return m_backups.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "3 h", "2 d": the age shown next to the time. Static for tests.
    static QString ageText(const QDateTime &then, const QDateTime &now);

private:
    QList<BackupEntry> m_backups;
    QHash<QString, QPair<Verification, QString>> m_verification;
};

} // namespace dbpulse
