#include "core/io/safetree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace dbpulse {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Restricts the entry \a name of the open directory \a dirFd (or \a dirFd itself when name is
// null), recursing into directories through descriptors opened with O_NOFOLLOW.
bool restrictAt(int dirFd, const char *name, const QString &shown, bool recurse, QString *error)
{
    const int fd = name ? ::openat(dirFd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK) : ::dup(dirFd);
    if (fd < 0) {
        if (errno == ELOOP)
            return fail(error, QCoreApplication::translate("Files", "%1 is a symbolic link; refusing to follow it").arg(native(shown)));
        return fail(error, QCoreApplication::translate("Files", "cannot open %1: %2").arg(native(shown), errnoText()));
    }
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0;
    if (ok && !S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(error, QCoreApplication::translate("Files", "%1 is neither a file nor a directory").arg(native(shown)));
    }
    if (ok)
        ok = ::fchmod(fd, S_ISDIR(st.st_mode) ? 0700 : 0600) == 0;
    if (!ok) {
        const QString why = errnoText();
        ::close(fd);
        return fail(error, QCoreApplication::translate("Files", "cannot make %1 private: %2").arg(native(shown), why));
    }
    if (!recurse || !S_ISDIR(st.st_mode)) {
        ::close(fd);
        return true;
    }
    DIR *dir = ::fdopendir(fd); // owns fd from here
    if (!dir) {
        ::close(fd);
        return fail(error, QCoreApplication::translate("Files", "cannot read %1: %2").arg(native(shown), errnoText()));
    }
    bool result = true;
    while (result) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry)
            break;
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        result = restrictAt(::dirfd(dir), entry->d_name, shown + QLatin1Char('/') + QFile::decodeName(entry->d_name), true, error);
    }
    ::closedir(dir);
    return result;
}

// Empties the directory open as \a fd (which this function closes), then nothing else.
bool emptyDirectory(int fd, const QString &shown, QString *error)
{
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return fail(error, QCoreApplication::translate("Files", "cannot read %1: %2").arg(native(shown), errnoText()));
    }
    // Names first, removal after: unlinking while readdir() walks is unspecified by POSIX.
    std::vector<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.emplace_back(entry->d_name);
    }
    bool ok = true;
    for (const QByteArray &name : names) {
        const QString child = shown + QLatin1Char('/') + QFile::decodeName(name);
        struct stat st {};
        if (::fstatat(::dirfd(dir), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            ok = fail(error, QCoreApplication::translate("Files", "cannot stat %1: %2").arg(native(child), errnoText()));
            break;
        }
        if (S_ISDIR(st.st_mode)) {
            const int childFd = ::openat(::dirfd(dir), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (childFd < 0) {
                ok = fail(error, QCoreApplication::translate("Files", "cannot open %1: %2").arg(native(child), errnoText()));
                break;
            }
            ok = emptyDirectory(childFd, child, error);
            if (ok && ::unlinkat(::dirfd(dir), name.constData(), AT_REMOVEDIR) != 0)
                ok = fail(error, QCoreApplication::translate("Files", "cannot remove %1: %2").arg(native(child), errnoText()));
        } else if (::unlinkat(::dirfd(dir), name.constData(), 0) != 0) { // a link is removed as a link
            ok = fail(error, QCoreApplication::translate("Files", "cannot remove %1: %2").arg(native(child), errnoText()));
        }
        if (!ok)
            break;
    }
    ::closedir(dir);
    return ok;
}

} // namespace

bool restrictToOwner(const QString &path, QString *error)
{
    return restrictAt(AT_FDCWD, QFile::encodeName(path).constData(), path, false, error);
}

bool restrictTreeToOwner(const QString &path, QString *error)
{
    return restrictAt(AT_FDCWD, QFile::encodeName(path).constData(), path, true, error);
}

bool isRealDirectory(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool removeTreeNoFollow(const QString &path, QString *error)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    const QString parent = QDir::cleanPath(clean + QStringLiteral("/.."));
    const QByteArray base = QFile::encodeName(clean.section(QLatin1Char('/'), -1));
    if (base.isEmpty() || base == "." || base == "..")
        return fail(error, QCoreApplication::translate("Files", "refusing to remove %1").arg(native(path)));
    const int parentFd = ::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parentFd < 0)
        return fail(error, QCoreApplication::translate("Files", "cannot open %1: %2").arg(native(parent), errnoText()));
    const int fd = ::openat(parentFd, base.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        const bool link = errno == ELOOP || errno == ENOTDIR;
        const QString why = errnoText();
        ::close(parentFd);
        if (link)
            return fail(error, QCoreApplication::translate("Files", "%1 is not a real directory (a symbolic link?); not removed").arg(native(path)));
        return fail(error, QCoreApplication::translate("Files", "cannot open %1: %2").arg(native(path), why));
    }
    bool ok = emptyDirectory(fd, clean, error);
    if (ok && ::unlinkat(parentFd, base.constData(), AT_REMOVEDIR) != 0)
        ok = fail(error, QCoreApplication::translate("Files", "cannot remove %1: %2").arg(native(path), errnoText()));
    ::close(parentFd);
    return ok;
}

} // namespace dbpulse
