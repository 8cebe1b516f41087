#include "core/io/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dbpulse {

namespace {

constexpr QFileDevice::Permissions ownerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool makePrivateDirectory(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return fail(error, QStringLiteral("%1 is a symbolic link; refusing to keep data there").arg(QDir::toNativeSeparators(path)));
    if (!info.exists() && !QDir().mkpath(path))
        return fail(error, QStringLiteral("cannot create directory %1").arg(QDir::toNativeSeparators(path)));
    if (!QFile::setPermissions(path, ownerOnlyDir))
        return fail(error, QStringLiteral("cannot make directory %1 private (0700)").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool makePrivateFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return fail(error, QStringLiteral("%1 is a symbolic link; refusing to write through it").arg(QDir::toNativeSeparators(path)));
    if (!info.exists()) {
        QFile file(path);
        // Created 0600 by open() itself: the umask can only take bits away, never add them.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
            return fail(error, QStringLiteral("cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    }
    if (!QFile::setPermissions(path, ownerOnlyFile))
        return fail(error, QStringLiteral("cannot make %1 private (0600)").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace dbpulse
