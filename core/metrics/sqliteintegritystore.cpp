#include "core/metrics/sqliteintegritystore.h"

#include "core/io/privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace dbpulse {

namespace {

// The same file reached through a symlink or a relative path is one record.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

} // namespace

SqliteIntegrityStore::SqliteIntegrityStore(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sqlite-checks")
                      : directory)
{
}

QString SqliteIntegrityStore::recordPath(const QString &databasePath) const
{
    const QByteArray key = QCryptographicHash::hash(canonical(databasePath).toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json");
}

bool SqliteIntegrityStore::record(const QString &databasePath, const SqliteIntegrityRecord &record, QString *error) const
{
    if (!makePrivateDirectory(m_directory, error))
        return false;
    const QJsonObject o{{QStringLiteral("path"), canonical(databasePath)},
                        {QStringLiteral("checked_at"), record.checkedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("ok"), record.ok},
                        {QStringLiteral("check"), record.check},
                        {QStringLiteral("summary"), record.summary}};
    const QString path = recordPath(databasePath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Metrics", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Metrics", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    pruneDeleted();
    return true;
}

void SqliteIntegrityStore::pruneDeleted() const
{
    // Only our own record files (32 hex digits + .json), never through a symlink.
    static const QRegularExpression recordName(QStringLiteral("^[0-9a-f]{32}\\.json$"));
    const QFileInfoList entries = QDir(m_directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        if (!recordName.match(entry.fileName()).hasMatch())
            continue;
        QFile file(entry.filePath());
        const QString checked = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("path")).toString()
            : QString();
        file.close();
        if (!checked.isEmpty() && !QFileInfo::exists(checked))
            QFile::remove(entry.filePath());
    }
}

std::optional<SqliteIntegrityRecord> SqliteIntegrityStore::last(const QString &databasePath, QString *error) const
{
    const QString path = recordPath(databasePath);
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
    const QJsonObject o = doc.object();
    SqliteIntegrityRecord r;
    r.checkedAt = QDateTime::fromString(o.value(QStringLiteral("checked_at")).toString(), Qt::ISODateWithMs);
    // A record of another file (a hash collision) or a damaged one is no record.
    if (!r.checkedAt.isValid() || o.value(QStringLiteral("path")).toString() != canonical(databasePath)) {
        if (error)
            *error = QCoreApplication::translate("Metrics", "cannot read %1: not an integrity record").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.check = o.value(QStringLiteral("check")).toString();
    r.summary = o.value(QStringLiteral("summary")).toString();
    return r;
}

} // namespace dbpulse
