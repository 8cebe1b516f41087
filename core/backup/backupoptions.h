#pragma once

#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief What to dump and how: pg_dump's format, parallelism, compression and filters. Value type.
struct BackupOptions
{
    enum class Format { Custom, Directory };

    Format format = Format::Custom;
    int jobs = 1;              ///< parallel workers; directory format only
    int compressLevel = -1;    ///< 0…9, -1: pg_dump's default
    bool schemaOnly = false;
    bool dataOnly = false;
    QStringList includeSchemas;
    QStringList excludeSchemas;
    QStringList includeTables;
    QStringList excludeTables;

    static QString formatName(Format format);
    /// "custom" / "directory"; false for anything else.
    static bool parseFormat(const QString &text, Format *format);
    /// Empty when the combination is valid, else why not.
    QString validate() const;
    /// pg_dump arguments for these options (no connection or output arguments).
    QStringList pgDumpArguments() const;
};

} // namespace dbpulse
