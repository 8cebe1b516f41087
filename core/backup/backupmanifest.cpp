#include "core/backup/backupmanifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/io/safetree.h"

#include <algorithm>
#include <sys/stat.h>

namespace dbpulse {

namespace {

const QLatin1String kChecksumKey("manifest_sha256");

// QJsonObject keeps keys sorted, so the compact form is canonical for a given content.
QString selfChecksum(QJsonObject object)
{
    object.remove(kChecksumKey);
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QString badField(const QString &field, const QString &value, const QString &rule)
{
    return QCoreApplication::translate("Backup", "manifest.json: field '%1' is '%2': %3").arg(field, value, rule);
}

// A plain name: one path component, not "." or "..", nothing a path could be built from.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") && !name.contains(QLatin1Char('/'))
        && !name.contains(QLatin1Char('\\')) && !name.contains(QChar(0));
}

// A relative path of plain names (a directory archive's files: "archive/3342.dat.gz").
bool isRelativePlainPath(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::all_of(parts.cbegin(), parts.cend(), isPlainName);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

qint64 BackupManifest::totalBytes() const
{
    qint64 total = 0;
    for (const BackupFileEntry &f : files)
        total += f.size;
    return total;
}

QJsonObject BackupManifest::toJson() const
{
    QJsonObject opts{
        {QStringLiteral("format"), BackupOptions::formatName(options.format)},
        {QStringLiteral("jobs"), options.jobs},
        {QStringLiteral("compress"), options.compressLevel},
        {QStringLiteral("schema_only"), options.schemaOnly},
        {QStringLiteral("data_only"), options.dataOnly},
        {QStringLiteral("include_schemas"), toArray(options.includeSchemas)},
        {QStringLiteral("exclude_schemas"), toArray(options.excludeSchemas)},
        {QStringLiteral("include_tables"), toArray(options.includeTables)},
        {QStringLiteral("exclude_tables"), toArray(options.excludeTables)},
    };
    QJsonArray fileArray;
    for (const BackupFileEntry &f : files) {
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("size"), double(f.size)},
                                     {QStringLiteral("sha256"), f.sha256}});
    }
    QJsonObject rows;
    for (auto it = tableRows.cbegin(); it != tableRows.cend(); ++it)
        rows.insert(it.key(), double(it.value()));
    QJsonObject root{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("tool"), tool},
        {QStringLiteral("dump_tool"), dumpTool},
        {QStringLiteral("server_version"), serverVersion},
        {QStringLiteral("server_version_num"), serverVersionNum},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("database"), database},
        {QStringLiteral("source"), sourceLabel},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("options"), opts},
        {QStringLiteral("archive"), archive},
        {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("total_bytes"), double(totalBytes())},
        {QStringLiteral("files"), fileArray},
    };
    // Older manifests have no row counts; leaving the keys out keeps their self-checksum valid.
    if (!rowCountSource.isEmpty()) {
        root.insert(QStringLiteral("table_rows"), rows);
        root.insert(QStringLiteral("row_count_source"), rowCountSource);
    }
    // Only SQLite backups name a file; older manifests lack the key and keep their checksum.
    if (!sourceFile.isEmpty())
        root.insert(QStringLiteral("source_file"), sourceFile);
    if (!systemIdentifier.isEmpty())
        root.insert(QStringLiteral("system_identifier"), systemIdentifier);
    root.insert(kChecksumKey, selfChecksum(root));
    return root;
}

bool BackupManifest::fromJson(const QByteArray &json, BackupManifest *m, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("Backup", "manifest.json is not valid JSON (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(kChecksumKey).toString() != selfChecksum(root)) {
        *error = QCoreApplication::translate("Backup", "manifest.json does not match its own checksum (edited or damaged)");
        return false;
    }
    if (root.value(QStringLiteral("format_version")).toInt() != kFormatVersion) {
        *error = QCoreApplication::translate("Backup", "manifest.json has an unsupported format version %1")
                     .arg(root.value(QStringLiteral("format_version")).toInt());
        return false;
    }
    m->manifestSha256 = root.value(kChecksumKey).toString();
    m->tool = root.value(QStringLiteral("tool")).toString();
    m->dumpTool = root.value(QStringLiteral("dump_tool")).toString();
    m->serverVersion = root.value(QStringLiteral("server_version")).toString();
    m->serverVersionNum = root.value(QStringLiteral("server_version_num")).toInt();
    m->kind = root.value(QStringLiteral("kind")).toString();
    m->database = root.value(QStringLiteral("database")).toString();
    m->sourceLabel = root.value(QStringLiteral("source")).toString();
    m->sourceFile = root.value(QStringLiteral("source_file")).toString();
    m->encoding = root.value(QStringLiteral("encoding")).toString();
    m->systemIdentifier = root.value(QStringLiteral("system_identifier")).toString();
    m->archive = root.value(QStringLiteral("archive")).toString();
    m->started = QDateTime::fromString(root.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    m->finished = QDateTime::fromString(root.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    const QJsonObject opts = root.value(QStringLiteral("options")).toObject();
    BackupOptions::parseFormat(opts.value(QStringLiteral("format")).toString(), &m->options.format);
    m->options.jobs = opts.value(QStringLiteral("jobs")).toInt(1);
    m->options.compressLevel = opts.value(QStringLiteral("compress")).toInt(-1);
    m->options.schemaOnly = opts.value(QStringLiteral("schema_only")).toBool();
    m->options.dataOnly = opts.value(QStringLiteral("data_only")).toBool();
    m->options.includeSchemas = toList(opts.value(QStringLiteral("include_schemas")));
    m->options.excludeSchemas = toList(opts.value(QStringLiteral("exclude_schemas")));
    m->options.includeTables = toList(opts.value(QStringLiteral("include_tables")));
    m->options.excludeTables = toList(opts.value(QStringLiteral("exclude_tables")));
    m->tableRows.clear();
    const QJsonObject rows = root.value(QStringLiteral("table_rows")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        m->tableRows.insert(it.key(), qint64(it.value().toDouble()));
    m->rowCountSource = root.value(QStringLiteral("row_count_source")).toString();
    m->files.clear();
    // A manifest must never send us outside its directory: the archive is a plain name in it, and
    // every listed file is that archive or lies under it.
    if (m->archive.isEmpty()) {
        *error = QCoreApplication::translate("Backup", "manifest.json lists no archive files");
        return false;
    }
    if (!isPlainName(m->archive)) {
        *error = badField(QStringLiteral("archive"), m->archive,
                          QCoreApplication::translate("Backup", "must be a plain file name inside the backup directory"));
        return false;
    }
    const QJsonArray fileArray = root.value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        const QJsonObject o = fileArray.at(i).toObject();
        BackupFileEntry f{o.value(QStringLiteral("path")).toString(), qint64(o.value(QStringLiteral("size")).toDouble()),
                          o.value(QStringLiteral("sha256")).toString()};
        const QString field = QStringLiteral("files[%1].path").arg(i);
        if (!isRelativePlainPath(f.path)) {
            *error = badField(field, f.path, QCoreApplication::translate("Backup", "must be a relative path inside the backup directory, without '..'"));
            return false;
        }
        if (f.path != m->archive && !f.path.startsWith(m->archive + QLatin1Char('/'))) {
            *error = badField(field, f.path, QCoreApplication::translate("Backup", "is not the archive '%1' nor inside it").arg(m->archive));
            return false;
        }
        m->files << f;
    }
    if (m->files.isEmpty()) {
        *error = QCoreApplication::translate("Backup", "manifest.json lists no archive files");
        return false;
    }
    return true;
}

bool BackupManifest::checkPathsOnDisk(const QString &dir, const BackupManifest &m, QString *error)
{
    const QString root = QFileInfo(dir).canonicalFilePath();
    if (root.isEmpty()) {
        *error = QCoreApplication::translate("Backup", "%1: no such backup directory").arg(dir);
        return false;
    }
    auto check = [&](const QString &field, const QString &relative) {
        // Component by component, without following: a link anywhere on the way is refused, even
        // one pointing back inside (the folder may be writable by others; its target can change).
        QString path = root;
        for (const QString &part : relative.split(QLatin1Char('/'))) {
            path += QLatin1Char('/') + part;
            struct stat st {};
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
                return true; // missing: verify names it, nothing outside was read
            if (S_ISLNK(st.st_mode)) {
                *error = badField(field, relative, QCoreApplication::translate("Backup", "is a symbolic link; refusing to follow it"));
                return false;
            }
        }
        const QString resolved = QFileInfo(path).canonicalFilePath();
        if (!resolved.startsWith(root + QLatin1Char('/'))) {
            *error = badField(field, relative, QCoreApplication::translate("Backup", "resolves outside the backup directory"));
            return false;
        }
        return true;
    };
    if (!check(QStringLiteral("archive"), m.archive))
        return false;
    for (qsizetype i = 0; i < m.files.size(); ++i) {
        if (!check(QStringLiteral("files[%1].path").arg(i), m.files.at(i).path))
            return false;
    }
    return true;
}

bool BackupManifest::write(const QString &dir, QString *error) const
{
    QSaveFile file(QDir(dir).filePath(fileName()));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Backup", "cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.commit()) {
        *error = QCoreApplication::translate("Backup", "cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    // QSaveFile creates a new file with the umask's bits; the manifest is ours alone.
    return restrictToOwner(file.fileName(), error);
}

bool BackupManifest::read(const QString &dir, BackupManifest *manifest, QString *error)
{
    QFile file(QDir(dir).filePath(fileName()));
    if (QFileInfo(file.fileName()).isSymLink()) {
        *error = QCoreApplication::translate("Backup", "manifest.json is a symbolic link; refusing to follow it");
        return false;
    }
    if (!file.exists()) {
        *error = QCoreApplication::translate("Backup", "manifest.json is missing (not a complete backup)");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Backup", "manifest.json cannot be read: %1").arg(file.errorString());
        return false;
    }
    return fromJson(file.readAll(), manifest, error) && checkPathsOnDisk(dir, *manifest, error);
}

} // namespace dbpulse
