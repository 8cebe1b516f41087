#include "core/backup/backupoptions.h"

#include <QCoreApplication>

namespace dbpulse {

QString BackupOptions::formatName(Format format)
{
    return format == Format::Directory ? QStringLiteral("directory") : QStringLiteral("custom");
}

bool BackupOptions::parseFormat(const QString &text, Format *format)
{
    if (text == QLatin1String("custom") || text == QLatin1String("c"))
        *format = Format::Custom;
    else if (text == QLatin1String("directory") || text == QLatin1String("d"))
        *format = Format::Directory;
    else
        return false;
    return true;
}

QString BackupOptions::validate() const
{
    if (jobs < 1 || jobs > 64)
        return QCoreApplication::translate("Backup", "jobs must be between 1 and 64");
    if (jobs > 1 && format != Format::Directory)
        return QCoreApplication::translate("Backup", "parallel jobs need the directory format (pg_dump can only dump in parallel into a directory)");
    if (compressLevel < -1 || compressLevel > 9)
        return QCoreApplication::translate("Backup", "compression level must be between 0 and 9");
    if (schemaOnly && dataOnly)
        return QCoreApplication::translate("Backup", "schema-only and data-only exclude each other");
    return {};
}

QStringList BackupOptions::pgDumpArguments() const
{
    QStringList args{QStringLiteral("--format=") + (format == Format::Directory ? QStringLiteral("d") : QStringLiteral("c"))};
    if (format == Format::Directory && jobs > 1)
        args << QStringLiteral("--jobs=%1").arg(jobs);
    if (compressLevel >= 0)
        args << QStringLiteral("--compress=%1").arg(compressLevel);
    if (schemaOnly)
        args << QStringLiteral("--schema-only");
    if (dataOnly)
        args << QStringLiteral("--data-only");
    for (const QString &s : includeSchemas)
        args << QStringLiteral("--schema=") + s;
    for (const QString &s : excludeSchemas)
        args << QStringLiteral("--exclude-schema=") + s;
    for (const QString &t : includeTables)
        args << QStringLiteral("--table=") + t;
    for (const QString &t : excludeTables)
        args << QStringLiteral("--exclude-table=") + t;
    return args;
}

} // namespace dbpulse
