#include "core/backup/pgarchiveheader.h"

#include "core/backup/backupmanifest.h"
#include "core/backup/pgtools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dbpulse {

namespace {

// pg_dump's archive header (pg_backup_archiver.c WriteHead): magic, format version, sizes,
// then integers as a sign byte plus intSize little-endian bytes and strings as length + bytes.
class HeaderReader
{
public:
    explicit HeaderReader(QByteArray data)
        : m_data(std::move(data))
    {
    }
    bool ok() const { return m_ok; }
    qint64 pos() const { return m_pos; }
    int intSize() const { return m_intSize; }
    int byte()
    {
        if (m_pos >= m_data.size()) {
            m_ok = false;
            return 0;
        }
        return quint8(m_data.at(m_pos++));
    }
    qint64 integer()
    {
        const bool negative = byte() != 0;
        quint64 value = 0;
        for (int i = 0; i < m_intSize; ++i)
            value |= quint64(byte()) << (8 * i);
        return negative ? -qint64(value) : qint64(value);
    }
    QString string()
    {
        const qint64 length = integer();
        if (length < 0)
            return {};
        if (length > 4096 || m_pos + length > m_data.size()) {
            m_ok = false;
            return {};
        }
        const QString s = QString::fromUtf8(m_data.mid(m_pos, length));
        m_pos += length;
        return s;
    }
    void setIntSize(int size)
    {
        m_ok = m_ok && size >= 1 && size <= 8;
        m_intSize = size;
    }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    int m_intSize = 4;
    bool m_ok = true;
};

int version(int major, int minor, int revision)
{
    return (major * 256 + minor) * 256 + revision;
}

} // namespace

int PgArchiveHeader::dumpMajor() const
{
    int digits = 0;
    while (digits < dumpVersion.size() && dumpVersion.at(digits).isDigit())
        ++digits;
    return dumpVersion.left(digits).toInt();
}

std::optional<PgArchiveHeader> readPgArchiveHeader(const QString &archive, QString *error)
{
    const QString path = QFileInfo(archive).isDir() ? QDir(archive).filePath(QStringLiteral("toc.dat")) : archive;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.read(8192);
    if (!head.startsWith("PGDMP")) {
        *error = QCoreApplication::translate("Backup", "%1 is not a pg_dump archive").arg(path);
        return std::nullopt;
    }
    HeaderReader in(head);
    for (int i = 0; i < 5; ++i)
        in.byte(); // the magic
    PgArchiveHeader h;
    h.formatMajor = in.byte();
    h.formatMinor = in.byte();
    if (h.formatMajor > 1 || (h.formatMajor == 1 && h.formatMinor > 0))
        h.formatRevision = in.byte();
    const int v = version(h.formatMajor, h.formatMinor, h.formatRevision);
    in.setIntSize(in.byte());
    if (v >= version(1, 7, 0))
        in.byte(); // offset size
    in.byte();     // format: custom, directory, …
    if (v >= version(1, 15, 0))
        in.byte(); // compression algorithm
    else if (v >= version(1, 4, 0))
        in.integer(); // compression level
    else if (v >= version(1, 2, 0))
        in.byte();
    if (v >= version(1, 4, 0)) {
        for (int i = 0; i < 7; ++i)
            in.integer(); // creation time, struct tm
        h.database = in.string();
    }
    if (v >= version(1, 10, 0)) {
        h.serverVersion = in.string();
        h.dumpVersionOffset = in.pos() + 1 + in.intSize(); // after the string's length
        h.dumpVersion = in.string();
    }
    if (!in.ok()) {
        *error = QCoreApplication::translate("Backup", "%1: the archive header is truncated or damaged").arg(path);
        return std::nullopt;
    }
    return h;
}

int backupDumpMajor(const QString &backupDir, const BackupManifest &manifest)
{
    QString err;
    const auto header = readPgArchiveHeader(QDir(backupDir).filePath(manifest.archive), &err);
    if (header && header->dumpMajor() > 0)
        return header->dumpMajor();
    return pgToolMajor(manifest.dumpTool);
}

} // namespace dbpulse
