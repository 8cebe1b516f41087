#include "core/backup/backupcatalog.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace dbpulse {

QList<BackupEntry> listBackups(const QString &dir)
{
    QList<BackupEntry> entries;
    // Never through a link: a linked "backup" may point anywhere (prune reports them, see backupprune).
    const QFileInfoList subdirs = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &info : subdirs) {
        BackupEntry e;
        e.path = info.absoluteFilePath();
        QString err;
        e.complete = BackupManifest::read(e.path, &e.manifest, &err);
        if (e.complete)
            e.verification = VerificationRecord::readCurrent(e.path, e.manifest);
        if (!e.complete) {
            // Only directories that look like ours: a manifest, or an archive pg_dump was writing.
            const QDir d(e.path);
            e.inProgressMarker = d.exists(BackupManifest::inProgressMarker());
            if (!e.inProgressMarker && !d.exists(BackupManifest::fileName()) && !d.exists(QStringLiteral("archive.dump"))
                && !d.exists(QStringLiteral("archive")))
                continue;
            e.problem = err;
            e.manifest.started = info.lastModified().toUTC();
        }
        entries << e;
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.manifest.started > b.manifest.started;
    });
    return entries;
}

} // namespace dbpulse
