#include "core/backup/verificationrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "core/io/safetree.h"

namespace dbpulse {

namespace {

QJsonObject toJson(const VerificationCheck &c)
{
    return QJsonObject{{QStringLiteral("time"), c.when.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("ok"), c.ok},
                       {QStringLiteral("detail"), c.detail},
                       {QStringLiteral("counts_compared"), c.countsCompared}};
}

VerificationCheck fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    VerificationCheck c;
    c.when = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    c.ok = o.value(QStringLiteral("ok")).toBool();
    c.detail = o.value(QStringLiteral("detail")).toString();
    c.countsCompared = o.value(QStringLiteral("counts_compared")).toBool();
    return c;
}

} // namespace

VerificationRecord::State VerificationRecord::state() const
{
    const VerificationCheck *newest = &checksums;
    if (restore.ran() && (!checksums.ran() || restore.when >= checksums.when))
        newest = &restore;
    if (!newest->ran())
        return State::Never;
    if (!newest->ok)
        return State::Failed;
    // Checksums that pass after a passing test restore show the same bytes that were restored.
    if (restore.ran() && restore.ok && restore.countsCompared)
        return State::RestoreVerified;
    return State::ChecksumsVerified;
}

QDateTime VerificationRecord::stateTime() const
{
    switch (state()) {
    case State::Never:
        return {};
    case State::RestoreVerified:
        return restore.when;
    case State::ChecksumsVerified:
        // Passing checksums, or a test restore that passed with no row counts to compare (it read
        // the whole archive): the newer of the two.
        return std::max(checksums.ran() && checksums.ok ? checksums.when : QDateTime(),
                        restore.ran() && restore.ok ? restore.when : QDateTime());
    case State::Failed:
        return std::max(restore.ran() ? restore.when : QDateTime(), checksums.ran() ? checksums.when : QDateTime());
    }
    return {};
}

VerificationRecord VerificationRecord::read(const QString &backupDir, const QString &manifestChecksum)
{
    VerificationRecord r;
    r.manifestChecksum = manifestChecksum;
    QFile file(QDir(backupDir).filePath(fileName()));
    if (manifestChecksum.isEmpty() || !file.open(QIODevice::ReadOnly))
        return r;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("manifest_sha256")).toString() != manifestChecksum)
        return r;
    r.checksums = fromJson(root.value(QStringLiteral("checksums")));
    r.restore = fromJson(root.value(QStringLiteral("restore_test")));
    return r;
}

VerificationRecord VerificationRecord::readCurrent(const QString &backupDir, const BackupManifest &manifest)
{
    VerificationRecord r = read(backupDir, manifest.manifestSha256);
    if (!r.verified())
        return r;
    const QDir dir(backupDir);
    const QDateTime checked = r.stateTime();
    for (const BackupFileEntry &f : manifest.files) {
        const QFileInfo info(dir.filePath(f.path));
        if (!info.exists() || info.size() != f.size || info.lastModified() > checked) {
            VerificationRecord stale;
            stale.manifestChecksum = manifest.manifestSha256;
            return stale;
        }
    }
    return r;
}

bool VerificationRecord::write(const QString &backupDir, QString *error) const
{
    QJsonObject root{{QStringLiteral("manifest_sha256"), manifestChecksum}};
    if (checksums.ran())
        root.insert(QStringLiteral("checksums"), toJson(checksums));
    if (restore.ran())
        root.insert(QStringLiteral("restore_test"), toJson(restore));
    QSaveFile file(QDir(backupDir).filePath(fileName()));
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = QCoreApplication::translate("Backup", "cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    // QSaveFile creates a new file with the umask's bits; the record is ours alone.
    return restrictToOwner(file.fileName(), error);
}

bool VerificationRecord::record(const QString &backupDir, const QString &manifestChecksum, bool restoreTest,
                                const VerificationCheck &check, QString *error)
{
    VerificationRecord r = read(backupDir, manifestChecksum);
    (restoreTest ? r.restore : r.checksums) = check;
    return r.write(backupDir, error);
}

} // namespace dbpulse
