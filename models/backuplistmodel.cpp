#include "models/backuplistmodel.h"

#include "core/io/datasize.h"

#include <QLocale>

namespace dbpulse {

void BackupListModel::setBackups(const QList<BackupEntry> &backups)
{
    beginResetModel();
    m_backups = backups;
    endResetModel();
}

void BackupListModel::setVerification(const QString &path, const VerificationRecord &record)
{
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).path == path) {
            m_backups[row].verification = record;
            Q_EMIT dataChanged(index(row, State), index(row, State));
        }
    }
}

QString BackupListModel::verificationText(const VerificationRecord &record)
{
    const QString when = QLocale().toString(record.stateTime().toLocalTime(), QLocale::ShortFormat);
    switch (record.state()) {
    case VerificationRecord::State::Never:
        return tr("Never verified");
    case VerificationRecord::State::ChecksumsVerified:
        return tr("Checksums verified %1").arg(when);
    case VerificationRecord::State::RestoreVerified:
        return tr("Verified by restore %1").arg(when);
    case VerificationRecord::State::Failed:
        return tr("Failed verification %1").arg(when);
    }
    return {};
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
            if (!b.complete)
                return QStringLiteral("—");
            return b.manifest.kind == QLatin1String("sqlite") ? QStringLiteral("sqlite") : BackupOptions::formatName(b.manifest.options.format);
        case Size:
            return b.complete ? formatDataSize(b.manifest.totalBytes(), QLocale()) : QStringLiteral("—");
        case State:
            return b.complete ? verificationText(b.verification) : tr("Incomplete");
        }
        return {};
    case Qt::ToolTipRole: {
        if (!b.complete)
            return b.path + QLatin1Char('\n') + b.problem;
        QStringList lines{b.path};
        if (b.verification.checksums.ran())
            lines << tr("Checksums: %1").arg(b.verification.checksums.detail);
        if (b.verification.restore.ran())
            lines << tr("Test restore: %1").arg(b.verification.restore.detail);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        if (index.column() == Started)
            return b.manifest.started.toMSecsSinceEpoch();
        if (index.column() == Size)
            return b.complete ? QVariant(qint64(b.manifest.totalBytes())) : QVariant(qint64(-1));
        return data(index, Qt::DisplayRole);
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
