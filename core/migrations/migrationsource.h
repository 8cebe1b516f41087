#pragma once

#include "core/migrations/migration.h"

#include <QStringList>

namespace dbpulse {

/// \brief The migrations of one directory, sorted: versioned by version, then repeatables by description.
struct MigrationSet
{
    MigrationStyle style = MigrationStyle::Auto; ///< Dbmate, or Flyway/Native for V/U/R files
    QString dir;
    QList<Migration> migrations;
    bool flywayConfigPresent = false; ///< flyway.conf / flyway.toml next to the files

    const Migration *find(const QString &historyKey) const;
};

/// \brief Result of reading a directory: every problem found, so the user fixes them all at once.
struct MigrationLoadResult
{
    MigrationSet set;
    QStringList errors; ///< "FILE: problem", one per problem; nothing may run unless empty
    bool ok() const { return errors.isEmpty(); }
};

/// \brief Reads and checks every migration file of \a dir (blocking disk I/O: worker thread or CLI).
/// Auto picks dbmate for "123_name.sql" files and the Flyway naming for "V1__name.sql" files;
/// whether V/U/R files use Flyway's history table or ours is decided against the database.
MigrationLoadResult loadMigrations(const QString &dir, MigrationStyle style);

/// \brief Guesses the layout from file names alone: Dbmate, Flyway (for any V/U/R naming) or Auto
/// when there are no .sql files. Any thread.
MigrationStyle detectMigrationStyle(const QStringList &fileNames);

/// \brief Parses one dbmate file: "-- migrate:up [transaction:false]" and "-- migrate:down" sections.
/// Pure function of its input (the fuzz target calls it). Any thread.
bool parseDbmateFile(const QString &fileName, const QByteArray &content, Migration *out, QString *error);

/// \brief Parses one Flyway-style file (V, U or R prefix). \a prefix receives 'V', 'U' or 'R'. Any thread.
bool parseFlywayFile(const QString &fileName, const QByteArray &content, QChar *prefix, Migration *out,
                     QString *error);

/// \brief Flyway's checksum: CRC32 over the file's lines without line endings or BOM, as a signed int.
qint32 flywayChecksum(const QByteArray &content);

} // namespace dbpulse
