#include "core/backup/filehasher.h"

#include "core/backup/sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace dbpulse {

bool hashFile(const QString &path, QString *sha256, qint64 *size, const JobContext &ctx,
              QString *error, const std::function<void(qint64)> &onBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (ctx.isCancelled()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = file.errorString();
            return false;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
        if (onBytes)
            onBytes(total);
    }
    *sha256 = QString::fromLatin1(hash.hexResult());
    *size = total;
    return true;
}

bool hashTree(const QString &base, const QString &subdir, QList<BackupFileEntry> *files,
              const JobContext &ctx, QString *error)
{
    const QDir baseDir(base);
    QStringList paths;
    QDirIterator it(baseDir.filePath(subdir), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << baseDir.relativeFilePath(it.next());
    std::sort(paths.begin(), paths.end());
    for (const QString &rel : std::as_const(paths)) {
        BackupFileEntry entry;
        entry.path = rel;
        QString err;
        if (!hashFile(baseDir.filePath(rel), &entry.sha256, &entry.size, ctx, &err)) {
            *error = QStringLiteral("%1: %2").arg(rel, err);
            return false;
        }
        files->append(entry);
    }
    return true;
}

} // namespace dbpulse
