#include "core/io/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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
        return fail(error, QCoreApplication::translate("Files", "%1 is a symbolic link; refusing to keep data there").arg(QDir::toNativeSeparators(path)));
    if (!info.exists() && !QDir().mkpath(path))
        return fail(error, QCoreApplication::translate("Files", "cannot create directory %1").arg(QDir::toNativeSeparators(path)));
    if (!QFile::setPermissions(path, ownerOnlyDir))
        return fail(error, QCoreApplication::translate("Files", "cannot make directory %1 private (0700)").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool makePrivateFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return fail(error, QCoreApplication::translate("Files", "%1 is a symbolic link; refusing to write through it").arg(QDir::toNativeSeparators(path)));
    if (!info.exists()) {
        QFile file(path);
        // Created 0600 by open() itself: the umask can only take bits away, never add them.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
            return fail(error, QCoreApplication::translate("Files", "cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    }
    if (!QFile::setPermissions(path, ownerOnlyFile))
        return fail(error, QCoreApplication::translate("Files", "cannot make %1 private (0600)").arg(QDir::toNativeSeparators(path)));
    return true;
}

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

PrivateFileWriter::PrivateFileWriter(const QString &path)
    : m_path(path)
{
}

PrivateFileWriter::~PrivateFileWriter()
{
    if (!m_partPath.isEmpty()) {
        m_file.close();
        QFile::remove(m_partPath);
    }
}

bool PrivateFileWriter::open(QString *error)
{
    struct stat st;
    if (::lstat(QFile::encodeName(m_path).constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return fail(error, QCoreApplication::translate("Files", "%1 is a symbolic link; refusing to write through it").arg(shown(m_path)));
        if (!S_ISREG(st.st_mode))
            return fail(error, QCoreApplication::translate("Files", "%1 is not a regular file; refusing to replace it").arg(shown(m_path)));
    }
    const QFileInfo info(m_path);
    // Hidden and beside the target, so the rename that puts it in place cannot cross file systems.
    QByteArray part = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".part-XXXXXX"));
    // mkostemp creates the file 0600 (the umask can only take bits away) with O_EXCL: never an
    // existing file, never through a link.
    const int fd = ::mkostemp(part.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(error, QCoreApplication::translate("Files", "cannot write %1: %2").arg(shown(m_path), systemError()));
    m_partPath = QFile::decodeName(part);
    if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(error, QCoreApplication::translate("Files", "cannot write %1: %2").arg(shown(m_path), m_file.errorString()));
    }
    return true;
}

bool PrivateFileWriter::commit(QString *error)
{
    if (m_partPath.isEmpty() || !m_file.isOpen())
        return fail(error, QCoreApplication::translate("Files", "cannot write %1: not open").arg(shown(m_path)));
    const bool written = m_file.flush() && m_file.error() == QFileDevice::NoError && ::fsync(m_file.handle()) == 0;
    const QString writeError = m_file.error() != QFileDevice::NoError ? m_file.errorString() : systemError();
    m_file.close();
    if (!written)
        return fail(error, QCoreApplication::translate("Files", "cannot write %1: %2").arg(shown(m_path), writeError));
    // rename() replaces whatever is at the path now (a link planted since open() included) and
    // never follows it.
    if (::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        return fail(error, QCoreApplication::translate("Files", "cannot write %1: %2").arg(shown(m_path), systemError()));
    m_partPath.clear();
    return true;
}

bool writePrivateFile(const QString &path, const QByteArray &content, QString *error)
{
    PrivateFileWriter writer(path);
    if (!writer.open(error))
        return false;
    if (writer.device()->write(content) != content.size())
        return fail(error, QCoreApplication::translate("Files", "cannot write %1: %2").arg(shown(path), writer.device()->errorString()));
    return writer.commit(error);
}

} // namespace dbpulse
