#pragma once

#include "core/backup/sha256.h"
#include "core/io/privatefiles.h"

#include <QByteArray>
#include <QString>

namespace dbpulse {

/// \brief Where a streamed archive goes: every chunk is hashed and written as it arrives, so the
/// checksum costs no second pass over the finished file. The file is private (0600) from its first
/// byte and hidden under a temporary name until commit() flushes it to disk and puts it in place;
/// destroyed without commit() (failure, cancel), it removes what it wrote. One thread.
class HashingSink
{
public:
    explicit HashingSink(const QString &path) : m_file(path) {}

    bool open(QString *error) { return m_file.open(error); }
    /// Hashes and writes \a chunk; false (with error()) when the disk refuses it.
    bool write(const QByteArray &chunk);
    /// fsyncs and renames into place; the SHA-256 and size of everything written.
    bool commit(QString *sha256, qint64 *size, QString *error);
    QString error() const { return m_error; }

private:
    PrivateFileWriter m_file;
    Sha256 m_hash;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace dbpulse
