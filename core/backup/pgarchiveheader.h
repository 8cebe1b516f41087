#pragma once

#include <QString>

#include <optional>

namespace dbpulse {

struct BackupManifest;

/// \brief The header pg_dump writes at the start of a custom archive (and of a directory
/// archive's toc.dat): which pg_dump wrote it, for which server. Value type, any thread.
struct PgArchiveHeader
{
    int formatMajor = 0;     ///< archive format, e.g. 1.14.0 (PostgreSQL 15)
    int formatMinor = 0;
    int formatRevision = 0;
    QString database;
    QString serverVersion;   ///< "15.8 (Debian 15.8-0+deb12u1)"
    QString dumpVersion;     ///< pg_dump's own version, same form
    qint64 dumpVersionOffset = -1; ///< byte offset of dumpVersion in the file

    /// 15 from "15.8 (…)", 9 from "9.6.24"; 0 when unknown.
    int dumpMajor() const;
};

/// \brief Reads the header of \a archive: a custom-format file, or a directory-format folder
/// (its toc.dat). nullopt with \a error when it is no pg_dump archive. Reads a few hundred bytes.
std::optional<PgArchiveHeader> readPgArchiveHeader(const QString &archive, QString *error);

/// \brief The major version of the pg_dump that wrote a backup: from the archive's own header,
/// else from the manifest's dump_tool; 0 when neither says. \a backupDir holds \a manifest.
int backupDumpMajor(const QString &backupDir, const BackupManifest &manifest);

} // namespace dbpulse
