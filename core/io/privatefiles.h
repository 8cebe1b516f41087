#pragma once

#include <QFile>
#include <QString>

namespace dbpulse {

/// Creates \a path (and missing parents) and makes the directory itself 0700, whatever the umask:
/// it will hold data (history, records) other local users must not read. Refuses a symlink at
/// \a path. False with \a error (when given) naming the directory. Any thread.
bool makePrivateDirectory(const QString &path, QString *error = nullptr);

/// Creates \a path as an empty 0600 file when it does not exist, and makes an existing one 0600,
/// so a file another library then opens (SQLite) is never readable by others, not even briefly.
/// Refuses a symlink. False with \a error (when given). Any thread.
bool makePrivateFile(const QString &path, QString *error = nullptr);

/// \brief Writes a file the user named (a report, an export) that only its owner may read, from
/// its first byte, whatever the umask.
///
/// open() creates a new file beside \a path, 0600 from its creation (mkstemp); commit() moves it
/// over \a path (rename). An existing file is replaced, never rewritten in place: whoever had the
/// old one open never sees the new bytes, and a failed write leaves the old file as it was. A
/// symbolic link or anything but a regular file at \a path is refused (never followed, never
/// replaced: `--output /dev/null` must not replace the device). Without commit() the unfinished
/// file is removed. Any thread; one writer per object.
class PrivateFileWriter
{
public:
    explicit PrivateFileWriter(const QString &path);
    ~PrivateFileWriter();
    PrivateFileWriter(const PrivateFileWriter &) = delete;
    PrivateFileWriter &operator=(const PrivateFileWriter &) = delete;

    /// False with \a error (when given) naming \a path.
    bool open(QString *error = nullptr);
    /// Where the bytes go between open() and commit().
    QIODevice *device() { return &m_file; }
    /// Flushes the bytes to disk and puts the file in place; false with \a error (the old file,
    /// if any, is then untouched).
    bool commit(QString *error = nullptr);

private:
    QString m_path;
    QString m_partPath;
    QFile m_file;
};

/// PrivateFileWriter in one call: \a content to \a path, 0600. False with \a error. Any thread.
bool writePrivateFile(const QString &path, const QByteArray &content, QString *error = nullptr);

} // namespace dbpulse
