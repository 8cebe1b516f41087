#include "models/backuplistmodel.h"

#include <QLocale>

namespace dbpulse {

void BackupListModel::setBackups(const QList<BackupEntry> &backups)
{
    beginResetModel();
    m_backups = backups;
    endResetModel();
}

void BackupListModel::setVerification(const QString &path, Verification result, const QString &detail)
{
    m_verification.insert(path, {result, detail});
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).path == path)
            Q_EMIT dataChanged(index(row, State), index(row, State));
    }
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::ageText(const QDateTime &then, const QDateTime &now)
{
    const qint64 s = std::max<qint64>(0, then.secsTo(now));
    if (s < 3600)
        return tr("%n min", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return tr("%n h", nullptr, int(s / 3600));
    return tr("%n d", nullptr, int(s / 86400));
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupEntry &b = m_backups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started:
            return QStringLiteral("%1 (%2)").arg(QLocale().toString(b.manifest.started.toLocalTime(), QLocale::ShortFormat),
                                                 ageText(b.manifest.started, QDateTime::currentDateTimeUtc()));
        case Database:
            return b.manifest.database.isEmpty() ? QStringLiteral("—") : b.manifest.database;
        case Format:
            return b.complete ? BackupOptions::formatName(b.manifest.options.format) : QStringLiteral("—");
        case Size:
            return b.complete ? QLocale().formattedDataSize(b.manifest.totalBytes()) : QStringLiteral("—");
        case State: {
            if (!b.complete)
                return tr("Incomplete");
            const auto v = m_verification.value(b.path, {Verification::Unknown, {}});
            if (v.first == Verification::Verified)
                return tr("Verified");
            if (v.first == Verification::Failed)
                return tr("Damaged");
            return tr("Complete");
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (!b.complete)
            return b.path + QLatin1Char('\n') + b.problem;
        return b.path + QLatin1Char('\n') + m_verification.value(b.path).second;
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case PathRole:
        return b.path;
    case CompleteRole:
        return b.complete;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Database:
        return tr("Database");
    case Format:
        return tr("Format");
    case Size:
        return tr("Size");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace dbpulse
